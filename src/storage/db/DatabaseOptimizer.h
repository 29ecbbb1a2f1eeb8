#pragma once

#include "core/Result.h"
#include "storage/db/FileSpace.h"

namespace carddesk::storage {

class Database;

// Upkeep of the office file: PRAGMA optimize (fresh statistics for the query planner where they have drifted) and,
// when asked, VACUUM, which rewrites the file without its free pages and hands them back to the disk. VACUUM takes
// about as long as copying the file and needs as much free disk again; others keep reading meanwhile (WAL), their
// writes wait. Returns the file's space afterwards.
class DatabaseOptimizer
{
public:
    static core::Result<FileSpace> run(Database& db, bool vacuum);
};

} // namespace carddesk::storage
