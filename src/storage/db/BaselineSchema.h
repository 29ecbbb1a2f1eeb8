#pragma once

namespace SQLite {
class Database;
}

namespace carddesk::storage {

// The whole current schema (latestSchemaVersion()) with its first rows (complaint categories, settings), as one
// SQL script: how a new file is made, in one step, instead of by replaying every migration since v1. The
// migrations (Migrations.cpp) remain only to bring older files up to it; a test checks that a file they migrate
// has exactly this schema. A new migration changes this script too.
class BaselineSchema
{
public:
    static const char* sql();

    // True when `db` holds exactly the schema objects sql() makes (white space and identifier quotes aside, as
    // ALTER TABLE leaves them): how a file that lost its user_version (sqlite3's .dump writes no PRAGMA
    // user_version) is recognised as an office of the current version.
    static bool matches(SQLite::Database& db);
};

} // namespace carddesk::storage
