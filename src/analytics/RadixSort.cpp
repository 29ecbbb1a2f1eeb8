#include "analytics/RadixSort.h"

#include <array>
#include <bit>
#include <cstring>

namespace carddesk::analytics {

namespace {

constexpr int kBits = 16; // 4 passes at most; the 64K counters stay in L2
constexpr std::size_t kBuckets = std::size_t{1} << kBits;
constexpr std::uint64_t kMask = kBuckets - 1;

// Number of digits that differ anywhere; higher all-zero digits need no pass.
int passesNeeded(std::span<const std::uint64_t> keys, std::uint64_t& commonMask)
{
    std::uint64_t orAll = 0, andAll = ~std::uint64_t{0};
    for (std::uint64_t k : keys) {
        orAll |= k;
        andAll &= k;
    }
    commonMask = orAll ^ andAll; // bits that vary
    const int width = 64 - std::countl_zero(commonMask);
    return (width + kBits - 1) / kBits;
}

} // namespace

void RadixSort::sortKeys(std::vector<std::uint64_t>& keys)
{
    std::uint64_t varying = 0;
    const int passes = passesNeeded(keys, varying);
    std::vector<std::uint64_t> buffer(keys.size());
    std::vector<std::size_t> counts(kBuckets);
    for (int p = 0; p < passes; ++p) {
        const int shift = p * kBits;
        if (((varying >> shift) & kMask) == 0) {
            continue;
        }
        std::fill(counts.begin(), counts.end(), 0);
        for (std::uint64_t k : keys) {
            ++counts[(k >> shift) & kMask];
        }
        std::size_t sum = 0;
        for (auto& c : counts) {
            const std::size_t v = c;
            c = sum;
            sum += v;
        }
        for (std::uint64_t k : keys) {
            buffer[counts[(k >> shift) & kMask]++] = k;
        }
        keys.swap(buffer);
    }
}

std::vector<std::uint32_t> RadixSort::stableOrder(std::span<const std::uint64_t> keys)
{
    const std::size_t n = keys.size();
    // Keys travel with their index so every pass reads sequentially instead of chasing keys[index].
    struct Item
    {
        std::uint64_t key;
        std::uint32_t index;
    };
    std::vector<Item> items(n), buffer(n);
    for (std::size_t i = 0; i < n; ++i) {
        items[i] = {keys[i], static_cast<std::uint32_t>(i)};
    }
    std::uint64_t varying = 0;
    const int passes = passesNeeded(keys, varying);
    std::vector<std::size_t> counts(kBuckets);
    for (int p = 0; p < passes; ++p) {
        const int shift = p * kBits;
        if (((varying >> shift) & kMask) == 0) {
            continue;
        }
        std::fill(counts.begin(), counts.end(), 0);
        for (const Item& it : items) {
            ++counts[(it.key >> shift) & kMask];
        }
        std::size_t sum = 0;
        for (auto& c : counts) {
            const std::size_t v = c;
            c = sum;
            sum += v;
        }
        for (const Item& it : items) {
            buffer[counts[(it.key >> shift) & kMask]++] = it;
        }
        items.swap(buffer);
    }
    std::vector<std::uint32_t> order(n);
    for (std::size_t i = 0; i < n; ++i) {
        order[i] = items[i].index;
    }
    return order;
}

std::uint64_t RadixSort::orderedKey(double value)
{
    if (value == 0.0) {
        value = 0.0; // fold -0.0
    }
    const auto bits = std::bit_cast<std::uint64_t>(value);
    return (bits >> 63) ? ~bits : bits | (std::uint64_t{1} << 63);
}

} // namespace carddesk::analytics
