#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace carddesk::storage {

// Customer id -> index into a sorted list of ids, read for every order (millions): a direct table when the ids are
// reasonably dense, as in every office (ids come from one sequence), a binary search otherwise.
class CustomerIndex
{
public:
    explicit CustomerIndex(const std::vector<qint64>& ids) : m_ids(ids)
    {
        if (!ids.empty() && ids.front() >= 0 && ids.back() < static_cast<qint64>(4 * ids.size() + 1'000'000)) {
            m_direct.assign(static_cast<std::size_t>(ids.back()) + 1, static_cast<std::uint32_t>(ids.size()));
            for (std::size_t i = 0; i < ids.size(); ++i)
                m_direct[static_cast<std::size_t>(ids[i])] = static_cast<std::uint32_t>(i);
        }
    }

    // ids.size() when the id is not one of them.
    std::size_t of(qint64 id) const
    {
        if (!m_direct.empty())
            return (id >= 0 && static_cast<std::size_t>(id) < m_direct.size()) ? m_direct[static_cast<std::size_t>(id)]
                                                                               : m_ids.size();
        const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
        return (it != m_ids.end() && *it == id) ? static_cast<std::size_t>(it - m_ids.begin()) : m_ids.size();
    }

private:
    const std::vector<qint64>& m_ids;
    std::vector<std::uint32_t> m_direct;
};

} // namespace carddesk::storage
