#pragma once

#include "core/Result.h"
#include "storage/db/DatabaseBackup.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace carddesk::services {

// One backup file of an office, as listed for a restore.
struct BackupEntry
{
    QString path;
    QDateTime takenAt;                           // from the file name (local time)
    std::optional<storage::OfficeFileInfo> info; // empty when the file cannot be used (see problem)
    QString problem;                             // why not, in English (core::Error::message)
};

// Backups of an office file (数据备份): made with SQLite's online backup API while others work, checked before they
// carry their final name, named after the office and the time (`<office>-YYYYMMDD-HHMMSS.db`), kept 7 daily and
// 4 weekly; and the restore that checks the chosen copy, keeps the current file aside and only then replaces it.
class BackupService
{
public:
    // The backup folder of an office: the `backup.folder` setting when the caller has it, else `backups` beside
    // the office file.
    static QString defaultFolder(const QString& officePath);

    // Copies the office into `folder` (created when missing). Returns the backup's path. InvalidArgument (field
    // "folder") when the folder cannot be created or written; Io when the disk is full; the office is never touched.
    static core::Result<QString> backup(const QString& officePath, const QString& folder,
                                        const QDateTime& now = QDateTime::currentDateTime());

    // The office's backups in `folder`, newest first, each opened read-only (version, customers; the full
    // integrity check is left to the restore of the one chosen).
    static std::vector<BackupEntry> list(const QString& officePath, const QString& folder);

    // Deletes the office's backups in `folder` beyond the newest of each of the last `daily` days that have one and
    // the newest of each of the `weekly` ISO weeks before those. Returns the paths deleted.
    static std::vector<QString> prune(const QString& officePath, const QString& folder, int daily = 7, int weekly = 4);

    // The automatic backup: one a day (none when `folder` already holds one of today's), then prune to `keepDaily`
    // daily and `keepWeekly` weekly copies (the office settings backup.keep_daily and backup.keep_weekly). Returns the
    // new backup's path, or nothing when today's exists.
    static core::Result<std::optional<QString>> daily(const QString& officePath, const QString& folder,
                                                      int keepDaily = 7, int keepWeekly = 4,
                                                      const QDateTime& now = QDateTime::currentDateTime());

    // Before a newer CardDesk upgrades an office's schema: a backup when the file exists and is older than this
    // build (the upgrade cannot be undone otherwise). Returns the backup's path, or nothing when no upgrade is due.
    static core::Result<std::optional<QString>> beforeUpgrade(const QString& officePath, const QString& folder,
                                                              const QDateTime& now = QDateTime::currentDateTime());

    // Replaces the office with `backupFile`: the backup is checked first (a CardDesk office, not damaged, not
    // newer than this build); the office must be open nowhere else (Busy otherwise); the current file is kept as
    // `<office>.before-restore-YYYYMMDD-HHMMSS`; the restored file is opened (older versions are upgraded) and
    // checked, and when that fails the current file is put back. Returns the path the old file was kept at.
    static core::Result<QString> restore(const QString& officePath, const QString& backupFile,
                                         const QDateTime& now = QDateTime::currentDateTime());
};

} // namespace carddesk::services
