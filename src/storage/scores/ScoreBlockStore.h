#pragma once

#include "storage/db/RawStatement.h"
#include "storage/scores/ScoreBlock.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace carddesk::storage {

// Reads and writes whole ScoreBlocks in the score_blocks table (or another of its shape) of one connection,
// inside the caller's transaction. Statements are prepared on first use. A block whose bytes cannot be read
// throws std::runtime_error naming it.
class ScoreBlockStore
{
public:
    explicit ScoreBlockStore(sqlite3* db, std::string table = "score_blocks") : m_db(db), m_table(std::move(table)) {}

    sqlite3* db() const { return m_db; }

    // Appends block `block`'s entries (none when it is not stored) to `out`.
    void read(std::int64_t block, std::vector<ScoreEntry>& out);
    // The same, but false (and `out` as it was) for a block that cannot be read.
    bool tryRead(std::int64_t block, std::vector<ScoreEntry>& out);
    // For a scoring run, which writes the block anew: a block that cannot be read counts as empty (with a
    // warning in the log), so that scoring again repairs what the readers report as unreadable. False for such
    // a block.
    bool readForRescoring(std::int64_t block, std::vector<ScoreEntry>& out);
    // Stores exactly these entries as block `block` (ascending ids); no entries removes the block.
    void write(std::int64_t block, std::span<const ScoreEntry> entries);

    // One customer's entry changed in place: replaced or added (false when it exists and replace is false), or
    // removed (false when there was none).
    bool put(const ScoreEntry& entry, bool replace);
    bool erase(std::int64_t customerId);

private:
    sqlite3* m_db;
    std::string m_table;
    std::optional<RawStatement> m_read;
    std::optional<RawStatement> m_write;
    std::optional<RawStatement> m_delete;
    std::vector<ScoreEntry> m_scratch;
    bool m_warnedUnreadable = false;
};

} // namespace carddesk::storage
