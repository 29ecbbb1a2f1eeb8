#include "storage/scores/ScoreBlockStore.h"

#include <algorithm>
#include <spdlog/spdlog.h>
#include <stdexcept>
#include <string>

namespace carddesk::storage {

void ScoreBlockStore::read(std::int64_t block, std::vector<ScoreEntry>& out)
{
    if (!tryRead(block, out))
        throw std::runtime_error(ScoreBlock::unreadable(block));
}

bool ScoreBlockStore::tryRead(std::int64_t block, std::vector<ScoreEntry>& out)
{
    if (!m_read)
        m_read.emplace(m_db, "SELECT data FROM " + m_table + " WHERE id = ?");
    m_read->bind(1, block);
    const bool found = m_read->step();
    const bool ok = !found || ScoreBlock::decode(block, m_read->blob(0), m_read->bytes(0), out);
    m_read->reset();
    return ok;
}

bool ScoreBlockStore::readForRescoring(std::int64_t block, std::vector<ScoreEntry>& out)
{
    if (tryRead(block, out))
        return true;
    // Once per run: a file written by an older build can have thousands.
    if (!m_warnedUnreadable)
        spdlog::warn("{}: scoring rewrites it, and any other block it cannot read", ScoreBlock::unreadable(block));
    m_warnedUnreadable = true;
    return false;
}

void ScoreBlockStore::write(std::int64_t block, std::span<const ScoreEntry> entries)
{
    if (entries.empty()) {
        if (!m_delete)
            m_delete.emplace(m_db, "DELETE FROM " + m_table + " WHERE id = ?");
        m_delete->bind(1, block);
        m_delete->run();
        return;
    }
    if (!m_write)
        m_write.emplace(m_db, "INSERT OR REPLACE INTO " + m_table + " (id, data) VALUES (?, ?)");
    const std::string bytes = ScoreBlock::encode(block, entries);
    m_write->bind(1, block);
    m_write->bindStaticBlob(2, bytes.data(), static_cast<int>(bytes.size()));
    m_write->run();
}

bool ScoreBlockStore::put(const ScoreEntry& entry, bool replace)
{
    const std::int64_t block = ScoreBlock::blockOf(entry.customerId);
    m_scratch.clear();
    read(block, m_scratch);
    auto at = std::lower_bound(m_scratch.begin(), m_scratch.end(), entry.customerId,
                               [](const ScoreEntry& e, std::int64_t id) { return e.customerId < id; });
    if (at != m_scratch.end() && at->customerId == entry.customerId) {
        if (!replace)
            return false;
        *at = entry;
    } else {
        m_scratch.insert(at, entry);
    }
    write(block, m_scratch);
    return true;
}

bool ScoreBlockStore::erase(std::int64_t customerId)
{
    const std::int64_t block = ScoreBlock::blockOf(customerId);
    m_scratch.clear();
    read(block, m_scratch);
    const auto at = std::find_if(m_scratch.begin(), m_scratch.end(),
                                 [customerId](const ScoreEntry& e) { return e.customerId == customerId; });
    if (at == m_scratch.end())
        return false;
    m_scratch.erase(at);
    write(block, m_scratch);
    return true;
}

} // namespace carddesk::storage
