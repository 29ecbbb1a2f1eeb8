#pragma once

#include "storage/db/Database.h"

#include <string>

namespace carddesk::storage {

// Inside a bulk write transaction: drops the FTS insert trigger so new customers are not indexed row by row,
// and indexes them in one pass at resume(). Must be used inside Database::write(): if the transaction rolls
// back, the dropped trigger comes back with it. Used by OrderImporter (--create-customers) and BulkLoader.
class SearchIndexPause
{
public:
    explicit SearchIndexPause(Database& db);

    // Indexes every customer with id >= firstNewId and restores the trigger.
    void resume(qint64 firstNewId);
    // The same, from the first id after the largest there was when the pause began: the cards written since.
    void resume() { resume(m_firstNewId); }

    // False when the schema has no FTS insert trigger (nothing was dropped, resume() does nothing).
    bool active() const { return !m_triggerSql.empty(); }

private:
    Database& m_db;
    std::string m_triggerSql;
    qint64 m_firstNewId = 1;
};

} // namespace carddesk::storage
