#pragma once

#include "core/Result.h"
#include "storage/db/DatabaseBackup.h"

#include <QDateTime>
#include <QString>

namespace carddesk::storage {
class Database;
}

#include <optional>
#include <vector>

namespace carddesk::services {

// One backup file of an office, as listed for a restore.
struct BackupEntry
{
    QString path;
    QDateTime takenAt;                                       // from the file name (local time)
    std::optional<storage::OfficeFileInfo> info;             // empty when the file cannot be used (see problem)
    QString problem;                                         // why not, in English (core::Error::message)
    core::ErrorCode problemCode = core::ErrorCode::Internal; // Corrupt: damaged, no office, or newer; Io: unreadable
    bool encrypted = false; // an encrypted backup: info needs the passphrase, so it is empty
};

// Backups of an office file (数据备份): made with SQLite's online backup API while others work, checked before they
// carry their final name, named after the office and the time (`<office>-YYYYMMDD-HHMMSS.db`), kept 7 daily and
// 4 weekly; and the restore that checks the chosen copy, keeps the current file aside and only then replaces it.
class BackupService
{
public:
    static constexpr int kMinimumPassphrase = 8; // storage::BackupCipher's

    // Verifies the passphrase of an encrypted backup before a restore is asked for (about a second): InvalidArgument
    // (field "passphrase") when wrong, Corrupt when the file is not a readable encrypted backup.
    static core::Status checkPassphrase(const QString& backupFile, const QString& passphrase);

    // The backup folder of an office: the `backup.folder` setting when the caller has it, else `backups` beside
    // the office file.
    static QString defaultFolder(const QString& officePath);

    // Copies the office into `folder` (created when missing). Returns the backup's path. InvalidArgument (field
    // "folder") when the folder cannot be created or written; Io when the disk is full; the office is never touched.
    // With a passphrase the copy is encrypted (storage::BackupCipher) and named `<office>-YYYYMMDD-HHMMSS.db.enc`;
    // the clear copy it is made from lives in the same folder, 0600, only until it is encrypted.
    static core::Result<QString> backup(const QString& officePath, const QString& folder,
                                        const QDateTime& now = QDateTime::currentDateTime(),
                                        const QString& passphrase = QString());

    // The office setting backup.encrypt (set by the administrator): backups must be encrypted.
    static bool encryptionRequired(storage::Database& db);
    // Refuses a backup in clear when the office asks for encryption: InvalidArgument (field "passphrase").
    static core::Status requirePassphrase(storage::Database& db, const QString& passphrase);

    // The office's backups in `folder`, newest first, each opened read-only (version, customers; the full
    // integrity check is left to the restore of the one chosen).
    static std::vector<BackupEntry> list(const QString& officePath, const QString& folder);

    // Deletes the office's backups in `folder` beyond the newest of each of the last `daily` days that have one and
    // the newest of each of the `weekly` ISO weeks before those. Returns the paths deleted.
    static std::vector<QString> prune(const QString& officePath, const QString& folder, int daily = 7, int weekly = 4);

    // The automatic backup: one a day (none when `folder` already holds one of today's), then prune to `keepDaily`
    // daily and `keepWeekly` weekly copies (the office settings backup.keep_daily and backup.keep_weekly). Returns the
    // new backup's path, or nothing when today's exists.
    // With `encrypt` (backup.encrypt) and no passphrase at hand (nobody types one at start-up) no backup is made:
    // the caller shows kSkippedEncrypted's warning; a backup is never written in clear when the office asks for
    // encryption.
    static core::Result<std::optional<QString>> daily(const QString& officePath, const QString& folder,
                                                      int keepDaily = 7, int keepWeekly = 4,
                                                      const QDateTime& now = QDateTime::currentDateTime(),
                                                      bool encrypt = false);

    // Before a newer CardDesk upgrades an office's schema: a backup when the file exists and is older than this
    // build (the upgrade cannot be undone otherwise). Returns the backup's path, or nothing when no upgrade is due.
    static core::Result<std::optional<QString>> beforeUpgrade(const QString& officePath, const QString& folder,
                                                              const QDateTime& now = QDateTime::currentDateTime());

    // Replaces the office with `backupFile`: the backup is checked first (a CardDesk office, not damaged, not
    // newer than this build); the office must be open nowhere else (Busy otherwise); the current file is kept as
    // `<office>.before-restore-YYYYMMDD-HHMMSS`; the restored file is opened (older versions are upgraded) and
    // checked, and when that fails the current file is put back. Returns the path the old file was kept at.
    // Each is a whole office, so after a restore only the newest kKeptAside of these copies stay (pruneKeptAside).
    // An encrypted backup is decrypted first, beside the office (0600), with `passphrase`: none given or a wrong one
    // is InvalidArgument (field "passphrase"), a damaged or altered file Corrupt; either way the office is untouched.
    // `administrator`, the user name of the administrator restoring, must be an active administrator of the backup
    // (InvalidArgument, field "administrator", otherwise): another office's file, or one from before that account,
    // would lock them out of the office they just restored.
    static core::Result<QString> restore(const QString& officePath, const QString& backupFile,
                                         const QString& administrator,
                                         const QDateTime& now = QDateTime::currentDateTime(),
                                         const QString& passphrase = QString());

    static constexpr int kKeptAside = 3;
    // Deletes the copies earlier restores kept aside beyond the newest `keep` (by the time in their names). Returns
    // the paths deleted.
    static std::vector<QString> pruneKeptAside(const QString& officePath, int keep = kKeptAside);

private:
    // `backupFile` is read; `chosenFile` is the file the administrator chose (an encrypted one's name, not the
    // decrypted copy's), as messages and the trail name it.
    static core::Result<QString> restorePlain(const QString& officePath, const QString& backupFile,
                                              const QString& chosenFile, const QString& administrator,
                                              const QDateTime& now);
};

} // namespace carddesk::services
