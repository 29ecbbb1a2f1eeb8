#include "analytics/BgNbdPatterns.h"

#include "analytics/RadixSort.h"

#include <algorithm>
#include <bit>
#include <numeric>

namespace carddesk::analytics {

namespace {

template <typename Key>
void uniqueIndex(std::span<const Key> values, std::vector<Key>& table, std::vector<std::uint32_t>& index)
{
    std::vector<std::uint32_t> order(values.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t l, std::uint32_t r) { return values[l] < values[r]; });
    index.assign(values.size(), 0);
    table.clear();
    for (std::uint32_t i : order) {
        if (table.empty() || table.back() != values[i]) {
            table.push_back(values[i]);
        }
        index[i] = static_cast<std::uint32_t>(table.size() - 1);
    }
}

} // namespace

BgNbdPatterns BgNbdPatterns::fromWeeks(std::span<const std::int32_t> x, std::span<const double> tx,
                                       std::span<const double> T)
{
    BgNbdPatterns p;
    const std::size_t n = x.size();
    std::vector<std::uint32_t> xi, ti, Ti;
    uniqueIndex<std::int32_t>(x, p.xValues, xi);
    uniqueIndex<double>(tx, p.txValues, ti);
    uniqueIndex<double>(T, p.TValues, Ti);
    std::vector<std::uint64_t> keys(n);
    const int txBits = std::max(1, static_cast<int>(std::bit_width(p.txValues.size())));
    const int TBits = std::max(1, static_cast<int>(std::bit_width(p.TValues.size())));
    for (std::size_t i = 0; i < n; ++i) {
        keys[i] = (std::uint64_t{xi[i]} << (txBits + TBits)) | (std::uint64_t{Ti[i]} << txBits) | ti[i];
    }
    RadixSort::sortKeys(keys);
    const std::uint64_t txMask = (std::uint64_t{1} << txBits) - 1, TMask = (std::uint64_t{1} << TBits) - 1;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && keys[j] == keys[i]) {
            ++j;
        }
        p.xIndex.push_back(static_cast<std::uint32_t>(keys[i] >> (txBits + TBits)));
        p.TIndex.push_back(static_cast<std::uint32_t>((keys[i] >> txBits) & TMask));
        p.txIndex.push_back(static_cast<std::uint32_t>(keys[i] & txMask));
        p.weight.push_back(static_cast<double>(j - i));
        i = j;
    }
    p.customers = static_cast<double>(n);
    return p;
}

BgNbdPatterns BgNbdPatterns::fromDays(std::span<const std::int32_t> x, std::span<const std::int32_t> txDays,
                                      std::span<const std::int32_t> TDays, std::span<const std::uint8_t> include)
{
    BgNbdPatterns p;
    const std::size_t n = x.size();
    std::int32_t maxX = 0, maxT = 0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (include[i]) {
            maxX = std::max(maxX, x[i]);
            maxT = std::max(maxT, TDays[i]);
            ++count;
        }
    }
    // Dense value tables: index = day count (t_x <= T) and a compact index for the distinct x values.
    p.txValues.resize(static_cast<std::size_t>(maxT) + 1);
    for (std::int32_t d = 0; d <= maxT; ++d) {
        p.txValues[d] = d / 7.0;
    }
    p.TValues = p.txValues;
    std::vector<std::int32_t> xSlot(static_cast<std::size_t>(maxX) + 1, -1);
    std::vector<std::uint64_t> keys;
    keys.reserve(count);
    const int dayBits = std::max(1, static_cast<int>(std::bit_width(static_cast<std::uint32_t>(maxT))));
    for (std::size_t i = 0; i < n; ++i) {
        if (include[i]) {
            xSlot[x[i]] = 0;
            keys.push_back((std::uint64_t(x[i]) << (2 * dayBits)) | (std::uint64_t(TDays[i]) << dayBits) |
                           std::uint64_t(txDays[i]));
        }
    }
    for (std::int32_t v = 0; v <= maxX; ++v) {
        if (xSlot[v] == 0) {
            xSlot[v] = static_cast<std::int32_t>(p.xValues.size());
            p.xValues.push_back(v);
        }
    }
    RadixSort::sortKeys(keys);
    const std::uint64_t mask = (std::uint64_t{1} << dayBits) - 1;
    for (std::size_t i = 0; i < keys.size();) {
        std::size_t j = i;
        while (j < keys.size() && keys[j] == keys[i]) {
            ++j;
        }
        p.xIndex.push_back(static_cast<std::uint32_t>(xSlot[keys[i] >> (2 * dayBits)]));
        p.TIndex.push_back(static_cast<std::uint32_t>((keys[i] >> dayBits) & mask));
        p.txIndex.push_back(static_cast<std::uint32_t>(keys[i] & mask));
        p.weight.push_back(static_cast<double>(j - i));
        i = j;
    }
    p.customers = static_cast<double>(count);
    return p;
}

bool BgNbdPatterns::hasRepeatPurchase() const
{
    return std::any_of(xValues.begin(), xValues.end(), [](std::int32_t x) { return x > 0; });
}

} // namespace carddesk::analytics
