#pragma once

#include "analytics/ChurnAssessor.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace carddesk::analytics {

enum class LifecycleStage : std::uint8_t
{
    None = 0, // "no stage recorded" in input columns; never an output
    Potential,
    Exploration, // 考察期
    Formation,   // 形成期
    Stability,   // 稳定期
    Decline,     // 退化期
    Lost,        // 流失
    WonBack,     // 恢复
};

std::string_view lifecycleStageName(LifecycleStage stage); // "potential", "exploration", ..., "won back"

// Which rule decided the stage; ids are stable strings for storage ("decline.gap").
enum class LifecycleRule : std::uint8_t
{
    PotentialNoOrders,
    ManualKept,
    LostPAlive,
    LostNoOrder,
    WonBackReturned,
    DeclinePAlive,
    DeclineGap,
    DeclineSpendDown,
    WonBackRecent,
    ExplorationNew,
    ExplorationFewRepeats,
    FormationGrowing,
    StabilitySteady,
    FormationBuilding,
};

std::string_view lifecycleRuleId(LifecycleRule rule);

struct LifecycleSettings
{
    std::int32_t explorationDays = 90;      // first purchase at most this long ago -> exploration
    std::int32_t explorationMaxRepeats = 1; // at most this many repeat purchase days -> exploration
    double formationGrowth = 0.10;          // recent window spend >= previous x (1 + growth) -> formation.growing
    std::int32_t stabilityMinRepeats = 4;
    double stabilityMinPAlive = 0.7;
    double stabilitySpendBand = 0.25; // |recent / previous - 1| within this -> spend is steady
    double declinePAlive = 0.5;
    double declineGapFactor = 2.0; // recency > factor x usual interval
    std::int32_t declineMinGapDays = 30;
    std::int32_t oneTimeDeclineDays = 180; // one-time buyers: no second order after this many days
    double declineSpendDrop = 0.40;        // recent window spend <= previous x (1 - drop)
    double lostPAlive = 0.15;
    std::int32_t lostDays = 365;
    std::int32_t wonBackDays = 90; // a won-back customer stays "won back" this long
};

struct LifecycleInput
{
    bool hasOrders = false;
    std::int32_t asOfDay = 0;
    std::int32_t x = 0;
    std::int32_t firstDay = 0;
    std::int32_t lastDay = 0;
    std::int32_t recencyDays = 0;
    double meanIntervalDays = 0.0;
    double recentSpend = 0.0;
    double previousSpend = 0.0;
    bool modelOk = false;
    double pAlive = 1.0;
    ChurnLevel churnLevel = ChurnLevel::None;
    // The stage stored by the last run and the day it was entered (None = unknown).
    LifecycleStage previousStage = LifecycleStage::None;
    std::int32_t previousStageDay = 0;
    // A stage set by hand, the day it was set and the churn level shown then (None = not recorded).
    LifecycleStage manualStage = LifecycleStage::None;
    std::int32_t manualStageDay = 0;
    ChurnLevel manualChurnLevel = ChurnLevel::None;
};

struct LifecycleDecision
{
    LifecycleStage stage = LifecycleStage::Potential;
    LifecycleRule rule = LifecycleRule::PotentialNoOrders;
};

// Rule-based stage inference; the first rule that matches wins, in the order of LifecycleRule
// (documented in docs/ANALYTICS_ENGINE.md).
class LifecycleClassifier
{
public:
    static LifecycleDecision classify(const LifecycleInput& input, const LifecycleSettings& settings);
    // English sentence with the numbers behind the rule, e.g. "no order for 95 days, more than 2x the usual 30".
    static std::string describe(const LifecycleDecision& decision, const LifecycleInput& input,
                                const LifecycleSettings& settings);
};

} // namespace carddesk::analytics
