#include "analytics/ChurnAssessor.h"

#include <cmath>
#include <cstdio>

namespace carddesk::analytics {

std::string_view churnLevelName(ChurnLevel level)
{
    switch (level) {
    case ChurnLevel::Low:
        return "low";
    case ChurnLevel::Medium:
        return "medium";
    case ChurnLevel::High:
        return "high";
    case ChurnLevel::None:
        break;
    }
    return "";
}

std::string_view churnReasonId(ChurnReasonCode code)
{
    switch (code) {
    case ChurnReasonCode::NoOrderForDays:
        return "no_order";
    case ChurnReasonCode::LowActiveProbability:
        return "low_p_alive";
    case ChurnReasonCode::SpendDown:
        return "spend_down";
    case ChurnReasonCode::OpenComplaints:
        return "open_complaints";
    case ChurnReasonCode::OverdueReceivables:
        return "overdue_receivables";
    }
    return "";
}

ChurnLevel ChurnAssessor::level(const ChurnInput& in, const ChurnSettings& s)
{
    if (!in.hasOrders) {
        return ChurnLevel::None;
    }
    int level = 1;
    if (in.x > 0 && in.modelOk) {
        const double risk = 1.0 - in.pAlive;
        level = risk >= s.highRisk ? 3 : risk >= s.mediumRisk ? 2 : 1;
    } else {
        // One-time buyers (P(alive) = 1 by construction) or no model: fall back to the days since the last order.
        level = in.recencyDays > s.oneTimeHighDays ? 3 : in.recencyDays > s.oneTimeMediumDays ? 2 : 1;
    }
    const bool complaints = s.complaintsRaiseLevel > 0 && in.openComplaints >= s.complaintsRaiseLevel;
    const bool overdue = s.overdueRaiseLevel > 0.0 && in.overdueAmount >= s.overdueRaiseLevel;
    if (complaints || overdue) {
        level = level < 3 ? level + 1 : 3;
    }
    return static_cast<ChurnLevel>(level);
}

void ChurnAssessor::reasons(const ChurnInput& in, const ChurnSettings& s, std::vector<ChurnReason>& out)
{
    if (!in.hasOrders) {
        return;
    }
    if (in.x > 0) {
        if (in.recencyDays > s.gapFactor * in.meanIntervalDays && in.recencyDays >= s.minGapDays) {
            ChurnReason r{ChurnReasonCode::NoOrderForDays};
            r.days = in.recencyDays;
            r.usualIntervalDays = static_cast<std::int32_t>(std::lround(in.meanIntervalDays));
            out.push_back(r);
        }
    } else if (in.recencyDays > s.oneTimeMediumDays) {
        ChurnReason r{ChurnReasonCode::NoOrderForDays};
        r.days = in.recencyDays;
        out.push_back(r);
    }
    if (in.modelOk && 1.0 - in.pAlive >= s.mediumRisk) { // any model's probability, one-time buyers included
        ChurnReason r{ChurnReasonCode::LowActiveProbability};
        r.percent = in.pAlive * 100.0;
        out.push_back(r);
    }
    if (in.previousSpend > 0.0) {
        const double drop = (1.0 - in.recentSpend / in.previousSpend) * 100.0;
        if (drop >= s.spendDownPercent) {
            ChurnReason r{ChurnReasonCode::SpendDown};
            r.percent = drop;
            r.days = in.trendWindowDays;
            out.push_back(r);
        }
    }
    if (in.openComplaints > 0) {
        ChurnReason r{ChurnReasonCode::OpenComplaints};
        r.count = in.openComplaints;
        out.push_back(r);
    }
    if (in.overdueAmount > 0.0) {
        ChurnReason r{ChurnReasonCode::OverdueReceivables};
        r.amount = in.overdueAmount;
        out.push_back(r);
    }
}

std::string ChurnAssessor::describe(const ChurnReason& r)
{
    char buffer[160];
    switch (r.code) {
    case ChurnReasonCode::NoOrderForDays:
        if (r.usualIntervalDays > 0) {
            std::snprintf(buffer, sizeof buffer, "no order for %d days, usually every %d", r.days, r.usualIntervalDays);
        } else {
            std::snprintf(buffer, sizeof buffer, "no order for %d days, only one purchase so far", r.days);
        }
        break;
    case ChurnReasonCode::LowActiveProbability:
        std::snprintf(buffer, sizeof buffer, "only a %.0f%% chance the customer is still buying", r.percent);
        break;
    case ChurnReasonCode::SpendDown:
        std::snprintf(buffer, sizeof buffer, "spend down %.0f%% (last %d days against the %d before)", r.percent,
                      r.days, r.days);
        break;
    case ChurnReasonCode::OpenComplaints:
        std::snprintf(buffer, sizeof buffer, r.count == 1 ? "%d open complaint" : "%d open complaints", r.count);
        break;
    case ChurnReasonCode::OverdueReceivables:
        std::snprintf(buffer, sizeof buffer, "%.2f overdue", r.amount);
        break;
    default:
        buffer[0] = '\0';
    }
    return buffer;
}

} // namespace carddesk::analytics
