#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace carddesk::analytics {

// Identical (x, t_x, T) customers collapsed into weighted patterns, with each time stored once in a value table
// so the likelihood takes one log per distinct time instead of one per customer.
struct BgNbdPatterns
{
    std::vector<std::int32_t> xValues;
    std::vector<double> txValues;
    std::vector<double> TValues;
    std::vector<std::uint32_t> xIndex; // per pattern
    std::vector<std::uint32_t> txIndex;
    std::vector<std::uint32_t> TIndex;
    std::vector<double> weight;
    double customers = 0.0;

    std::size_t size() const { return weight.size(); }
    // Whether any customer bought again: without one no model of repeat buying can be fitted.
    bool hasRepeatPurchase() const;

    // Any summary (e.g. rounded weeks from a file); groups by exact equality.
    static BgNbdPatterns fromWeeks(std::span<const std::int32_t> x, std::span<const double> tx,
                                   std::span<const double> T);
    // Day-based summary (CustomerSummary): times become days / 7. Rows with include[i] == 0 are skipped.
    static BgNbdPatterns fromDays(std::span<const std::int32_t> x, std::span<const std::int32_t> txDays,
                                  std::span<const std::int32_t> TDays, std::span<const std::uint8_t> include);
};

// A model's fit of three week columns (x, t_x, T): refused when their lengths differ, else fitPatterns of their
// patterns. Fit is the model's result type (it has an `error`).
template <typename Fit, typename FitPatterns>
Fit fitWeekColumns(std::span<const std::int32_t> x, std::span<const double> tx, std::span<const double> T,
                   FitPatterns&& fitPatterns)
{
    if (x.size() != tx.size() || x.size() != T.size()) {
        Fit f;
        f.error = "x, t_x and T have different lengths";
        return f;
    }
    return fitPatterns(BgNbdPatterns::fromWeeks(x, tx, T));
}

} // namespace carddesk::analytics
