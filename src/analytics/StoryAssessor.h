#pragma once

#include "analytics/ChurnAssessor.h"
#include "analytics/LifecycleClassifier.h"
#include "analytics/WinBackAdvisor.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace carddesk::analytics {

// The band of the probability the scorer stores (P(alive), whichever model filled it), cut where the risk level
// is cut: High when the risk 1 - P is below ChurnSettings::mediumRisk, Medium below highRisk, Low from there.
enum class PAliveBand : std::uint8_t
{
    None = 0, // no probability stored: no orders, or no fitted model
    Low,
    Medium,
    High,
};

std::string_view pAliveBandName(PAliveBand band); // "none", "low", "medium", "high"

// The customer status the rep keeps on the card (customers.status).
enum class CardStatus : std::uint8_t
{
    Potential,
    Current,
    Lost,
};

std::string_view cardStatusName(CardStatus status); // "potential", "current", "lost" (as stored)
std::optional<CardStatus> cardStatusFromName(std::string_view name);

// Why the stage and the probability seem to disagree, told on the card.
enum class StageNote : std::uint8_t
{
    None = 0,
    LostAlthoughLikelyBuying,     // stage lost, band High: "no order for 400 days although ..."
    DeclineAlthoughLikelyBuying,  // stage decline, band High
    ActiveAlthoughUnlikelyBuying, // exploration/formation/stability/won back, band Low (a stage set by hand)
};

// Why the status kept by the rep contradicts the data.
enum class StatusNote : std::uint8_t
{
    None = 0,
    PotentialButOrdered,  // status potential, the customer has orders
    CurrentWithoutOrders, // status current, no order at all
    CurrentButLost,       // status current, stage lost
    LostButBuying,        // status lost, stage exploration/formation/stability/won back
};

struct StoryInput
{
    LifecycleStage stage = LifecycleStage::Potential; // as the scorer stored it
    std::optional<double> pAlive;                     // the probability the scorer stored (none: no model)
    ChurnLevel dataLevel = ChurnLevel::None;          // ChurnAssessor::level (complaints and overdue included)
    double valuePercentile = 0.0;                     // as WinBackAdvisor uses it
    CardStatus status = CardStatus::Potential;
    // For the sentences only.
    std::int32_t recencyDays = 0;
    std::int32_t repeatPurchases = 0; // x
};

// One consistent story per customer: the band of the stored probability, the risk and the advice that follow
// from it and the stage, and what the card explains and offers when stage, probability and status disagree.
struct Story
{
    PAliveBand band = PAliveBand::None;
    ChurnLevel risk = ChurnLevel::None;
    WinBackAdvice advice = WinBackAdvice::None;
    StageNote stageNote = StageNote::None;
    StatusNote statusNote = StatusNote::None;
    std::optional<CardStatus> correction; // the status offered in place of the rep's (one click, may be dismissed)
};

// The rules of the table in docs/ANALYTICS_ENGINE.md ("Consistent stories"); the scorer stores risk and advice
// from it, the card and `customer show` tell its notes and offer its correction.
class StoryAssessor
{
public:
    static PAliveBand band(std::optional<double> pAlive, const ChurnSettings& churn);
    static Story assess(const StoryInput& input, const ChurnSettings& churn = {}, const WinBackSettings& winBack = {});
    // English sentences with the numbers, e.g. "no order for 400 days although the chance the customer still
    // buys is 100%: with a single purchase the model has little to go on".
    static std::string describe(StageNote note, const StoryInput& input);
    static std::string describe(StatusNote note, const StoryInput& input);
};

} // namespace carddesk::analytics
