#include "storage/db/DamageReport.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <SQLiteCpp/SQLiteCpp.h>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace carddesk::storage {

namespace {

QString shellQuoted(const QString& path)
{
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QStringList DamageReport::damagedObjects(SQLite::Database& db, const QStringList& integrityLines)
{
    static const QRegularExpression tree(QStringLiteral("\\bTree (\\d+) page"));
    static const QRegularExpression index(QStringLiteral("(?:missing from|in) index (\\S+)"));
    std::set<long long> roots;
    QStringList names;
    for (const QString& line : integrityLines) {
        if (const auto m = tree.match(line); m.hasMatch())
            roots.insert(m.captured(1).toLongLong());
        if (const auto m = index.match(line); m.hasMatch()) {
            const QString name = QStringLiteral("index %1").arg(m.captured(1));
            if (!names.contains(name))
                names << name;
        }
    }
    std::map<long long, QString> byRoot;
    try {
        SQLite::Statement q(db, "SELECT rootpage, type, name FROM sqlite_schema WHERE rootpage > 0");
        while (q.executeStep())
            byRoot[q.getColumn(0).getInt64()] = QStringLiteral("%1 %2").arg(
                QString::fromStdString(q.getColumn(1).getString()), QString::fromStdString(q.getColumn(2).getString()));
    } catch (const std::exception&) {
        // The schema itself is damaged: the pages are all there is to name.
    }
    for (const long long root : roots) {
        const auto found = byRoot.find(root);
        const QString name = found != byRoot.end() ? found->second : QStringLiteral("the b-tree at page %1").arg(root);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QStringList DamageReport::damagedTables(SQLite::Database& db)
{
    std::vector<std::string> tables;
    try {
        SQLite::Statement q(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 ORDER BY name");
        while (q.executeStep())
            tables.push_back(q.getColumn(0).getString());
    } catch (const std::exception&) {
        return {};
    }
    QStringList damaged;
    for (const std::string& table : tables) {
        bool sound = true;
        try {
            // One table and its indexes (SQLite 3.33+); a bad root page throws instead of answering.
            SQLite::Statement check(db, "PRAGMA integrity_check(\"" + table + "\")");
            while (check.executeStep())
                sound = sound && check.getColumn(0).getString() == "ok";
        } catch (const std::exception&) {
            sound = false;
        }
        if (!sound)
            damaged << QStringLiteral("table %1").arg(QString::fromStdString(table));
    }
    return damaged;
}

QString DamageReport::whatToDo(const QString& path, bool onlyIndexes)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString recovered = QFileInfo(path).absolutePath() + QStringLiteral("/recovered.carddesk");
    QString advice;
    if (onlyIndexes)
        advice = QStringLiteral("only indexes are damaged, not the data: with CardDesk closed everywhere, an "
                                "administrator can rebuild them with sqlite3 %1 REINDEX; otherwise:\n")
                     .arg(shellQuoted(file));
    return advice + QStringLiteral("what to do: stop using this file (keep it as it is) and either\n"
                                   "  1. restore the latest backup: as the administrator, carddesk-cli --db %1 "
                                   "backups list, then restore FILE (when nobody can log in any more, copy the "
                                   "backup in place of this file with CardDesk closed everywhere); or\n"
                                   "  2. recover what is still readable into a new file: sqlite3 %1 .recover | "
                                   "sqlite3 %2 — then open the new file with CardDesk and compare it with the "
                                   "latest backup before using it")
                        .arg(shellQuoted(file), shellQuoted(recovered));
}

QString DamageReport::withoutAdvice(const QString& message)
{
    const qsizetype advice = message.indexOf(QLatin1String(" (the database file is damaged"));
    return advice < 0 ? message : message.left(advice);
}

} // namespace carddesk::storage
