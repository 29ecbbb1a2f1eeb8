#include "storage/db/SearchIndexPause.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

namespace {

// customers_fts's settings (FTS5 keeps them in its _config table; absent means FTS5's default).
int ftsConfig(SQLite::Database& sql, const char* key, int fallback)
{
    SQLite::Statement q(sql, "SELECT v FROM customers_fts_config WHERE k = ?");
    q.bind(1, key);
    return q.executeStep() ? q.getColumn(0).getInt() : fallback;
}

void setFtsConfig(SQLite::Database& sql, const char* key, int value)
{
    SQLite::Statement st(sql, "INSERT INTO customers_fts (customers_fts, rank) VALUES (?, ?)");
    st.bind(1, key);
    st.bind(2, value);
    st.exec();
}

} // namespace

SearchIndexPause::SearchIndexPause(Database& db) : m_db(db)
{
    m_firstNewId = m_db.sql().execAndGet("SELECT coalesce(max(id), 0) + 1 FROM customers").getInt64();
    SQLite::Statement trigger(m_db.sql(), "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                          "name = 'customers_fts_ai'");
    if (trigger.executeStep()) {
        m_triggerSql = trigger.getColumn(0).getString();
        trigger.reset();
        m_db.sql().exec("DROP TRIGGER customers_fts_ai");
    }
}

void SearchIndexPause::resume(qint64 firstNewId)
{
    if (m_triggerSql.empty())
        return;
    auto& sql = m_db.sql();
    // What the trigger would have done row by row, in one pass over the new customers. A big pending-terms hash
    // and no automatic merging during the pass halve its time; both settings are put back afterwards.
    // Measured and not taken (docs/PERFORMANCE.md): a 2 MiB hash (faster on 300,000 texts in the sqlite3 shell,
    // not on 1,000,000 here), and indexing each batch from the texts in memory with multi-row inserts into
    // customers_fts (11.6 s of CPU instead of 8.6 s for 100,000 customers, probably because FTS5 flushes its
    // pending terms at every statement's savepoint).
    const int hashSize = ftsConfig(sql, "hashsize", 1024 * 1024); // FTS5's defaults
    const int autoMerge = ftsConfig(sql, "automerge", 4);
    setFtsConfig(sql, "hashsize", 256 * 1024 * 1024);
    setFtsConfig(sql, "automerge", 0);
    SQLite::Statement index(sql, "INSERT INTO customers_fts (rowid, search_text) SELECT id, search_text "
                                 "FROM customers WHERE id >= ? ORDER BY id");
    index.bind(1, static_cast<int64_t>(firstNewId));
    index.exec();
    setFtsConfig(sql, "automerge", autoMerge);
    setFtsConfig(sql, "hashsize", hashSize);
    sql.exec(m_triggerSql);
    m_triggerSql.clear();
}

} // namespace carddesk::storage
