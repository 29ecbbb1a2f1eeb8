#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace SQLite {
class Database;
}

namespace carddesk::storage {

// The one connection to the office database file. Owns the SQLite handle (through SQLiteCpp) and applies the
// storage rules on every open: WAL, synchronous=FULL, foreign keys, trusted_schema off, busy timeout,
// quick_check, numbered migrations on user_version. Not shared between threads: open one per thread.
class Database
{
public:
    struct Options
    {
        bool create = true;     // create the file when missing
        bool migrate = true;    // bring the schema to the latest version
        int targetVersion = -1; // -1: latest; tests stop at an older version to test migrations
        int busyTimeoutMs = 30000;
        bool quickCheck = true;
        // Opens the file read-only and writes nothing (no WAL switch, no migration, no -wal/-shm made when the
        // folder is read-only): for `check` on read-only media and on damaged files. Implies migrate = false.
        bool readOnly = false;
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static core::Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static core::Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }

    bool isReadOnly() const { return m_readOnly; }

    // Damage met in this process (a write that hit a bad page, a failed integrity check) marks the file: every
    // later write to it, on any connection of this process, is refused with ErrorCode::Corrupt.
    static void markDamaged(const QString& path);
    static bool damageSeen(const QString& path);
    // A restore put another file in its place.
    static void forgetDamage(const QString& path);

    // Refuses paths on network file systems (NFS, SMB/CIFS, sshfs): SQLite's locking is unreliable there.
    static core::Status checkLocalPath(const QString& path);

    QString path() const { return m_path; }
    // How long a statement waits for another connection's lock before SQLITE_BUSY (Options::busyTimeoutMs).
    int busyTimeoutMs() const { return m_busyTimeoutMs; }
    int schemaVersion() const;
    // PRAGMA data_version: changes whenever another connection (window, process) commits to the file; a cheap
    // poll that tells a reader its cached pages are out of date.
    core::Result<qint64> dataVersion();
    core::Status migrate(int targetVersion = -1);

    // PRAGMA quick_check: the problems it reports (empty when the file is sound). O(file size): the desktop
    // application runs it on a second connection after its window shows, not before the log-in dialog.
    core::Result<QStringList> quickCheck();

    // What `carddesk-cli check` reports: findDamage() then findInconsistencies(); an empty list means all is well.
    core::Result<QStringList> check();
    // The file's soundness: integrity_check, foreign_key_check and the schema version. A file with any of these is
    // not to be trusted (a restore refuses it).
    core::Result<QStringList> findDamage();
    // Sound rows whose figures disagree, as an edit in another tool leaves them (a receivable's paid_amount that is
    // not the sum of its payments): worth fixing, but the file is still the office as it was.
    core::Result<QStringList> findInconsistencies();

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT. Any error (a returned one or a thrown SQLite exception)
    // rolls back, so nothing is half-written. SQLITE_BUSY past the busy timeout is retried a few times
    // before it is reported as ErrorCode::Busy.
    core::Status write(const std::function<core::Status()>& fn);

    // write() with SQLite's foreign-key checks off, for bulk writers whose every reference is true by
    // construction inside the transaction (ids read or inserted under the same write lock, the session's own
    // user): a parent look-up per row is a third of an order import. The checks are back on afterwards, also
    // on failure; refused inside another transaction, where SQLite would ignore the switch.
    core::Status writeWithoutForeignKeyChecks(const std::function<core::Status()>& fn);

    // Runs fn inside a read transaction (a consistent snapshot for multi-statement reads).
    core::Status read(const std::function<core::Status()>& fn);

    SQLite::Database& sql() { return *m_db; }

    // Gives this connection's page cache back to the system (after a large read whose pages are not needed again).
    void releaseCacheMemory();

    // ISO time stamps used in every table; UTC so that two instances never disagree.
    static QString nowIso();
    static QString todayIso();

private:
    Database(std::unique_ptr<SQLite::Database> db, QString path);
    static core::Result<std::unique_ptr<Database>> openReadOnly(const QString& path, const Options& options);

    // errorFromException, and "disk full" for an I/O error whose system error is ENOSPC.
    core::Error errorWithSystemCause(const std::exception& e);

    // Brings customers_fts up to date with the rows the triggers queued (see schema v2); runs before COMMIT.
    void applySearchQueue();

    std::unique_ptr<SQLite::Database> m_db;
    QString m_path;
    int m_busyTimeoutMs = 0;
    bool m_inTransaction = false;
    bool m_readOnly = false;
    bool m_hasSearchQueue = false; // schema v2 or later: customers_fts_pending exists
};

// Converts an exception thrown inside the storage layer into an error value.
core::Error errorFromException(const std::exception& e);

} // namespace carddesk::storage
