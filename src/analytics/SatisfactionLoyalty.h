#pragma once

#include "analytics/LifecycleClassifier.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace carddesk::analytics {

// The satisfaction-loyalty matrix (满意度与忠诚度): how satisfied a customer says they are against whether they keep
// buying. Satisfaction is on the survey scale 1-5; loyalty is read from the scores the office already keeps (the
// lifecycle stage, which the stored P(alive) drives, and the repeat purchases), so the matrix tells the same story
// as the card and the lifecycle page.

enum class SatisfactionLevel : std::uint8_t
{
    Satisfied,    // combined satisfaction >= SatisfactionLoyaltySettings::satisfiedFrom
    Dissatisfied, // below it
};

enum class LoyaltyLevel : std::uint8_t
{
    Loyal,       // bought again (x >= 1) and not in decline or lost: staying
    OnePurchase, // one purchase day so far and not in decline or lost: not yet a repeat buyer
    Leaving,     // stage decline or lost (P(alive) < 0.5, a long gap, spend down)
};

// Stored values, appended only.
enum class SatisfactionCell : std::uint8_t
{
    SatisfiedLoyal,      // loyalists: keep and deepen
    SatisfiedNew,        // satisfied, one purchase so far: develop into repeat buyers
    SatisfiedLeaving,    // satisfied but leaving ("mercenaries"): satisfaction alone does not hold them
    DissatisfiedLoyal,   // dissatisfied but staying ("hostages"): they stay while they must; fix the cause
    DissatisfiedNew,     // dissatisfied after the first purchase: will not come back unless the cause is fixed
    DissatisfiedLeaving, // dissatisfied and leaving ("defectors"): find out why, win back the valuable ones
};
constexpr int kSatisfactionCells = 6;

struct SatisfactionLoyaltySettings
{
    double satisfiedFrom = 3.5; // the mean on 1-5 from which a customer counts as satisfied (rounds to 4 or 5)
};

// What one customer's satisfaction rests on.
struct SatisfactionEvidence
{
    std::optional<double> latestSurveyMean; // the four aspects' mean of the latest survey
    // Closed complaints with a satisfaction (1-5) received on or after the latest survey's day; every closed
    // complaint with one when there is no survey.
    double complaintSatisfactionSum = 0;
    int complaintSatisfactionCount = 0;
};

// The combined satisfaction: the mean of the latest survey's mean and each later closed complaint's satisfaction
// (each counts once: a complaint settled after the survey is newer evidence); without a survey, the mean of the
// closed complaints' satisfaction. Nothing when there is neither.
std::optional<double> combinedSatisfaction(const SatisfactionEvidence& evidence);

// Loyalty from the stored stage and repeat purchase days; nothing for a customer without orders (potential) or
// without a stage.
std::optional<LoyaltyLevel> loyaltyLevel(LifecycleStage stage, int repeatPurchases);

SatisfactionLevel satisfactionLevel(double satisfaction, const SatisfactionLoyaltySettings& settings = {});
SatisfactionCell satisfactionCell(SatisfactionLevel satisfaction, LoyaltyLevel loyalty);

// "satisfied_loyal", "satisfied_new", "satisfied_leaving", "dissatisfied_loyal", "dissatisfied_new",
// "dissatisfied_leaving": the ids of the CLI's JSON and the GUI's labels.
std::string_view satisfactionCellId(SatisfactionCell cell);
std::optional<SatisfactionCell> satisfactionCellFromId(std::string_view id);

} // namespace carddesk::analytics
