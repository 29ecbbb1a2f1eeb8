#include "analytics/CustomerSummary.h"

#include <limits>

namespace carddesk::analytics {

namespace {

template <typename T> void resizeAll(std::size_t n, std::vector<T>& v)
{
    v.assign(n, T{});
}

} // namespace

CustomerSummary CustomerSummary::build(const OrderColumns& orders, std::size_t customerCount,
                                       const SummaryOptions& options)
{
    CustomerSummary s;
    s.asOfDay = options.asOfDay;
    const std::size_t n = customerCount;
    if (orders.day.size() != orders.size() || orders.amount.size() != orders.size()) {
        s.ok = false;
        s.error = "order columns have different lengths";
        return s;
    }
    resizeAll(n, s.hasOrders);
    resizeAll(n, s.x);
    resizeAll(n, s.tx);
    resizeAll(n, s.T);
    resizeAll(n, s.txDays);
    resizeAll(n, s.TDays);
    resizeAll(n, s.m);
    resizeAll(n, s.frequency);
    resizeAll(n, s.monetary);
    resizeAll(n, s.recencyDays);
    resizeAll(n, s.firstDay);
    resizeAll(n, s.lastDay);
    resizeAll(n, s.meanIntervalDays);
    resizeAll(n, s.recentSpend);
    resizeAll(n, s.previousSpend);
    resizeAll(n, s.windowRevenue);

    const std::int32_t asOf = options.asOfDay;
    const std::int32_t recentFrom = asOf - options.trendWindowDays;       // exclusive lower bound
    const std::int32_t previousFrom = asOf - 2 * options.trendWindowDays; // exclusive lower bound
    const bool revenueAll = !options.revenueFromDay.has_value();
    const std::int32_t revenueFrom = options.revenueFromDay.value_or(0);

    const std::size_t rows = orders.size();
    std::size_t i = 0;
    std::int32_t previousCustomer = -1;
    while (i < rows) {
        const std::int32_t c = orders.customer[i];
        if (c < 0 || static_cast<std::size_t>(c) >= n) {
            s.ok = false;
            s.error = "order row " + std::to_string(i) + ": customer index " + std::to_string(c) + " out of range";
            return s;
        }
        if (c <= previousCustomer) {
            s.ok = false;
            s.error = "order row " + std::to_string(i) + ": orders are not sorted by customer";
            return s;
        }
        previousCustomer = c;
        // One customer's run of rows.
        std::int32_t first = 0, last = 0, purchaseDays = 0;
        double total = 0.0, repeatTotal = 0.0, dayTotal = 0.0, recent = 0.0, previous = 0.0, revenue = 0.0;
        std::int32_t currentDay = 0;
        bool any = false;
        std::int32_t lastSeenDay = std::numeric_limits<std::int32_t>::min();
        for (; i < rows && orders.customer[i] == c; ++i) {
            const std::int32_t d = orders.day[i];
            if (d < lastSeenDay) {
                s.ok = false;
                s.error = "order row " + std::to_string(i) + ": orders are not sorted by day within a customer";
                return s;
            }
            lastSeenDay = d;
            if (d > asOf) {
                continue; // after the as-of day: ignored, but keep validating the order
            }
            const double a = orders.amount[i];
            if (!any) {
                any = true;
                first = d;
                currentDay = d;
                purchaseDays = 1;
                dayTotal = 0.0;
            } else if (d != currentDay) {
                if (purchaseDays > 1) {
                    repeatTotal += dayTotal;
                }
                currentDay = d;
                ++purchaseDays;
                dayTotal = 0.0;
            }
            dayTotal += a;
            total += a;
            if (d > recentFrom) {
                recent += a;
            } else if (d > previousFrom) {
                previous += a;
            }
            if (revenueAll || d >= revenueFrom) {
                revenue += a;
            }
            last = d;
        }
        if (!any) {
            continue;
        }
        if (purchaseDays > 1) {
            repeatTotal += dayTotal;
        }
        const std::int32_t x = purchaseDays - 1;
        s.hasOrders[c] = 1;
        s.x[c] = x;
        s.txDays[c] = last - first;
        s.TDays[c] = asOf - first;
        s.tx[c] = (last - first) / 7.0;
        s.T[c] = (asOf - first) / 7.0;
        s.m[c] = x > 0 ? repeatTotal / x : 0.0;
        s.frequency[c] = purchaseDays;
        s.monetary[c] = total;
        s.recencyDays[c] = asOf - last;
        s.firstDay[c] = first;
        s.lastDay[c] = last;
        s.meanIntervalDays[c] = x > 0 ? static_cast<double>(last - first) / x : 0.0;
        s.recentSpend[c] = recent;
        s.previousSpend[c] = previous;
        s.windowRevenue[c] = revenue;
    }
    return s;
}

} // namespace carddesk::analytics
