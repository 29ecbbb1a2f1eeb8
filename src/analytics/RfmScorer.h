#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace carddesk::analytics {

enum class RfmSegment : std::uint8_t
{
    None = 0, // not scored (no orders)
    Hibernating,
    AtRisk,
    CantLoseThem,
    AboutToSleep,
    NeedAttention,
    Loyal,
    Promising,
    New,
    PotentialLoyalist,
    Champions,
};

std::string_view rfmSegmentName(RfmSegment segment); // "Can't Lose Them", ...

struct RfmResult
{
    std::vector<std::uint8_t> r; // 1..5, 5 best; 0 when not scored
    std::vector<std::uint8_t> f;
    std::vector<std::uint8_t> m;
    std::vector<std::uint16_t> code; // r*100 + f*10 + m, e.g. 545
    std::vector<RfmSegment> segment;
};

// RFM by quintiles of ranks: customers are ranked on each measure (ties broken by customer index, lower index
// ranked lower), so a mass of equal values (many one-time buyers) still spreads over the five scores.
class RfmScorer
{
public:
    static RfmResult score(std::span<const std::int32_t> recencyDays, std::span<const std::int32_t> frequency,
                           std::span<const double> monetary, std::span<const std::uint8_t> include);
    static RfmSegment segmentFor(int r, int f);
    static std::string codeString(std::uint16_t code); // 545 -> "545", 0 -> ""
};

} // namespace carddesk::analytics
