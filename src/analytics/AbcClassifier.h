#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace carddesk::analytics {

enum class AbcClass : std::uint8_t
{
    None = 0, // not classified (no orders)
    A,
    B,
    C,
};

std::string_view abcClassName(AbcClass c);

struct AbcSettings
{
    double aCutoff = 0.80; // A while the cumulative share before the customer is below this
    double bCutoff = 0.95;
};

struct ParetoPoint
{
    double customerShare = 0.0; // top fraction of customers (by revenue)
    double revenueShare = 0.0;  // fraction of revenue they bring
};

struct AbcResult
{
    std::vector<AbcClass> classes; // per customer
    std::size_t countA = 0;
    std::size_t countB = 0;
    std::size_t countC = 0;
    double totalRevenue = 0.0;
    std::vector<ParetoPoint> pareto; // 0%, 1%, ..., 100% of the classified customers
};

// ABC by revenue: sort descending (ties by customer index = id order), class by the cumulative share *before*
// adding the customer. With no positive revenue at all every classified customer is C.
class AbcClassifier
{
public:
    static AbcResult classify(std::span<const double> revenue, std::span<const std::uint8_t> include,
                              const AbcSettings& settings = {});
    // Share of revenue from the top `customerShare` of customers, interpolated on the Pareto curve.
    static double revenueShareOfTop(const AbcResult& result, double customerShare);
};

} // namespace carddesk::analytics
