#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

namespace carddesk::storage {

// An index set aside during a bulk load and made again at its end, inside the load's transaction: building an index
// sorts its keys once, while inserting millions of rows in another order updates it at random (3.55 M orders: the
// date index cost 13.7 s of inserts, its rebuild 2.6 s). The index comes back from its own stored CREATE statement,
// so the schema stays exactly what the migrations made; a failed load rolls the drop back with everything else.
class DeferredIndex
{
public:
    // Drops the index (when it exists) and remembers how it was made. Call inside a write transaction.
    DeferredIndex(SQLite::Database& db, const char* name);
    // Makes it again; throws as SQLiteCpp does, which rolls the transaction back.
    void restore();

private:
    SQLite::Database& m_db;
    std::string m_createSql;
};

} // namespace carddesk::storage
