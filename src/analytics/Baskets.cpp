#include "analytics/Baskets.h"

#include "analytics/RadixSort.h"

#include <algorithm>
#include <stdexcept>

namespace carddesk::analytics {

void Baskets::add(std::span<const std::uint32_t> items)
{
    for (std::size_t k = 0; k < items.size(); ++k) {
        if (items[k] >= m_itemCount || (k > 0 && items[k] <= items[k - 1]))
            throw std::invalid_argument("Baskets::add: items must be sorted, unique and below itemCount");
    }
    m_items.insert(m_items.end(), items.begin(), items.end());
    m_offsets.push_back(m_items.size());
}

Baskets Baskets::fromPairs(std::size_t basketCount, std::uint32_t itemCount, std::vector<std::uint64_t> keys)
{
    RadixSort::sortKeys(keys);
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    Baskets out(itemCount);
    out.m_offsets.assign(basketCount + 1, 0);
    out.m_items.reserve(keys.size());
    for (std::uint64_t k : keys) {
        const auto basket = static_cast<std::size_t>(k >> 32);
        const auto item = static_cast<std::uint32_t>(k & 0xffffffffu);
        if (basket >= basketCount || item >= itemCount)
            throw std::invalid_argument("Baskets::fromPairs: basket or item out of range");
        out.m_items.push_back(item);
        ++out.m_offsets[basket + 1];
    }
    for (std::size_t i = 0; i < basketCount; ++i)
        out.m_offsets[i + 1] += out.m_offsets[i];
    return out;
}

bool Baskets::contains(std::size_t i, std::uint32_t item) const
{
    const auto b = basket(i);
    return std::binary_search(b.begin(), b.end(), item);
}

} // namespace carddesk::analytics
