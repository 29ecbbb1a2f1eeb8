#include "storage/db/DatabaseBackup.h"

#include "core/RegularFile.h"
#include "storage/db/CheckFindings.h"
#include "storage/db/Database.h"
#include "storage/db/PrivateFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <unistd.h>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

std::string nativePath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

core::Status syncPath(const QString& path, int flags)
{
    const int fd = ::open(nativePath(path).c_str(), flags | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::Io, QStringLiteral("cannot open %1 to write it to disk").arg(path));
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1 to disk").arg(path));
    return {};
}

// ENOSPC and the like come back from SQLite as SQLITE_FULL / SQLITE_IOERR; the message says which file.
core::Error copyError(const SQLite::Exception& e, const QString& target)
{
    const int code = e.getErrorCode() & 0xff;
    if (code == SQLITE_FULL)
        return makeError(ErrorCode::Io, QStringLiteral("the disk of %1 is full").arg(target), QStringLiteral("folder"));
    if (code == SQLITE_IOERR &&
        (e.getExtendedErrorCode() == SQLITE_IOERR_READ || e.getExtendedErrorCode() == SQLITE_IOERR_SHORT_READ))
        // A read fails on the office's disk or in the copy's check: not the folder's fault.
        return makeError(ErrorCode::Io,
                         QStringLiteral("disk failure: a read failed while the backup %1 was made (%2); no backup was "
                                        "written: check the disks of the office and of the backup folder and try again")
                             .arg(target, QString::fromUtf8(e.what())),
                         QStringLiteral("disk"));
    if (code == SQLITE_CANTOPEN || code == SQLITE_READONLY || code == SQLITE_IOERR || code == SQLITE_PERM)
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(target, QString::fromUtf8(e.what())),
                         QStringLiteral("folder"));
    return makeError(ErrorCode::Io, QStringLiteral("backup to %1 failed: %2").arg(target, QString::fromUtf8(e.what())));
}

} // namespace

core::Status DatabaseBackup::syncFile(const QString& path)
{
    return syncPath(path, O_RDONLY);
}

core::Status DatabaseBackup::syncFolderOf(const QString& path)
{
    return syncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY);
}

void DatabaseBackup::removeWithJournals(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

core::Status DatabaseBackup::copy(const QString& sourcePath, const QString& targetPath)
{
    if (!QFileInfo::exists(sourcePath))
        return makeError(ErrorCode::NotFound, QStringLiteral("the office file %1 does not exist").arg(sourcePath));
    const QString part = targetPath + QStringLiteral(".part");
    removeWithJournals(part);
    // A backup is the whole office: private to its owner's account (0600) like the office file itself. When the
    // file cannot be made here, SQLite's open below says why (as a folder problem).
    static_cast<void>(PrivateFile::create(part));
    try {
        {
            SQLite::Database source(nativePath(sourcePath), SQLite::OPEN_READWRITE, 30000);
            SQLite::Database target(nativePath(part), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 30000);
            SQLite::Backup backup(target, source);
            // One step: one read snapshot of the source. In WAL mode readers never block writers, and a copy made
            // in pieces would start again each time another connection writes.
            QElapsedTimer clock;
            clock.start();
            backup.executeStep(-1);
            const qint64 copied = clock.restart();
            target.exec("PRAGMA journal_mode = DELETE");
            const std::string check = target.execAndGet("PRAGMA integrity_check").getString();
            if (check != "ok" && CheckFindings::areReadFailures(check)) {
                removeWithJournals(part);
                return makeError(ErrorCode::Io,
                                 QStringLiteral("disk failure: in the copy %1, %2; no backup was written: check the "
                                                "disk of the backup folder")
                                     .arg(targetPath, CheckFindings::summary(check)),
                                 QStringLiteral("disk"));
            }
            if (check != "ok") {
                removeWithJournals(part);
                return makeError(ErrorCode::Corrupt,
                                 QStringLiteral("the copy in %1 failed its integrity check (%2); the office itself "
                                                "may be damaged: run the database check")
                                     .arg(targetPath, CheckFindings::summary(check)));
            }
            const qint64 checked = clock.restart();
            if (auto synced = syncFile(part); !synced) {
                removeWithJournals(part);
                return synced;
            }
            spdlog::info("backup to {}: copy {} ms, integrity_check {} ms, to disk {} ms", targetPath.toStdString(),
                         copied, checked, clock.elapsed());
        }
        if (::rename(nativePath(part).c_str(), nativePath(targetPath).c_str()) != 0) {
            removeWithJournals(part);
            return makeError(ErrorCode::Io, QStringLiteral("cannot name the backup %1").arg(targetPath),
                             QStringLiteral("folder"));
        }
        return syncFolderOf(targetPath);
    } catch (const SQLite::Exception& e) {
        removeWithJournals(part);
        return copyError(e, targetPath);
    }
}

core::Result<OfficeFileInfo> DatabaseBackup::inspect(const QString& path, int newestSchemaVersion, bool check)
{
    const QFileInfo file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(path), QStringLiteral("file"));
    if (auto regular = core::requireRegularFile(path); !regular)
        return regular.error();
    if (!file.isReadable())
        return makeError(ErrorCode::Io, QStringLiteral("%1 cannot be read").arg(path), QStringLiteral("file"));
    OfficeFileInfo info;
    info.path = file.absoluteFilePath();
    try {
        SQLite::Database db(nativePath(path), SQLite::OPEN_READONLY);
        info.schemaVersion = db.execAndGet("PRAGMA user_version").getInt();
        const int tables = db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                         "('customers', 'users', 'audit_log', 'settings')")
                               .getInt();
        if (info.schemaVersion <= 0 || tables != 4)
            return makeError(ErrorCode::Corrupt, QStringLiteral("%1 is not a CardDesk office").arg(path),
                             QStringLiteral("file"));
        if (info.schemaVersion > newestSchemaVersion)
            return makeError(ErrorCode::Corrupt,
                             QStringLiteral("%1 was written by a newer CardDesk (schema %2, this one knows up to %3); "
                                            "update CardDesk first")
                                 .arg(path)
                                 .arg(info.schemaVersion)
                                 .arg(newestSchemaVersion),
                             QStringLiteral("file"));
        if (check) {
            const std::string result = db.execAndGet("PRAGMA integrity_check").getString();
            if (result != "ok" && CheckFindings::areReadFailures(result))
                return makeError(ErrorCode::Io,
                                 QStringLiteral("%1 cannot be read: %2 (disk failure: check the disk)")
                                     .arg(path, CheckFindings::summary(result)),
                                 QStringLiteral("file"));
            if (result != "ok")
                return makeError(ErrorCode::Corrupt,
                                 QStringLiteral("%1 is damaged: %2").arg(path, CheckFindings::summary(result)),
                                 QStringLiteral("file"));
        }
        info.customers = db.execAndGet("SELECT count(*) FROM customers").getInt64();
        info.users = db.execAndGet("SELECT count(*) FROM users").getInt64();
        SQLite::Statement last(db, "SELECT max(at) FROM audit_log");
        if (last.executeStep() && !last.getColumn(0).isNull())
            info.lastChange = QDateTime::fromString(QString::fromStdString(last.getColumn(0).getString()), Qt::ISODate);
        SQLite::Statement encrypt(db, "SELECT value FROM settings WHERE key = 'backup.encrypt'");
        info.encryptBackups = encrypt.executeStep() && encrypt.getColumn(0).getString() == "1";
        SQLite::Statement name(db, "SELECT value FROM settings WHERE key = 'office.name'");
        if (name.executeStep())
            info.officeName = QString::fromStdString(name.getColumn(0).getString());
        SQLite::Statement admins(db, "SELECT username FROM users WHERE role = 'admin' AND active = 1 ORDER BY id");
        while (admins.executeStep())
            info.activeAdmins << QString::fromStdString(admins.getColumn(0).getString());
        return info;
    } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            return makeError(ErrorCode::Corrupt, QStringLiteral("%1 is not a CardDesk office").arg(path),
                             QStringLiteral("file"));
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1 cannot be read: %2").arg(path, errorFromException(e).message),
                         QStringLiteral("file"));
    }
}

core::Status DatabaseBackup::takeForReplacement(const QString& path)
{
    try {
        SQLite::Database db(nativePath(path), SQLite::OPEN_READWRITE, 0);
        // Refused at once when another connection has the file open (it holds a shared lock for its WAL).
        const std::string mode = db.execAndGet("PRAGMA journal_mode = DELETE").getString();
        if (mode != "delete")
            return makeError(
                ErrorCode::Busy,
                QStringLiteral("%1 is open in another CardDesk window or command; close it first").arg(path));
        return {};
    } catch (const SQLite::Exception& e) {
        if ((e.getErrorCode() & 0xff) == SQLITE_BUSY || (e.getErrorCode() & 0xff) == SQLITE_LOCKED)
            return makeError(
                ErrorCode::Busy,
                QStringLiteral("%1 is open in another CardDesk window or command; close it first").arg(path));
        return makeError(ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(path, errorFromException(e).message));
    }
}

} // namespace carddesk::storage
