#include "storage/db/FileSpace.h"

#include "storage/db/Database.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

core::Result<FileSpace> FileSpace::of(Database& db)
{
    try {
        FileSpace space;
        space.pageSize = db.sql().execAndGet("PRAGMA page_size").getInt64();
        space.pageCount = db.sql().execAndGet("PRAGMA page_count").getInt64();
        space.freePages = db.sql().execAndGet("PRAGMA freelist_count").getInt64();
        return space;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

} // namespace carddesk::storage
