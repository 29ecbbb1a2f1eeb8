#include "analytics/WinBackAdvisor.h"

#include "analytics/RadixSort.h"

namespace carddesk::analytics {

std::string_view winBackAdviceName(WinBackAdvice advice)
{
    switch (advice) {
    case WinBackAdvice::FightFor:
        return "fight for";
    case WinBackAdvice::CaseByCase:
        return "case by case";
    case WinBackAdvice::LetGo:
        return "let go";
    case WinBackAdvice::None:
        break;
    }
    return "";
}

WinBackAdvice WinBackAdvisor::adviceFor(LifecycleStage stage, double p, const WinBackSettings& s)
{
    if (stage != LifecycleStage::Decline && stage != LifecycleStage::Lost) {
        return WinBackAdvice::None;
    }
    if (p >= s.fightForPercentile) {
        return WinBackAdvice::FightFor;
    }
    return p >= s.caseByCasePercentile ? WinBackAdvice::CaseByCase : WinBackAdvice::LetGo;
}

std::vector<double> WinBackAdvisor::percentiles(std::span<const double> value, std::span<const std::uint8_t> include)
{
    const std::size_t n = value.size();
    std::vector<double> out(n, 0.0);
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> rows;
    for (std::size_t i = 0; i < n; ++i) {
        if (include.empty() || include[i]) {
            keys.push_back(RadixSort::orderedKey(value[i]));
            rows.push_back(static_cast<std::uint32_t>(i));
        }
    }
    const std::vector<std::uint32_t> order = RadixSort::stableOrder(keys);
    const double m = static_cast<double>(order.size());
    std::size_t groupStart = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        // Equal values get the same percentile (a tie should not decide between fighting and letting go).
        if (k > 0 && keys[order[k]] != keys[order[k - 1]]) {
            groupStart = k;
        }
        out[rows[order[k]]] = static_cast<double>(groupStart) / m;
    }
    return out;
}

} // namespace carddesk::analytics
