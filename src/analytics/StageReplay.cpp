#include "analytics/StageReplay.h"

#include "analytics/DayNumber.h"
#include "analytics/ParallelRunner.h"

#include <algorithm>

namespace carddesk::analytics {

namespace {

// The last day of the month after `day`'s, or of `day`'s month when `day` is not its last day.
std::int32_t monthEndAfter(std::int32_t day)
{
    const CivilDate date = civilDate(day);
    const auto endOf = [](int year, unsigned month) {
        return month == 12 ? dayNumber(year + 1, 1, 1) - 1 : dayNumber(year, month + 1, 1) - 1;
    };
    const std::int32_t end = endOf(date.year, date.month);
    if (end > day) {
        return end;
    }
    return date.month == 12 ? endOf(date.year + 1, 1) : endOf(date.year, date.month + 1);
}

} // namespace

LifecycleInput StageReplay::inputAt(std::span<const std::int32_t> days, std::span<const double> amounts,
                                    std::int32_t asOf, std::int32_t window)
{
    LifecycleInput in;
    in.asOfDay = asOf;
    in.modelOk = false; // see the class comment: no model on past days
    in.pAlive = 1.0;
    const std::int32_t recentFrom = asOf - window; // exclusive lower bounds, as in CustomerSummary
    const std::int32_t previousFrom = asOf - 2 * window;
    std::int32_t purchaseDays = 0;
    std::int32_t last = 0;
    for (std::size_t k = 0; k < days.size() && days[k] <= asOf; ++k) {
        const std::int32_t d = days[k];
        if (purchaseDays == 0) {
            in.firstDay = d;
            purchaseDays = 1;
        } else if (d != last) {
            ++purchaseDays;
        }
        last = d;
        if (d > recentFrom) {
            in.recentSpend += amounts[k];
        } else if (d > previousFrom) {
            in.previousSpend += amounts[k];
        }
    }
    if (purchaseDays == 0) {
        return in;
    }
    in.hasOrders = true;
    in.x = purchaseDays - 1;
    in.lastDay = last;
    in.recencyDays = asOf - last;
    in.meanIntervalDays = in.x > 0 ? static_cast<double>(last - in.firstDay) / in.x : 0.0;
    return in;
}

std::vector<std::array<std::size_t, 8>> StageReplay::countsOn(const StageReplayInput& in, const LifecycleSettings& s,
                                                              std::int32_t window)
{
    const std::size_t n = in.customerCount;
    const std::size_t m = in.evaluationDays.size();
    // Where each customer's orders start: one pass over the sorted customer column.
    std::vector<std::size_t> start(n + 1, 0);
    for (const std::int32_t c : in.orders.customer) {
        ++start[static_cast<std::size_t>(c) + 1];
    }
    for (std::size_t i = 0; i < n; ++i) {
        start[i + 1] += start[i];
    }
    const ParallelRunner runner(in.threads);
    std::vector<std::vector<std::array<std::size_t, 8>>> partial(runner.chunkCount(n, 50000),
                                                                 std::vector<std::array<std::size_t, 8>>(m));
    runner.run(
        n,
        [&](std::size_t chunk, std::size_t begin, std::size_t end) {
            auto& counts = partial[chunk];
            for (std::size_t i = begin; i < end; ++i) {
                const std::span<const std::int32_t> days = in.orders.day.subspan(start[i], start[i + 1] - start[i]);
                const std::span<const double> amounts = in.orders.amount.subspan(start[i], start[i + 1] - start[i]);
                const std::int32_t recordedFrom =
                    in.recordedFromDay.empty() ? std::numeric_limits<std::int32_t>::max() : in.recordedFromDay[i];
                LifecycleStage previous = LifecycleStage::None;
                std::int32_t previousDay = 0;
                // The orders up to a day are counted on from the last day classified (inputAt from scratch for
                // each month end was a fifth of the whole read on a million customers); days only ascend.
                std::size_t upTo = 0; // orders on or before the day
                std::int32_t purchaseDays = 0;
                const auto classifyOn = [&](std::int32_t day) {
                    for (; upTo < days.size() && days[upTo] <= day; ++upTo) {
                        purchaseDays += upTo == 0 || days[upTo] != days[upTo - 1];
                    }
                    LifecycleInput li;
                    li.hasOrders = true;
                    li.asOfDay = day;
                    li.firstDay = days.front();
                    li.lastDay = days[upTo - 1];
                    li.x = purchaseDays - 1;
                    li.recencyDays = day - li.lastDay;
                    li.meanIntervalDays = li.x > 0 ? static_cast<double>(li.lastDay - li.firstDay) / li.x : 0.0;
                    // The spend windows, summed in order as CustomerSummary does (the same doubles).
                    const std::int32_t recentFrom = day - window;
                    const std::int32_t previousFrom = day - 2 * window;
                    std::size_t from = upTo;
                    while (from > 0 && days[from - 1] > previousFrom) {
                        --from;
                    }
                    for (std::size_t o = from; o < upTo; ++o) {
                        (days[o] > recentFrom ? li.recentSpend : li.previousSpend) += amounts[o];
                    }
                    li.previousStage = previous;
                    li.previousStageDay = previousDay;
                    return LifecycleClassifier::classify(li, s).stage;
                };
                const std::int32_t firstOrder = days.empty() ? std::numeric_limits<std::int32_t>::max() : days.front();
                // The stage each day hands on to the next is found on timeline()'s days — the first order's day and
                // every month end after it — whichever days are asked for: a month end's count no longer depends on
                // how many months are shown (with 2 months, 2026-11-30 had 0 won back; with 3, 19).
                std::int32_t chainDay = firstOrder;
                for (std::size_t k = 0; k < m;) {
                    const std::int32_t day = in.evaluationDays[k];
                    if (day >= recordedFrom) {
                        break;
                    }
                    if (day < firstOrder) {
                        if (!in.createdDay.empty() && in.createdDay[i] <= day) {
                            ++counts[k][static_cast<std::size_t>(LifecycleStage::Potential)];
                        }
                        ++k;
                    } else if (chainDay <= day) {
                        const LifecycleStage stage = classifyOn(chainDay);
                        if (stage != previous) {
                            previous = stage;
                            previousDay = chainDay;
                        }
                        if (chainDay == day) {
                            ++counts[k][static_cast<std::size_t>(stage)];
                            ++k;
                        }
                        chainDay = monthEndAfter(chainDay);
                    } else {
                        // A day between two month ends (the as-of day): classified, not handed on.
                        ++counts[k][static_cast<std::size_t>(classifyOn(day))];
                        ++k;
                    }
                }
            }
        },
        50000);
    std::vector<std::array<std::size_t, 8>> total(m);
    for (const auto& counts : partial) {
        for (std::size_t k = 0; k < m; ++k) {
            for (std::size_t st = 0; st < 8; ++st) {
                total[k][st] += counts[k][st];
            }
        }
    }
    return total;
}

std::vector<ReplayedStage> StageReplay::timeline(std::span<const std::int32_t> days, std::span<const double> amounts,
                                                 std::int32_t toDay, const LifecycleSettings& s, std::int32_t window)
{
    std::vector<ReplayedStage> out;
    if (days.empty() || days.front() > toDay) {
        return out;
    }
    // The first order's day, then every month end up to toDay: the days the lifecycle chart counts. Day by day
    // the spend windows move every day and a card's history read dozens of flips a year.
    std::vector<std::int32_t> when{days.front()};
    for (CivilDate month = civilDate(days.front());;) {
        month.month = month.month == 12 ? 1 : month.month + 1;
        month.year += month.month == 1 ? 1 : 0;
        const std::int32_t monthEnd = dayNumber(month.year, month.month, 1) - 1;
        if (monthEnd > toDay) {
            break;
        }
        if (monthEnd > days.front()) {
            when.push_back(monthEnd);
        }
    }
    LifecycleStage previous = LifecycleStage::None;
    std::int32_t previousDay = 0;
    for (const std::int32_t day : when) {
        LifecycleInput li = inputAt(days, amounts, day, window);
        li.previousStage = previous;
        li.previousStageDay = previousDay;
        const LifecycleDecision d = LifecycleClassifier::classify(li, s);
        if (d.stage != previous) {
            out.push_back(ReplayedStage{day, d.stage, d.rule});
            previous = d.stage;
            previousDay = day;
        }
    }
    return out;
}

} // namespace carddesk::analytics
