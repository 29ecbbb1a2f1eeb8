#include "storage/scores/ScoreBlockWriter.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace carddesk::storage {

namespace {

constexpr const char* kNextTable = "score_blocks_next";

void exec(sqlite3* db, const std::string& sql)
{
    RawStatement(db, sql).run();
}

} // namespace

ScoreBlockWriter::ScoreBlockWriter(ScoreBlockStore& store, Mode mode, std::int64_t lastId)
    : m_store(store), m_mode(mode), m_lastId(lastId)
{
    if (m_mode != Mode::WholeOffice)
        return;
    exec(store.db(), std::string("DROP TABLE IF EXISTS ") + kNextTable);
    exec(store.db(), std::string("CREATE TABLE ") + kNextTable + " (id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
    m_next.emplace(store.db(), kNextTable);
}

void ScoreBlockWriter::add(ScoreEntry&& entry)
{
    const std::int64_t block = ScoreBlock::blockOf(entry.customerId);
    if (m_started && (block < m_block || (!m_entries.empty() && entry.customerId <= m_entries.back().customerId)))
        throw std::invalid_argument("score entries must be added in ascending customer id order");
    if (m_started && block != m_block)
        flush();
    m_block = block;
    m_started = true;
    m_entries.push_back(std::move(entry));
}

void ScoreBlockWriter::flush()
{
    if (m_entries.empty())
        return;
    const std::int64_t lastBlock = ScoreBlock::blockOf(m_lastId);
    if (m_mode == Mode::Scope || m_block >= lastBlock) {
        m_old.clear();
        m_store.readForRescoring(m_block, m_old);
        std::size_t kept = 0;
        for (ScoreEntry& old : m_old) {
            const bool replaced = std::binary_search(
                m_entries.begin(), m_entries.end(), old,
                [](const ScoreEntry& a, const ScoreEntry& b) { return a.customerId < b.customerId; });
            const bool keep = m_mode == Mode::Scope ? !replaced : (!replaced && old.customerId > m_lastId);
            if (keep)
                m_old[kept++] = std::move(old);
        }
        if (kept > 0) {
            m_old.resize(kept);
            const auto middle = m_entries.insert(m_entries.end(), std::make_move_iterator(m_old.begin()),
                                                 std::make_move_iterator(m_old.end()));
            std::inplace_merge(m_entries.begin(), middle, m_entries.end(),
                               [](const ScoreEntry& a, const ScoreEntry& b) { return a.customerId < b.customerId; });
        }
    }
    (m_next ? *m_next : m_store).write(m_block, m_entries);
    ++m_blocksWritten;
    m_entries.clear();
    m_lastWritten = m_block;
}

void ScoreBlockWriter::finish()
{
    flush();
    if (m_mode != Mode::WholeOffice)
        return;
    const std::int64_t lastBlock = ScoreBlock::blockOf(m_lastId);
    if (!m_lastWritten || *m_lastWritten < lastBlock) {
        // lastId's block got no entry: only its stored entries above lastId stay.
        m_old.clear();
        m_store.readForRescoring(lastBlock, m_old);
        std::erase_if(m_old, [this](const ScoreEntry& e) { return e.customerId <= m_lastId; });
        m_next->write(lastBlock, m_old);
    }
    RawStatement later(m_store.db(), std::string("INSERT INTO ") + kNextTable +
                                         " (id, data) SELECT id, data FROM score_blocks WHERE id > ?");
    later.bind(1, lastBlock);
    later.run();
    exec(m_store.db(), "DROP TABLE score_blocks");
    exec(m_store.db(), std::string("ALTER TABLE ") + kNextTable + " RENAME TO score_blocks");
}

} // namespace carddesk::storage
