#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace carddesk::analytics {

// Every customer's basket — the products they hold and have bought — in compressed rows: basket i is
// items[offsets[i] .. offsets[i + 1]), sorted ascending, each item once. Items are dense numbers 0..itemCount-1
// (the caller maps product ids to them). A million baskets of a few items each are a few tens of MB, and
// counting pairs walks them in order without a hash table.
class Baskets
{
public:
    explicit Baskets(std::uint32_t itemCount = 0) : m_itemCount(itemCount) {}

    // Appends one basket; `items` must be sorted ascending without repeats and below itemCount() (checked:
    // std::invalid_argument otherwise, a caller's bug).
    void add(std::span<const std::uint32_t> items);
    // Builds the baskets from (basket, item) pairs in any order, repeats allowed: pairs of basket b go to basket b.
    static Baskets fromPairs(std::size_t basketCount, std::uint32_t itemCount,
                             std::vector<std::uint64_t> basketItemKeys);
    // The key fromPairs reads: basket in the high 32 bits, item in the low.
    static std::uint64_t key(std::uint32_t basket, std::uint32_t item)
    {
        return (static_cast<std::uint64_t>(basket) << 32) | item;
    }

    std::size_t size() const { return m_offsets.size() - 1; }
    std::uint32_t itemCount() const { return m_itemCount; }
    std::size_t totalItems() const { return m_items.size(); }
    std::span<const std::uint32_t> basket(std::size_t i) const
    {
        return {m_items.data() + m_offsets[i], m_items.data() + m_offsets[i + 1]};
    }
    bool contains(std::size_t i, std::uint32_t item) const;

private:
    std::uint32_t m_itemCount;
    std::vector<std::size_t> m_offsets{0};
    std::vector<std::uint32_t> m_items;
};

} // namespace carddesk::analytics
