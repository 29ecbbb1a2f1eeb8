#include "analytics/SatisfactionLoyalty.h"

#include <array>

namespace carddesk::analytics {

namespace {
constexpr std::array<std::string_view, kSatisfactionCells> kIds = {"satisfied_loyal",   "satisfied_new",
                                                                   "satisfied_leaving", "dissatisfied_loyal",
                                                                   "dissatisfied_new",  "dissatisfied_leaving"};
} // namespace

std::optional<double> combinedSatisfaction(const SatisfactionEvidence& evidence)
{
    const double sum = evidence.latestSurveyMean.value_or(0.0) + evidence.complaintSatisfactionSum;
    const int count = (evidence.latestSurveyMean ? 1 : 0) + evidence.complaintSatisfactionCount;
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

std::optional<LoyaltyLevel> loyaltyLevel(LifecycleStage stage, int repeatPurchases)
{
    switch (stage) {
    case LifecycleStage::None:
    case LifecycleStage::Potential:
        return std::nullopt;
    case LifecycleStage::Decline:
    case LifecycleStage::Lost:
        return LoyaltyLevel::Leaving;
    case LifecycleStage::Exploration:
    case LifecycleStage::Formation:
    case LifecycleStage::Stability:
    case LifecycleStage::WonBack:
        break;
    }
    return repeatPurchases >= 1 ? LoyaltyLevel::Loyal : LoyaltyLevel::OnePurchase;
}

SatisfactionLevel satisfactionLevel(double satisfaction, const SatisfactionLoyaltySettings& settings)
{
    return satisfaction >= settings.satisfiedFrom ? SatisfactionLevel::Satisfied : SatisfactionLevel::Dissatisfied;
}

SatisfactionCell satisfactionCell(SatisfactionLevel satisfaction, LoyaltyLevel loyalty)
{
    const int row = satisfaction == SatisfactionLevel::Satisfied ? 0 : 3;
    return static_cast<SatisfactionCell>(row + static_cast<int>(loyalty));
}

std::string_view satisfactionCellId(SatisfactionCell cell)
{
    return kIds[static_cast<std::size_t>(cell)];
}

std::optional<SatisfactionCell> satisfactionCellFromId(std::string_view id)
{
    for (std::size_t i = 0; i < kIds.size(); ++i)
        if (kIds[i] == id)
            return static_cast<SatisfactionCell>(i);
    return std::nullopt;
}

} // namespace carddesk::analytics
