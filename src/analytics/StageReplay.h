#pragma once

#include "analytics/LifecycleClassifier.h"
#include "analytics/OrderColumns.h"

#include <array>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace carddesk::analytics {

// One stage the replay found, from the day it began.
struct ReplayedStage
{
    std::int32_t day = 0;
    LifecycleStage stage = LifecycleStage::None;
    LifecycleRule rule = LifecycleRule::PotentialNoOrders;
};

// Everything the month-end replay needs. Spans are borrowed for the call.
struct StageReplayInput
{
    OrderColumns orders; // sorted by (customer, day)
    std::size_t customerCount = 0;
    std::span<const std::int32_t> evaluationDays; // ascending, e.g. the last 24 month ends
    // The day each customer exists from (potential before the first order); empty = count no potential customers.
    std::span<const std::int32_t> createdDay;
    // From this day on the stored stage history speaks for the customer (its first recorded event): the replay
    // counts only the evaluation days before it. Empty = no customer has a record.
    std::span<const std::int32_t> recordedFromDay;
    int threads = 2;
};

// The lifecycle stage of customers on past days, from their orders alone: the scorer's stage rules
// (LifecycleClassifier, same settings) applied as if the customer had been scored on that day.
//
// The model probability is NOT refitted per day (a BG/NBD fit per month end would cost seconds each): the replay
// classifies with modelOk = false, so the rules that need P(alive) (lost.p_alive, decline.p_alive and the
// P(alive) floor of stability.steady) do not fire and the recency, frequency and spend rules decide — the same
// rules the scorer uses when it has no fitted model. The stage handed on to a day is the replay's own result on
// the customer's previous timeline day (the first order's day, then every month end), whatever days are asked
// for, so "won back" is found when a lost customer orders again and a month end counts the same in any query.
class StageReplay
{
public:
    // The classifier's input for one customer on `asOfDay`, built like CustomerSummary does: orders after the
    // day are ignored, same-day orders are one purchase day, spend windows of `trendWindowDays`.
    static LifecycleInput inputAt(std::span<const std::int32_t> days, std::span<const double> amounts,
                                  std::int32_t asOfDay, std::int32_t trendWindowDays);

    // Customers per stage (indexed by LifecycleStage) on each evaluation day. A customer counts on a day when
    // they have an order by then (or exist by then, as potential, when createdDay is given) and the day is
    // before their recordedFromDay.
    static std::vector<std::array<std::size_t, 8>>
    countsOn(const StageReplayInput& input, const LifecycleSettings& settings, std::int32_t trendWindowDays = 182);

    // One customer's stages on the day of the first order and at every month end after it up to `toDay`
    // (inclusive), as the lifecycle chart counts them: one entry per change, dated the day it was first seen,
    // oldest first. Empty when there is no order by `toDay`.
    static std::vector<ReplayedStage> timeline(std::span<const std::int32_t> days, std::span<const double> amounts,
                                               std::int32_t toDay, const LifecycleSettings& settings,
                                               std::int32_t trendWindowDays = 182);
};

} // namespace carddesk::analytics
