#include "storage/SearchIndexPause.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

SearchIndexPause::SearchIndexPause(Database& db) : m_db(db)
{
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
    // What the trigger would have done row by row, in one pass over the new customers.
    SQLite::Statement index(m_db.sql(), "INSERT INTO customers_fts (rowid, search_text) SELECT id, search_text "
                                        "FROM customers WHERE id >= ? ORDER BY id");
    index.bind(1, static_cast<int64_t>(firstNewId));
    index.exec();
    m_db.sql().exec(m_triggerSql);
    m_triggerSql.clear();
}

} // namespace carddesk::storage
