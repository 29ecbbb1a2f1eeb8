#include "storage/ScoreBlockWriter.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace carddesk::storage {

namespace {

constexpr std::int64_t kFirstBlock = std::numeric_limits<std::int64_t>::min();

} // namespace

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
    if (m_mode == Mode::WholeOffice) {
        // Blocks between the previous one written and this one hold only customers that are gone.
        m_store.remove(m_flushedAny ? m_previousBlock + 1 : kFirstBlock, m_block);
    }
    if (m_mode == Mode::Scope || m_block >= lastBlock) {
        m_old.clear();
        m_store.read(m_block, m_old);
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
    m_store.write(m_block, m_entries);
    ++m_blocksWritten;
    m_entries.clear();
    m_previousBlock = m_block;
    m_flushedAny = true;
}

void ScoreBlockWriter::finish()
{
    flush();
    if (m_mode != Mode::WholeOffice)
        return;
    const std::int64_t lastBlock = ScoreBlock::blockOf(m_lastId);
    const std::int64_t from = m_flushedAny ? m_previousBlock + 1 : kFirstBlock;
    if (from > lastBlock)
        return;
    m_store.remove(from, lastBlock);
    // lastId's block was not written: only its entries above lastId stay.
    m_old.clear();
    m_store.read(lastBlock, m_old);
    std::erase_if(m_old, [this](const ScoreEntry& e) { return e.customerId <= m_lastId; });
    m_store.write(lastBlock, m_old);
}

} // namespace carddesk::storage
