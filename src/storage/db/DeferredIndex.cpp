#include "storage/db/DeferredIndex.h"

#include <SQLiteCpp/Statement.h>

namespace carddesk::storage {

DeferredIndex::DeferredIndex(SQLite::Database& db, const char* name) : m_db(db)
{
    SQLite::Statement find(db, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?");
    find.bind(1, name);
    if (!find.executeStep() || find.getColumn(0).isNull())
        return; // gone already, or an index SQLite made itself: nothing to set aside
    m_createSql = find.getColumn(0).getString();
    find.reset(); // a statement still on its row keeps the schema locked: SQLite would refuse the DROP
    db.exec("DROP INDEX \"" + std::string(name) + "\"");
}

void DeferredIndex::restore()
{
    if (!m_createSql.empty())
        m_db.exec(m_createSql);
    m_createSql.clear();
}

} // namespace carddesk::storage
