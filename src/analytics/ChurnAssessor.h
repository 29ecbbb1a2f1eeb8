#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace carddesk::analytics {

enum class ChurnLevel : std::uint8_t
{
    None = 0, // no orders: no risk to speak of
    Low,
    Medium,
    High,
};

std::string_view churnLevelName(ChurnLevel level); // "low", "medium", "high"

enum class ChurnReasonCode : std::uint8_t
{
    NoOrderForDays,       // days, usualIntervalDays (0 = only one purchase so far)
    LowActiveProbability, // percent = P(alive) * 100
    SpendDown,            // percent drop, days = window length
    OpenComplaints,       // count
    OverdueReceivables,   // amount
};

std::string_view churnReasonId(ChurnReasonCode code); // stable ids: "no_order", "low_p_alive", ...

// A reason with the numbers the UI needs to phrase it in any language; unused fields stay 0.
struct ChurnReason
{
    ChurnReasonCode code = ChurnReasonCode::NoOrderForDays;
    std::int32_t days = 0;
    std::int32_t usualIntervalDays = 0;
    std::int32_t count = 0;
    double percent = 0.0;
    double amount = 0.0;
};

struct ChurnSettings
{
    double mediumRisk = 0.3; // risk = 1 - P(alive); medium from here
    double highRisk = 0.6;
    // One-time buyers have P(alive) = 1 in BG/NBD, so their level comes from the days since that purchase.
    std::int32_t oneTimeMediumDays = 180;
    std::int32_t oneTimeHighDays = 365;
    double gapFactor = 2.0;                // "no order" reason when recency > gapFactor x usual interval
    std::int32_t minGapDays = 30;          // ... and at least this many days (frequent buyers skipping a week is noise)
    double spendDownPercent = 30.0;        // "spend down" reason from this drop between the trend windows
    std::int32_t complaintsRaiseLevel = 2; // this many open complaints raise the level one step (0 = never)
    double overdueRaiseLevel = 1000.0;     // overdue amount that raises the level one step (0 = never)
};

struct ChurnInput
{
    bool hasOrders = false;
    std::int32_t x = 0;
    bool modelOk = false; // P(alive) comes from a fitted model
    double pAlive = 1.0;
    std::int32_t recencyDays = 0;
    double meanIntervalDays = 0.0;
    double recentSpend = 0.0;
    double previousSpend = 0.0;
    std::int32_t trendWindowDays = 182;
    std::int32_t openComplaints = 0;
    double overdueAmount = 0.0;
};

// Churn risk level and the reasons behind it.
class ChurnAssessor
{
public:
    static ChurnLevel level(const ChurnInput& input, const ChurnSettings& settings);
    // Appends the reasons that apply, most telling first.
    static void reasons(const ChurnInput& input, const ChurnSettings& settings, std::vector<ChurnReason>& out);
    // English sentence, e.g. "no order for 142 days, usually every 30".
    static std::string describe(const ChurnReason& reason);
};

} // namespace carddesk::analytics
