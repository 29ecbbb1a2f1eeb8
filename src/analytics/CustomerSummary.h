#pragma once

#include "analytics/OrderColumns.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace carddesk::analytics {

struct SummaryOptions
{
    std::int32_t asOfDay = 0;           // orders after this day are ignored
    std::int32_t trendWindowDays = 182; // "recent" vs "previous" spend windows for trend rules
    // First day of the revenue window (inclusive) used for ABC; empty = all history up to as-of.
    std::optional<std::int32_t> revenueFromDay;
};

// Per-customer columns derived from the order history at an as-of day. Model time unit: weeks (days / 7).
// Customers without an order on or before as-of have hasOrders = 0 ("potential"): all other fields are 0.
struct CustomerSummary
{
    bool ok = true;
    std::string error;
    std::int32_t asOfDay = 0;

    std::vector<std::uint8_t> hasOrders;
    std::vector<std::int32_t> x;      // repeat purchase days (same-day orders merged, first day not counted)
    std::vector<double> tx;           // weeks from first to last purchase
    std::vector<double> T;            // weeks from first purchase to as-of
    std::vector<std::int32_t> txDays; // same in days, exact, used to group identical patterns
    std::vector<std::int32_t> TDays;
    std::vector<double> m;               // mean value of the repeat purchase days (0 when x = 0)
    std::vector<std::int32_t> frequency; // purchase days including the first
    std::vector<double> monetary;        // total spend
    std::vector<std::int32_t> recencyDays;
    std::vector<std::int32_t> firstDay;
    std::vector<std::int32_t> lastDay;
    std::vector<double> meanIntervalDays; // (last - first) / (frequency - 1); 0 with a single purchase day
    std::vector<double> recentSpend;      // (asOf - window, asOf]
    std::vector<double> previousSpend;    // (asOf - 2 window, asOf - window]
    std::vector<double> windowRevenue;    // revenue for ABC

    std::size_t size() const { return hasOrders.size(); }

    // Orders must be sorted by (customer, day); returns ok = false with the offending row otherwise.
    static CustomerSummary build(const OrderColumns& orders, std::size_t customerCount, const SummaryOptions& options);
};

} // namespace carddesk::analytics
