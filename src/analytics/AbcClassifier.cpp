#include "analytics/AbcClassifier.h"

#include "analytics/RadixSort.h"

#include <algorithm>
#include <cmath>

namespace carddesk::analytics {

std::string_view abcClassName(AbcClass c)
{
    switch (c) {
    case AbcClass::A:
        return "A";
    case AbcClass::B:
        return "B";
    case AbcClass::C:
        return "C";
    case AbcClass::None:
        break;
    }
    return "";
}

AbcResult AbcClassifier::classify(std::span<const double> revenue, std::span<const std::uint8_t> include,
                                  const AbcSettings& settings)
{
    AbcResult result;
    const std::size_t n = revenue.size();
    result.classes.assign(n, AbcClass::None);
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> ids;
    keys.reserve(n);
    ids.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (include.empty() || include[i]) {
            // Descending revenue = ascending on the complemented key; the stable sort keeps ties in id order.
            keys.push_back(~RadixSort::orderedKey(revenue[i]));
            ids.push_back(static_cast<std::uint32_t>(i));
            result.totalRevenue += revenue[i];
        }
    }
    const std::vector<std::uint32_t> order = RadixSort::stableOrder(keys);
    const std::size_t m = order.size();
    const double total = result.totalRevenue;
    double cumulative = 0.0;
    std::vector<double> cumulativeAfter(m);
    for (std::size_t k = 0; k < m; ++k) {
        const std::uint32_t c = ids[order[k]];
        const double shareBefore = total > 0.0 ? cumulative / total : 1.0;
        AbcClass cls = AbcClass::C;
        if (shareBefore < settings.aCutoff) {
            cls = AbcClass::A;
        } else if (shareBefore < settings.bCutoff) {
            cls = AbcClass::B;
        }
        result.classes[c] = cls;
        (cls == AbcClass::A ? result.countA : cls == AbcClass::B ? result.countB : result.countC)++;
        cumulative += revenue[c];
        cumulativeAfter[k] = cumulative;
    }
    result.pareto.reserve(101);
    for (int p = 0; p <= 100; ++p) {
        const double share = p / 100.0;
        const auto top = static_cast<std::size_t>(std::llround(share * static_cast<double>(m)));
        const double rev = top == 0 ? 0.0 : cumulativeAfter[top - 1];
        result.pareto.push_back({share, total > 0.0 ? rev / total : 0.0});
    }
    return result;
}

double AbcClassifier::revenueShareOfTop(const AbcResult& result, double customerShare)
{
    if (result.pareto.size() < 2) {
        return 0.0;
    }
    const double pos = std::clamp(customerShare, 0.0, 1.0) * 100.0;
    const auto i = std::min<std::size_t>(static_cast<std::size_t>(pos), 99);
    const double f = pos - static_cast<double>(i);
    return result.pareto[i].revenueShare * (1.0 - f) + result.pareto[i + 1].revenueShare * f;
}

} // namespace carddesk::analytics
