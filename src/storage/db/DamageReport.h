#pragma once

#include <QString>
#include <QStringList>

namespace SQLite {
class Database;
}

namespace carddesk::storage {

// Turns what SQLite says about a damaged file into what a person can act on: which tables and indexes are hit
// and what to do. Used by `check`, which must not send the reader back to `check`.
class DamageReport
{
public:
    // The tables and indexes the integrity_check lines name ("Tree 5 page 9 …" → the object whose root page is
    // 5; "… missing from index X" → index X), as "table customers", "index customers_code". Best effort: when
    // even the schema cannot be read, the pages are named instead.
    static QStringList damagedObjects(SQLite::Database& db, const QStringList& integrityLines);

    // The tables whose own integrity check fails or cannot even run ("table customers"), when the whole-file
    // check stops at the first bad page. Empty when the schema itself cannot be read.
    static QStringList damagedTables(SQLite::Database& db);

    // The two ways out, with the commands to type, for the office file at `path`.
    static QString whatToDo(const QString& path, bool onlyIndexes);

    // SQLite's own message without the advice storage adds to a damage error (which names `check`).
    static QString withoutAdvice(const QString& message);
};

} // namespace carddesk::storage
