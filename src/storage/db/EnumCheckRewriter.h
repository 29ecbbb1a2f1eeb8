#pragma once

#include <QString>

namespace SQLite {
class Database;
}

namespace carddesk::storage {

// Rewrites `CHECK (column IN (v1, v2, ...))` in the stored CREATE TABLE statements as
// `CHECK (column = v1 OR column = v2 OR ...)`: the same rule for every value, NULL included, but SQLite 3.40
// tests a constant IN list against an ephemeral index for every row written, about 0.5 µs a check; a million-row
// scoring run or import paid a second per such column. The on-disk format does not change, so the statements are
// replaced in sqlite_schema in place (SQLite's documented procedure for changing CHECK constraints: writable_schema,
// schema_version + 1), inside the migration's transaction; every rewritten statement is compiled on an in-memory
// database first, and anything unexpected throws, which rolls the migration back.
class EnumCheckRewriter
{
public:
    // The statement with every enumeration CHECK rewritten; unchanged when it has none.
    static QString rewrite(const QString& createTable);
    // Rewrites every table of the open database (a migration step).
    static void apply(SQLite::Database& db);
};

} // namespace carddesk::storage
