#pragma once

#include "analytics/LifecycleClassifier.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace carddesk::analytics {

enum class WinBackAdvice : std::uint8_t
{
    None = 0,   // not declining or lost
    FightFor,   // valuable: fight hard to keep / win back
    CaseByCase, // ordinary: decide individually
    LetGo,      // small: let go
};

std::string_view winBackAdviceName(WinBackAdvice advice); // "fight for", "case by case", "let go"

struct WinBackSettings
{
    bool useClv = true;               // value = 12-month CLV when the models are fitted, else historical revenue
    double fightForPercentile = 0.80; // value percentile among customers with orders
    double caseByCasePercentile = 0.40;
};

// Win-back by value for customers in decline or lost.
class WinBackAdvisor
{
public:
    static WinBackAdvice adviceFor(LifecycleStage stage, double valuePercentile, const WinBackSettings& settings);
    // Percentile (0 <= p < 1) of each included customer's value; ties share the lowest rank of their group.
    static std::vector<double> percentiles(std::span<const double> value, std::span<const std::uint8_t> include);
};

} // namespace carddesk::analytics
