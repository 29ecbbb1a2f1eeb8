#include "storage/db/EnumCheckRewriter.h"

#include <QRegularExpression>
#include <QStringList>

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <stdexcept>
#include <utility>
#include <vector>

namespace carddesk::storage {

QString EnumCheckRewriter::rewrite(const QString& createTable)
{
    // CHECK (name IN (values)): values are literals without parentheses (quoted texts or numbers).
    static const QRegularExpression check(QStringLiteral(R"(CHECK\s*\(\s*(\w+)\s+IN\s*\(([^()]*)\)\s*\))"));
    QString out;
    qsizetype from = 0;
    auto it = check.globalMatch(createTable);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString column = match.captured(1);
        QStringList terms;
        for (const QString& value : match.captured(2).split(QLatin1Char(','))) {
            const QString literal = value.trimmed();
            if (literal.isEmpty())
                throw std::runtime_error("unexpected enumeration CHECK: " + match.captured(0).toStdString());
            terms << column + QStringLiteral(" = ") + literal;
        }
        out += createTable.mid(from, match.capturedStart(0) - from);
        out += QStringLiteral("CHECK (") + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        from = match.capturedEnd(0);
    }
    out += createTable.mid(from);
    return out;
}

void EnumCheckRewriter::apply(SQLite::Database& db)
{
    std::vector<std::pair<std::string, std::string>> changed; // table name, new statement
    {
        SQLite::Statement tables(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL");
        SQLite::Database scratch(":memory:", SQLite::OPEN_READWRITE);
        while (tables.executeStep()) {
            const QString sql = QString::fromStdString(tables.getColumn(1).getString());
            const QString rewritten = rewrite(sql);
            if (rewritten == sql)
                continue;
            scratch.exec(rewritten.toStdString()); // throws if it does not compile
            changed.emplace_back(tables.getColumn(0).getString(), rewritten.toStdString());
        }
    }
    if (changed.empty())
        return;
    sqlite3* handle = db.getHandle();
    int defensive = 1;
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    struct Restore
    {
        SQLite::Database& db;
        sqlite3* handle;
        int defensive;
        ~Restore()
        {
            try {
                db.exec("PRAGMA writable_schema = OFF");
            } catch (const std::exception&) {
                // The connection's schema flag only; the transaction's outcome is decided by the caller.
            }
            sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, defensive, nullptr);
        }
    } restore{db, handle, defensive};
    const int schemaVersion = db.execAndGet("PRAGMA schema_version").getInt();
    db.exec("PRAGMA writable_schema = ON");
    SQLite::Statement update(db, "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?");
    for (const auto& [name, sql] : changed) {
        update.bind(1, sql);
        update.bind(2, name);
        if (update.exec() != 1)
            throw std::runtime_error("cannot rewrite the schema of table " + name);
        update.reset();
    }
    db.exec("PRAGMA schema_version = " + std::to_string(schemaVersion + 1));
    db.exec("PRAGMA writable_schema = OFF");
    // Re-read: the new statements must load as the schema, or the migration fails here and rolls back.
    db.execAndGet("SELECT count(*) FROM sqlite_schema");
}

} // namespace carddesk::storage
