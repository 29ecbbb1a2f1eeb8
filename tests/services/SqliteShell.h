#pragma once

#include <QProcess>
#include <QString>

namespace carddesk::test {

// What the real `sqlite3` shell printed for a command.
struct SqliteShellRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the sqlite3 shell on `path` with its own defaults (foreign keys off), as a user editing the office file
// outside CardDesk would: the file must stay an ordinary SQLite file that the shell can read and change.
inline SqliteShellRun runSqliteShell(const QString& path, const QString& sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), path, sql});
    SqliteShellRun result;
    if (!process.waitForFinished(60000)) {
        result.err = process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    result.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return result;
}

} // namespace carddesk::test
