#include "storage/db/DatabaseOptimizer.h"

#include "storage/db/Database.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

core::Result<FileSpace> DatabaseOptimizer::run(Database& db, bool vacuum)
{
    try {
        db.sql().exec("PRAGMA optimize");
        if (vacuum) {
            db.sql().exec("VACUUM");
            // In WAL mode the rewritten pages sit in the -wal file until a checkpoint moves them into the office
            // file and it is truncated; a reader that holds an old snapshot only delays this to a later checkpoint.
            db.sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
    return FileSpace::of(db);
}

} // namespace carddesk::storage
