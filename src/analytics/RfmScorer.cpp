#include "analytics/RfmScorer.h"

#include "analytics/RadixSort.h"

namespace carddesk::analytics {

std::string_view rfmSegmentName(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Hibernating:
        return "Hibernating";
    case RfmSegment::AtRisk:
        return "At Risk";
    case RfmSegment::CantLoseThem:
        return "Can't Lose Them";
    case RfmSegment::AboutToSleep:
        return "About to Sleep";
    case RfmSegment::NeedAttention:
        return "Need Attention";
    case RfmSegment::Loyal:
        return "Loyal";
    case RfmSegment::Promising:
        return "Promising";
    case RfmSegment::New:
        return "New";
    case RfmSegment::PotentialLoyalist:
        return "Potential Loyalist";
    case RfmSegment::Champions:
        return "Champions";
    case RfmSegment::None:
        break;
    }
    return "";
}

namespace {

// Quintile score of each included row from ascending "goodness" keys.
void quintiles(const std::vector<std::uint64_t>& keys, const std::vector<std::uint32_t>& rows,
               std::vector<std::uint8_t>& out)
{
    const std::vector<std::uint32_t> order = RadixSort::stableOrder(keys);
    const std::size_t n = order.size();
    for (std::size_t rank = 0; rank < n; ++rank) {
        out[rows[order[rank]]] = static_cast<std::uint8_t>(1 + rank * 5 / n);
    }
}

} // namespace

RfmResult RfmScorer::score(std::span<const std::int32_t> recencyDays, std::span<const std::int32_t> frequency,
                           std::span<const double> monetary, std::span<const std::uint8_t> include)
{
    const std::size_t n = recencyDays.size();
    RfmResult res;
    res.r.assign(n, 0);
    res.f.assign(n, 0);
    res.m.assign(n, 0);
    res.code.assign(n, 0);
    res.segment.assign(n, RfmSegment::None);
    std::vector<std::uint32_t> rows;
    rows.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (include.empty() || include[i]) {
            rows.push_back(static_cast<std::uint32_t>(i));
        }
    }
    std::vector<std::uint64_t> keys(rows.size());
    // Recency: fewer days is better, so the key is the negated day count (offset keeps it unsigned).
    for (std::size_t k = 0; k < rows.size(); ++k) {
        keys[k] = static_cast<std::uint64_t>(std::int64_t{1} << 40) - static_cast<std::uint64_t>(recencyDays[rows[k]]);
    }
    quintiles(keys, rows, res.r);
    for (std::size_t k = 0; k < rows.size(); ++k) {
        keys[k] = static_cast<std::uint64_t>(frequency[rows[k]]);
    }
    quintiles(keys, rows, res.f);
    for (std::size_t k = 0; k < rows.size(); ++k) {
        keys[k] = RadixSort::orderedKey(monetary[rows[k]]);
    }
    quintiles(keys, rows, res.m);
    for (std::uint32_t i : rows) {
        res.code[i] = static_cast<std::uint16_t>(res.r[i] * 100 + res.f[i] * 10 + res.m[i]);
        res.segment[i] = segmentFor(res.r[i], res.f[i]);
    }
    return res;
}

RfmSegment RfmScorer::segmentFor(int r, int f)
{
    if (r <= 2) {
        return f <= 2 ? RfmSegment::Hibernating : f <= 4 ? RfmSegment::AtRisk : RfmSegment::CantLoseThem;
    }
    if (r == 3) {
        return f <= 2 ? RfmSegment::AboutToSleep : f == 3 ? RfmSegment::NeedAttention : RfmSegment::Loyal;
    }
    if (f >= 4) {
        return r == 4 ? RfmSegment::Loyal : RfmSegment::Champions;
    }
    if (f == 1) {
        return r == 4 ? RfmSegment::Promising : RfmSegment::New;
    }
    return RfmSegment::PotentialLoyalist;
}

std::string RfmScorer::codeString(std::uint16_t code)
{
    return code == 0 ? std::string() : std::to_string(code);
}

} // namespace carddesk::analytics
