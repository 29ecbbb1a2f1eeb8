#include "analytics/LifecycleClassifier.h"

#include <cmath>
#include <cstdio>

namespace carddesk::analytics {

std::string_view lifecycleStageName(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Potential:
        return "potential";
    case LifecycleStage::Exploration:
        return "exploration";
    case LifecycleStage::Formation:
        return "formation";
    case LifecycleStage::Stability:
        return "stability";
    case LifecycleStage::Decline:
        return "decline";
    case LifecycleStage::Lost:
        return "lost";
    case LifecycleStage::WonBack:
        return "won back";
    case LifecycleStage::None:
        break;
    }
    return "";
}

std::string_view lifecycleRuleId(LifecycleRule rule)
{
    switch (rule) {
    case LifecycleRule::PotentialNoOrders:
        return "potential.no_orders";
    case LifecycleRule::ManualKept:
        return "manual.kept";
    case LifecycleRule::LostPAlive:
        return "lost.p_alive";
    case LifecycleRule::LostNoOrder:
        return "lost.no_order";
    case LifecycleRule::WonBackReturned:
        return "wonback.returned";
    case LifecycleRule::DeclinePAlive:
        return "decline.p_alive";
    case LifecycleRule::DeclineGap:
        return "decline.gap";
    case LifecycleRule::DeclineSpendDown:
        return "decline.spend_down";
    case LifecycleRule::WonBackRecent:
        return "wonback.recent";
    case LifecycleRule::ExplorationNew:
        return "exploration.new";
    case LifecycleRule::ExplorationFewRepeats:
        return "exploration.few_repeats";
    case LifecycleRule::FormationGrowing:
        return "formation.growing";
    case LifecycleRule::StabilitySteady:
        return "stability.steady";
    case LifecycleRule::FormationBuilding:
        return "formation.building";
    }
    return "";
}

namespace {

bool gapTooLong(const LifecycleInput& in, const LifecycleSettings& s)
{
    if (in.x > 0) {
        return in.recencyDays > s.declineGapFactor * in.meanIntervalDays && in.recencyDays >= s.declineMinGapDays;
    }
    return in.recencyDays > s.oneTimeDeclineDays;
}

} // namespace

LifecycleDecision LifecycleClassifier::classify(const LifecycleInput& in, const LifecycleSettings& s)
{
    using S = LifecycleStage;
    using R = LifecycleRule;
    if (!in.hasOrders) {
        return {S::Potential, R::PotentialNoOrders};
    }
    // A hand-set stage holds until the data moves: an order after it was set, or a different churn level.
    if (in.manualStage != S::None && in.lastDay <= in.manualStageDay &&
        (in.manualChurnLevel == ChurnLevel::None || in.manualChurnLevel == in.churnLevel)) {
        return {in.manualStage, R::ManualKept};
    }
    // The probability the scorer stores, for every customer with orders: a model that gives one-time buyers 1 by
    // construction (BG/NBD) leaves them to the days rules below; one that does not (MBG/NBD, Pareto/NBD) is heard.
    const bool model = in.modelOk;
    if (model && in.pAlive < s.lostPAlive) {
        return {S::Lost, R::LostPAlive};
    }
    if (in.recencyDays > s.lostDays) {
        return {S::Lost, R::LostNoOrder};
    }
    if (in.previousStage == S::Lost && in.lastDay > in.previousStageDay) {
        return {S::WonBack, R::WonBackReturned};
    }
    if (model && in.pAlive < s.declinePAlive) {
        return {S::Decline, R::DeclinePAlive};
    }
    if (gapTooLong(in, s)) {
        return {S::Decline, R::DeclineGap};
    }
    if (in.x > 0 && in.previousSpend > 0.0 && in.recentSpend <= in.previousSpend * (1.0 - s.declineSpendDrop)) {
        return {S::Decline, R::DeclineSpendDown};
    }
    if (in.previousStage == S::WonBack && in.asOfDay - in.previousStageDay < s.wonBackDays) {
        return {S::WonBack, R::WonBackRecent};
    }
    if (in.asOfDay - in.firstDay <= s.explorationDays) {
        return {S::Exploration, R::ExplorationNew};
    }
    if (in.x <= s.explorationMaxRepeats) {
        return {S::Exploration, R::ExplorationFewRepeats};
    }
    if (in.previousSpend > 0.0 ? in.recentSpend >= in.previousSpend * (1.0 + s.formationGrowth)
                               : in.recentSpend > 0.0 && in.x < s.stabilityMinRepeats) {
        return {S::Formation, R::FormationGrowing};
    }
    const bool steadySpend =
        in.previousSpend > 0.0 && std::abs(in.recentSpend / in.previousSpend - 1.0) <= s.stabilitySpendBand;
    if (in.x >= s.stabilityMinRepeats && (!in.modelOk || in.pAlive >= s.stabilityMinPAlive) && steadySpend) {
        return {S::Stability, R::StabilitySteady};
    }
    return {S::Formation, R::FormationBuilding};
}

std::string LifecycleClassifier::describe(const LifecycleDecision& d, const LifecycleInput& in,
                                          const LifecycleSettings& s)
{
    char b[200];
    const double change = in.previousSpend > 0.0 ? (in.recentSpend / in.previousSpend - 1.0) * 100.0 : 0.0;
    switch (d.rule) {
    case LifecycleRule::PotentialNoOrders:
        std::snprintf(b, sizeof b, "no orders yet");
        break;
    case LifecycleRule::ManualKept:
        std::snprintf(b, sizeof b, "set by hand; no new order since");
        break;
    case LifecycleRule::LostPAlive:
        std::snprintf(b, sizeof b, "only a %.0f%% chance the customer is still buying (lost below %.0f%%)",
                      in.pAlive * 100.0, s.lostPAlive * 100.0);
        break;
    case LifecycleRule::LostNoOrder:
        std::snprintf(b, sizeof b, "no order for %d days (lost after %d)", in.recencyDays, s.lostDays);
        break;
    case LifecycleRule::WonBackReturned:
        std::snprintf(b, sizeof b, "ordered again after being lost");
        break;
    case LifecycleRule::DeclinePAlive:
        std::snprintf(b, sizeof b, "%.0f%% chance the customer is still buying (decline below %.0f%%)",
                      in.pAlive * 100.0, s.declinePAlive * 100.0);
        break;
    case LifecycleRule::DeclineGap:
        if (in.x > 0) {
            std::snprintf(b, sizeof b, "no order for %d days, more than %gx the usual %.0f", in.recencyDays,
                          s.declineGapFactor, in.meanIntervalDays);
        } else {
            std::snprintf(b, sizeof b, "no second order %d days after the first", in.recencyDays);
        }
        break;
    case LifecycleRule::DeclineSpendDown:
        std::snprintf(b, sizeof b, "spend down %.0f%% on the previous period", -change);
        break;
    case LifecycleRule::WonBackRecent:
        std::snprintf(b, sizeof b, "won back %d days ago", in.asOfDay - in.previousStageDay);
        break;
    case LifecycleRule::ExplorationNew:
        std::snprintf(b, sizeof b, "first order %d days ago", in.asOfDay - in.firstDay);
        break;
    case LifecycleRule::ExplorationFewRepeats:
        std::snprintf(b, sizeof b, "only %d repeat purchase%s", in.x, in.x == 1 ? "" : "s");
        break;
    case LifecycleRule::FormationGrowing:
        if (in.previousSpend > 0.0) {
            std::snprintf(b, sizeof b, "spend up %.0f%% on the previous period", change);
        } else {
            std::snprintf(b, sizeof b, "buying picked up recently");
        }
        break;
    case LifecycleRule::StabilitySteady:
        std::snprintf(b, sizeof b, "%d repeat purchases, spend steady (%+.0f%%)", in.x, change);
        break;
    case LifecycleRule::FormationBuilding:
        std::snprintf(b, sizeof b, "%d repeat purchases, relationship still building", in.x);
        break;
    }
    return b;
}

} // namespace carddesk::analytics
