#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace carddesk::storage {

// What a backup file (or any office file) holds, read without changing it.
struct OfficeFileInfo
{
    QString path;
    int schemaVersion = 0;
    qint64 customers = 0;
    qint64 users = 0;
    QDateTime lastChange;        // the newest audit_log time stamp; invalid for an empty office
    bool encryptBackups = false; // the office setting backup.encrypt is on
    QString officeName;          // the office setting office.name
    QStringList activeAdmins;    // the user names of its active administrators
};

// Copies and checks office files with SQLite itself; the rules of when, where and how many are
// services::BackupService's.
class DatabaseBackup
{
public:
    // Copies the office at `sourcePath` into `targetPath` with SQLite's online backup API, from a connection of its
    // own: in WAL mode the copy reads one snapshot and never blocks the office's writers. The copy is written as
    // `targetPath`.part, switched to a rollback journal (one self-contained file), checked with integrity_check,
    // synced to disk and only then renamed to `targetPath`, so a half-written backup never carries the final name.
    static core::Status copy(const QString& sourcePath, const QString& targetPath);

    // Reads a file without changing it: an Io error when it cannot be read, Corrupt when it is not a CardDesk office,
    // fails integrity_check (when `check`: before a restore; a listing skips it, as it reads the whole file, 15-60 s
    // for a million customers), or was written by a newer CardDesk (schema above `newestSchemaVersion`).
    static core::Result<OfficeFileInfo> inspect(const QString& path, int newestSchemaVersion, bool check = true);

    // Takes the office file for the caller alone: switches it from WAL to a rollback journal, which SQLite allows only
    // when no other connection (a CardDesk window, carddesk-cli) has it open. Busy when one has; the next ordinary
    // open switches it back to WAL.
    static core::Status takeForReplacement(const QString& path);

    // Writes `path`'s data and its folder's entry to disk (fsync), so a rename that follows survives a power cut.
    static core::Status syncFile(const QString& path);
    static core::Status syncFolderOf(const QString& path);

    // Deletes a database file that is given up together with its rollback journal, WAL and WAL index: a journal left
    // behind would be "hot" and rolled back into the next file that takes the name.
    static void removeWithJournals(const QString& path);
};

} // namespace carddesk::storage
