#pragma once

#include <vector>

namespace SQLite {
class Database;
}

namespace carddesk::storage {

// One numbered step of the schema; step N takes PRAGMA user_version from N-1 to N.
struct Migration
{
    int version = 0;
    const char* description = "";
    const char* sql = "";
    void (*apply)(SQLite::Database&) = nullptr; // a step SQL alone cannot do, after `sql`; throws on failure
};

// All migrations, in order. Append only: a released step never changes.
const std::vector<Migration>& migrations();

int latestSchemaVersion();

} // namespace carddesk::storage
