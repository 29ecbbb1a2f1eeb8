#include "storage/db/Database.h"

#include "core/RegularFile.h"
#include "storage/chain/AuditChainCheck.h"
#include "storage/chain/AuditSealer.h"
#include "storage/db/BaselineSchema.h"
#include "storage/db/CheckFindings.h"
#include "storage/db/Migrations.h"
#include "storage/db/PrivateFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QUrl>

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <cerrno>
#include <map>
#include <mutex>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <sys/vfs.h>
#include <thread>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

constexpr int kBusyRetries = 5;

ErrorCode codeFor(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Busy;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
        return ErrorCode::InvalidArgument;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorCode::Corrupt;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorCode::Io;
    default:
        return ErrorCode::Internal;
    }
}

// Office files found damaged in this process. Once a page is known bad, another write could spread the damage
// (a b-tree balanced over a bad page) or bury it under newer changes: every later write to the file is refused.
std::mutex damagedFilesMutex;
QSet<QString>& damagedFiles()
{
    static QSet<QString> files;
    return files;
}

QString damageKey(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

// Each writable connection's AuditSealer (schema v22), by SQLite handle: made at open, dropped with the connection.
std::mutex sealersMutex;
std::map<sqlite3*, std::unique_ptr<AuditSealer>>& sealers()
{
    static std::map<sqlite3*, std::unique_ptr<AuditSealer>> all;
    return all;
}

AuditSealer* sealerOf(sqlite3* handle)
{
    std::lock_guard lock(sealersMutex);
    const auto found = sealers().find(handle);
    return found == sealers().end() ? nullptr : found->second.get();
}

void attachSealer(sqlite3* handle)
{
    auto sealer = std::make_unique<AuditSealer>();
    sealer->attach(handle);
    std::lock_guard lock(sealersMutex);
    sealers()[handle] = std::move(sealer);
}

// Starts a write transaction's list of rows to seal.
void clearSeals(sqlite3* handle)
{
    if (AuditSealer* sealer = sealerOf(handle))
        sealer->clear();
}

// Seals the rows the write transaction added to the trails, just before its COMMIT.
void sealTrails(SQLite::Database& db)
{
    if (AuditSealer* sealer = sealerOf(db.getHandle()))
        sealer->sealPending(db);
}

QString diskFullMessage(const QString& sqliteMessage)
{
    return QStringLiteral("disk full: there is no space left for the office file or its journal (%1); nothing was "
                          "saved: free some space on that disk and repeat")
        .arg(sqliteMessage);
}

// An I/O error is the disk's (a bad sector, a pulled cable, a network share gone), not damage in the file: SQLite
// rolled the change back, and the office is as it was (tests/services/FaultInjectionTest fails every read, write
// and sync of seven kinds of write and finds it so).
QString diskFailureMessage(const QString& what)
{
    return QStringLiteral("disk failure: the disk could not read or write the office file (%1); nothing was saved: "
                          "check the disk (its cable, or the network share) and try again; if it fails again, copy the "
                          "office and its "
                          "backups to another disk")
        .arg(what);
}

} // namespace

core::Error errorFromException(const std::exception& e)
{
    if (const auto* sqlError = dynamic_cast<const SQLite::Exception*>(&e)) {
        const ErrorCode code = codeFor(sqlError->getErrorCode());
        QString message = QString::fromUtf8(sqlError->what());
        QString field;
        if ((sqlError->getErrorCode() & 0xff) == SQLITE_FULL) {
            // SQLite's own words ("database or disk is full", or "disk I/O error" from some writers) do not say
            // what to do; the change was rolled back, so repeating it once there is space is safe.
            message = diskFullMessage(message);
            field = QStringLiteral("disk_full");
        } else if ((sqlError->getErrorCode() & 0xff) == SQLITE_IOERR) {
            message = diskFailureMessage(message);
            field = QStringLiteral("disk");
        } else if (code == ErrorCode::Corrupt)
            message += QStringLiteral(" (the database file is damaged: `carddesk-cli check` names what is damaged; "
                                      "restore the latest backup, or recover what is readable with `sqlite3 "
                                      "damaged.db .recover | sqlite3 new.db`)");
        return makeError(code, message, field);
    }
    return makeError(ErrorCode::Internal, QString::fromUtf8(e.what()));
}

Database::Database(std::unique_ptr<SQLite::Database> db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

Database::~Database()
{
    if (m_db) {
        sqlite3_update_hook(m_db->getHandle(), nullptr, nullptr);
        std::lock_guard lock(sealersMutex);
        sealers().erase(m_db->getHandle());
    }
}

QString Database::nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString Database::todayIso()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

core::Status Database::checkLocalPath(const QString& path)
{
    if (path.startsWith(QLatin1String("//")) || path.startsWith(QLatin1String("\\\\")) ||
        path.contains(QLatin1String("://")))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is a network path; the database must be on a local disk").arg(path));
    QFileInfo info(path);
    const QString dir = info.absoluteDir().absolutePath();
    struct statfs fs
    {
    };
    if (statfs(QFile::encodeName(dir).constData(), &fs) == 0) {
        const auto type = static_cast<unsigned long>(fs.f_type);
        // NFS, SMB, CIFS, SMB2, Coda, AFS: file locking there cannot be trusted.
        if (type == 0x6969UL || type == 0x517BUL || type == 0xFF534D42UL || type == 0xFE534D42UL ||
            type == 0x73757245UL || type == 0x5346414FUL)
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("%1 is on a network file system; the database must be on a local disk").arg(path));
    }
    return {};
}

core::Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no database path given"));
    if (auto local = checkLocalPath(path); !local)
        return local.error();
    if (auto regular = core::requireRegularFile(path); !regular)
        return regular.error();
    if (options.readOnly)
        return openReadOnly(path, options);
    const bool exists = QFileInfo::exists(path);
    if (!exists && !options.create)
        return makeError(ErrorCode::NotFound, QStringLiteral("database file %1 does not exist").arg(path));
    if (!exists) {
        const QDir parent = QFileInfo(path).absoluteDir();
        if (!parent.exists() && !QDir().mkpath(parent.absolutePath()))
            return makeError(ErrorCode::Io, QStringLiteral("cannot create folder %1").arg(parent.absolutePath()));
        // The office is readable by its owner's account only (0600), whatever the umask; SQLite gives the -wal and
        // -shm files the mode of this file. Conflict: made by someone else meanwhile, which SQLite then opens.
        if (auto made = PrivateFile::create(path); !made && made.error().code != ErrorCode::Conflict)
            return made.error();
    } else if (const QString warning = PrivateFile::warningFor(path); !warning.isEmpty()) {
        spdlog::warn("{}", warning.toStdString());
    }
    // Memory statistics take a global mutex on every allocation; CardDesk never reads them.
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK || true;
    (void)configured;
    try {
        const int flags = SQLite::OPEN_READWRITE | (options.create ? SQLite::OPEN_CREATE : 0) | SQLITE_OPEN_NOFOLLOW |
                          SQLITE_OPEN_NOMUTEX; // one connection per thread: no need for SQLite's own locks
        auto db =
            std::make_unique<SQLite::Database>(QFile::encodeName(path).toStdString(), flags, options.busyTimeoutMs);
        // Not a database at all? Fails here with SQLITE_NOTADB rather than later.
        db->exec("PRAGMA foreign_keys = ON");
        db->exec("PRAGMA trusted_schema = OFF");
        // WAL mode is persistent: set once when the file is made, kept by every later open (CardDesk never leaves it).
        const std::string mode = db->execAndGet("PRAGMA journal_mode = WAL").getString();
        if (mode != "wal")
            return makeError(
                ErrorCode::Io,
                QStringLiteral("cannot switch %1 to WAL mode (got %2)").arg(path, QString::fromStdString(mode)));
        db->exec("PRAGMA synchronous = FULL");
        db->exec("PRAGMA cache_size = -65536"); // 64 MiB page cache
        db->exec("PRAGMA temp_store = MEMORY");
        sqlite3_db_config(db->getHandle(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);

        std::unique_ptr<Database> database(new Database(std::move(db), path));
        database->m_busyTimeoutMs = options.busyTimeoutMs;
        attachSealer(database->m_db->getHandle());
        if (options.quickCheck && exists) {
            const std::string quick = database->m_db->execAndGet("PRAGMA quick_check").getString();
            if (quick != "ok" && CheckFindings::areReadFailures(quick))
                return makeError(ErrorCode::Io,
                                 QStringLiteral("%1: %2").arg(path, diskFailureMessage(CheckFindings::summary(quick))),
                                 QStringLiteral("disk"));
            if (quick != "ok")
                return makeError(ErrorCode::Corrupt,
                                 QStringLiteral("%1 failed quick_check: %2").arg(path, CheckFindings::summary(quick)));
        }
        if (database->schemaVersion() > latestSchemaVersion())
            return makeError(ErrorCode::Corrupt,
                             QStringLiteral("%1 has schema version %2, newer than this CardDesk (%3); update CardDesk")
                                 .arg(path)
                                 .arg(database->schemaVersion())
                                 .arg(latestSchemaVersion()));
        if (options.migrate) {
            if (auto migrated = database->migrate(options.targetVersion); !migrated)
                return migrated.error();
        }
        database->m_hasSearchQueue = database->schemaVersion() >= 2;
        sealerOf(database->m_db->getHandle())->setActive(database->schemaVersion() >= 22);
        return database;
    } catch (const std::exception& e) {
        auto error = errorFromException(e);
        error.message = QStringLiteral("cannot open %1: %2").arg(path, error.message);
        return error;
    }
}

core::Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& path, const Options& options)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, QStringLiteral("database file %1 does not exist").arg(path));
    if (const QString warning = PrivateFile::warningFor(path); !warning.isEmpty())
        spdlog::warn("{}", warning.toStdString());
    const std::string uri = "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/").toStdString();
    const int flags = SQLite::OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX;
    auto attempt = [&](const std::string& parameters) -> std::unique_ptr<SQLite::Database> {
        auto db = std::make_unique<SQLite::Database>(uri + parameters, flags, options.busyTimeoutMs);
        db->exec("PRAGMA trusted_schema = OFF");
        db->execAndGet("SELECT count(*) FROM sqlite_schema"); // reads page 1: not a database? fails here
        return db;
    };
    try {
        std::unique_ptr<SQLite::Database> db;
        try {
            db = attempt("?mode=ro");
        } catch (const SQLite::Exception& e) {
            // A WAL file in a folder we may not write: SQLite cannot make the -shm it needs to read. Nobody can
            // write there either, so the file cannot change under us: immutable reads it without one.
            if ((e.getErrorCode() & 0xff) != SQLITE_CANTOPEN && (e.getErrorCode() & 0xff) != SQLITE_READONLY)
                throw;
            spdlog::info("{} cannot be opened for reading alongside writers ({}); reading it as immutable",
                         path.toStdString(), e.what());
            db = attempt("?immutable=1");
        }
        std::unique_ptr<Database> database(new Database(std::move(db), path));
        database->m_busyTimeoutMs = options.busyTimeoutMs;
        database->m_readOnly = true;
        return database;
    } catch (const std::exception& e) {
        auto error = errorFromException(e);
        error.message = QStringLiteral("cannot open %1: %2").arg(path, error.message);
        return error;
    }
}

int Database::schemaVersion() const
{
    return m_db->execAndGet("PRAGMA user_version").getInt();
}

core::Result<qint64> Database::dataVersion()
{
    try {
        return m_db->execAndGet("PRAGMA data_version").getInt64();
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Status Database::migrate(int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    // A new file gets the current schema in one step (BaselineSchema) instead of every migration since v1; the
    // migrations only bring older files up to it.
    if (targetVersion == latestSchemaVersion()) {
        auto created = write([&]() -> core::Status {
            if (schemaVersion() != 0)
                return {};
            if (m_db->execAndGet("SELECT count(*) FROM sqlite_master").getInt() != 0) {
                // Tables but no version: `sqlite3 office.db .dump | sqlite3 copy.db` copies everything except
                // user_version. A file with exactly the current schema is an office of this version; anything else
                // is not one this CardDesk can tell the version of (the migrations would fail on its tables).
                if (!BaselineSchema::matches(*m_db))
                    return makeError(ErrorCode::Corrupt,
                                     QStringLiteral("%1 has tables but no schema version (PRAGMA user_version is 0), "
                                                    "and they are not those of CardDesk's schema %2; if it is a copy "
                                                    "made with sqlite3's .dump of an older office, open the original "
                                                    "with this CardDesk first and copy it again")
                                         .arg(m_path)
                                         .arg(latestSchemaVersion()));
                spdlog::warn("{} had no schema version (a copy made with sqlite3's .dump?); its tables are those of "
                             "schema {}, which it is now marked as",
                             m_path.toStdString(), latestSchemaVersion());
                m_db->exec("PRAGMA user_version = " + std::to_string(latestSchemaVersion()));
                return {};
            }
            spdlog::info("creating database schema version {}", latestSchemaVersion());
            m_db->exec(BaselineSchema::sql());
            m_db->exec("PRAGMA user_version = " + std::to_string(latestSchemaVersion()));
            return {};
        });
        if (!created)
            return created;
    }
    for (const Migration& step : migrations()) {
        if (step.version > targetVersion)
            break;
        // Re-read inside the transaction: another instance may have migrated meanwhile.
        auto status = write([&]() -> core::Status {
            if (schemaVersion() >= step.version)
                return {};
            spdlog::info("migrating database schema to version {} ({})", step.version, step.description);
            m_db->exec(step.sql);
            if (step.apply)
                step.apply(*m_db);
            m_db->exec("PRAGMA user_version = " + std::to_string(step.version));
            SQLite::Statement fkCheck(*m_db, "PRAGMA foreign_key_check");
            if (fkCheck.executeStep())
                return makeError(ErrorCode::Corrupt,
                                 QStringLiteral("foreign key check failed after migration %1 (table %2)")
                                     .arg(step.version)
                                     .arg(QString::fromStdString(fkCheck.getColumn(0).getString())));
            return {};
        });
        if (!status)
            return status;
    }
    m_hasSearchQueue = schemaVersion() >= 2;
    if (AuditSealer* sealer = sealerOf(m_db->getHandle()))
        sealer->setActive(schemaVersion() >= 22);
    return {};
}

void Database::applySearchQueue()
{
    if (!m_hasSearchQueue)
        return;
    if (m_db->execAndGet("SELECT EXISTS (SELECT 1 FROM customers_fts_pending)").getInt() == 0)
        return;
    // Out of any trigger, so trusted_schema=OFF allows the writes to the FTS5 table.
    m_db->exec("INSERT INTO customers_fts (customers_fts, rowid, search_text) "
               "SELECT 'delete', id, indexed_text FROM customers_fts_pending WHERE indexed_text IS NOT NULL");
    m_db->exec("INSERT INTO customers_fts (rowid, search_text) "
               "SELECT c.id, c.search_text FROM customers_fts_pending p JOIN customers c ON c.id = p.id");
    m_db->exec("DELETE FROM customers_fts_pending");
}

core::Result<QStringList> Database::quickCheck()
{
    QStringList problems;
    try {
        SQLite::Statement quick(*m_db, "PRAGMA quick_check");
        while (quick.executeStep()) {
            const std::string line = quick.getColumn(0).getString();
            if (line != "ok")
                problems << QString::fromStdString(line);
        }
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
    return problems;
}

core::Result<QStringList> Database::check()
{
    auto damage = findDamage();
    if (!damage)
        return damage;
    // Changes made outside CardDesk to the trails and the users (schema v22's hash chain): not damage, and not
    // figures that disagree either, so they come between the two.
    auto tampering = AuditChainCheck::run(*this);
    if (!tampering)
        return tampering;
    auto inconsistencies = findInconsistencies();
    if (!inconsistencies)
        return inconsistencies;
    return *damage + *tampering + *inconsistencies;
}

core::Result<QStringList> Database::findDamage()
{
    QStringList problems;
    try {
        SQLite::Statement integrity(*m_db, "PRAGMA integrity_check");
        while (integrity.executeStep()) {
            const std::string line = integrity.getColumn(0).getString();
            if (line != "ok")
                problems << QStringLiteral("integrity: %1").arg(QString::fromStdString(line));
        }
        SQLite::Statement fk(*m_db, "PRAGMA foreign_key_check");
        while (fk.executeStep())
            problems << QStringLiteral("foreign key: table %1 row %2 refers to missing %3")
                            .arg(QString::fromStdString(fk.getColumn(0).getString()))
                            .arg(fk.getColumn(1).getInt64())
                            .arg(QString::fromStdString(fk.getColumn(2).getString()));
        if (schemaVersion() != latestSchemaVersion())
            problems
                << QStringLiteral("schema version %1, expected %2").arg(schemaVersion()).arg(latestSchemaVersion());
    } catch (const std::exception& e) {
        auto error = errorFromException(e);
        if (error.code == ErrorCode::Corrupt)
            markDamaged(m_path);
        return error;
    }
    if (std::any_of(problems.begin(), problems.end(),
                    [](const QString& p) { return p.startsWith(QLatin1String("integrity: ")); }))
        markDamaged(m_path);
    return problems;
}

core::Result<QStringList> Database::findInconsistencies()
{
    QStringList problems;
    try {
        // paid_amount is what the overdue figures read; CardDesk writes it with each payment, but an edit in
        // another tool may change one without the other. Cents apart is rounding, not a difference.
        SQLite::Statement paid(*m_db, "SELECT r.id FROM receivables r WHERE abs(r.paid_amount - (SELECT "
                                      "coalesce(sum(p.amount), 0) FROM payments p WHERE p.receivable_id = r.id)) "
                                      "> 0.005 ORDER BY r.id");
        QStringList unequal;
        qint64 unequalCount = 0;
        while (paid.executeStep())
            if (++unequalCount <= 5)
                unequal << QString::number(paid.getColumn(0).getInt64());
        if (unequalCount > 0)
            problems << QStringLiteral("paid amount: %1 receivable(s) whose paid_amount is not the sum of their "
                                       "payments (ids %2%3)")
                            .arg(unequalCount)
                            .arg(unequal.join(QStringLiteral(", ")))
                            .arg(unequalCount > 5 ? QStringLiteral(", …") : QString());
    } catch (const std::exception& e) {
        auto error = errorFromException(e);
        if (error.code == ErrorCode::Corrupt)
            markDamaged(m_path);
        return error;
    }
    return problems;
}

void Database::markDamaged(const QString& path)
{
    std::lock_guard lock(damagedFilesMutex);
    damagedFiles().insert(damageKey(path));
}

void Database::forgetDamage(const QString& path)
{
    std::lock_guard lock(damagedFilesMutex);
    damagedFiles().remove(damageKey(path));
}

bool Database::damageSeen(const QString& path)
{
    std::lock_guard lock(damagedFilesMutex);
    return damagedFiles().contains(damageKey(path));
}

core::Error Database::errorWithSystemCause(const std::exception& e)
{
    core::Error error = errorFromException(e);
    // Some writers (the WAL index, a journal's sync) report a full disk as a plain I/O error; the errno behind it
    // tells.
    if (error.code == ErrorCode::Io && !error.message.startsWith(QLatin1String("disk full")) &&
        sqlite3_system_errno(m_db->getHandle()) == ENOSPC) {
        error.message = diskFullMessage(error.message);
        error.field = QStringLiteral("disk_full");
    }
    return error;
}

core::Status Database::write(const std::function<core::Status()>& fn)
{
    if (m_inTransaction)
        return fn(); // nested call: part of the caller's transaction
    if (m_readOnly)
        return makeError(ErrorCode::Io, QStringLiteral("%1 is open read-only: nothing can be written").arg(m_path));
    if (damageSeen(m_path))
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("%1 was found damaged earlier in this session, so nothing more is written to "
                                        "it: restore the latest backup, or recover what is readable with `sqlite3 "
                                        "damaged.db .recover | sqlite3 new.db`")
                             .arg(m_path));
    for (int attempt = 0;; ++attempt) {
        try {
            m_db->exec("BEGIN IMMEDIATE");
        } catch (const std::exception& e) {
            auto error = errorFromException(e);
            if (error.code == ErrorCode::Busy && attempt < kBusyRetries) {
                std::this_thread::sleep_for(std::chrono::milliseconds(50 * (attempt + 1)));
                continue;
            }
            return error;
        }
        m_inTransaction = true;
        clearSeals(m_db->getHandle());
        core::Status status;
        try {
            status = fn();
            if (status) {
                applySearchQueue();
                sealTrails(*m_db);
                m_db->exec("COMMIT");
            }
        } catch (const std::exception& e) {
            status = errorWithSystemCause(e);
        }
        m_inTransaction = false;
        if (!status && status.error().code == ErrorCode::Corrupt)
            markDamaged(m_path);
        if (!status) {
            try {
                if (sqlite3_get_autocommit(m_db->getHandle()) == 0)
                    m_db->exec("ROLLBACK");
            } catch (const std::exception& e) {
                spdlog::error("rollback failed: {}", e.what());
            }
        }
        return status;
    }
}

core::Status Database::writeWithoutForeignKeyChecks(const std::function<core::Status()>& fn)
{
    if (m_inTransaction)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("foreign-key checks cannot be switched off inside a transaction"));
    try {
        m_db->exec("PRAGMA foreign_keys = OFF");
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
    // Back on whatever happens in fn, and verified: inside a transaction left open by a failed ROLLBACK SQLite
    // would ignore the switch without a word.
    auto restore = [this]() -> core::Status {
        try {
            if (sqlite3_get_autocommit(m_db->getHandle()) == 0)
                m_db->exec("ROLLBACK");
            m_db->exec("PRAGMA foreign_keys = ON");
            if (m_db->execAndGet("PRAGMA foreign_keys").getInt() == 1)
                return {};
        } catch (const std::exception& e) {
            spdlog::error("foreign keys could not be switched back on: {}", e.what());
        }
        return makeError(ErrorCode::Internal, QStringLiteral("foreign-key checks could not be switched back on"));
    };
    core::Status status;
    try {
        status = write(fn);
    } catch (...) {
        m_inTransaction = false;
        restore();
        throw;
    }
    if (auto restored = restore(); !restored && status)
        status = restored;
    return status;
}

void Database::releaseCacheMemory()
{
    sqlite3_db_release_memory(m_db->getHandle());
}

core::Status Database::read(const std::function<core::Status()>& fn)
{
    if (m_inTransaction)
        return fn();
    // CardDesk's own writes empty the search queue before they commit, so rows in it were left by another tool's
    // change to customers (the sqlite3 shell, DB Browser). They go into the index in a write of their own, before
    // this read takes its snapshot, so that its searches see the change. Without waiting: while another connection
    // writes, the read goes on (that write, if CardDesk's, indexes them before it commits).
    if (m_hasSearchQueue && !m_readOnly && !damageSeen(m_path)) {
        sqlite3* handle = m_db->getHandle();
        try {
            if (m_db->execAndGet("SELECT EXISTS (SELECT 1 FROM customers_fts_pending)").getInt() != 0) {
                sqlite3_busy_timeout(handle, 0);
                const bool locked = sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
                sqlite3_busy_timeout(handle, m_busyTimeoutMs);
                if (locked) {
                    applySearchQueue();
                    m_db->exec("COMMIT");
                }
            }
        } catch (const std::exception& e) {
            sqlite3_busy_timeout(handle, m_busyTimeoutMs);
            if (sqlite3_get_autocommit(handle) == 0)
                sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            spdlog::warn("changes made outside CardDesk not yet in the search index: {}", e.what());
        }
    }
    try {
        m_db->exec("BEGIN");
        m_inTransaction = true;
        clearSeals(m_db->getHandle());
        core::Status status = fn();
        m_inTransaction = false;
        // Only when fn wrote customers through a nested write(): a read's snapshot may be older than another
        // connection's commit, and SQLite refuses to turn such a read into a write ("database is locked").
        if (status && sqlite3_txn_state(m_db->getHandle(), "main") == SQLITE_TXN_WRITE) {
            applySearchQueue();
            sealTrails(*m_db);
        }
        m_db->exec(status ? "COMMIT" : "ROLLBACK");
        return status;
    } catch (const std::exception& e) {
        m_inTransaction = false;
        if (sqlite3_get_autocommit(m_db->getHandle()) == 0)
            m_db->exec("ROLLBACK");
        return errorFromException(e);
    }
}

} // namespace carddesk::storage
