#include "storage/db/BulkWriteJournal.h"

#include "storage/db/Database.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <atomic>
#include <chrono>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <thread>

namespace carddesk::storage {

namespace {
std::atomic<std::size_t> g_minimumRows{100'000};
} // namespace

std::size_t BulkWriteJournal::minimumRows()
{
    return g_minimumRows.load();
}

void BulkWriteJournal::setMinimumRows(std::size_t rows)
{
    g_minimumRows.store(rows);
}

BulkWriteJournal::BulkWriteJournal(Database& db, std::size_t rows) : m_db(db)
{
    SQLite::Database& sql = db.sql();
    // Small writes keep the WAL; never inside a transaction (SQLite would refuse the switch anyway).
    if (rows < minimumRows() || sqlite3_get_autocommit(sql.getHandle()) == 0)
        return;
    try {
        // Refused at once, without the busy handler, when another connection has the file open and has read it.
        m_active = sql.execAndGet("PRAGMA journal_mode = DELETE").getString() == "delete";
        // FULL does not sync the folder after the journal is deleted at COMMIT; EXTRA does, so a power cut
        // right after a COMMIT cannot bring the journal back and undo the write.
        if (m_active)
            sql.exec("PRAGMA synchronous = EXTRA");
    } catch (const std::exception& e) {
        spdlog::debug("bulk write stays in WAL mode: {}", e.what());
    }
    spdlog::debug("bulk write journal: {}", m_active ? "rollback journal" : "WAL (the file is open elsewhere)");
}

BulkWriteJournal::~BulkWriteJournal()
{
    if (!m_active)
        return;
    SQLite::Database& sql = m_db.sql();
    // Another process opening the file may be switching it to WAL itself at this moment (BUSY): retry a little,
    // then look at what the file is in.
    std::string mode;
    for (int attempt = 0; attempt < 50 && mode != "wal"; ++attempt) {
        try {
            mode = sql.execAndGet("PRAGMA journal_mode = WAL").getString();
        } catch (const std::exception& e) {
            if (attempt == 49)
                spdlog::error("{} not switched back to WAL after a bulk write ({}); the next open does it",
                              m_db.path().toStdString(), e.what());
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    try {
        sql.exec("PRAGMA synchronous = FULL");
        if (mode != "wal")
            mode = sql.execAndGet("PRAGMA journal_mode").getString();
    } catch (const std::exception& e) {
        spdlog::error("{}: connection settings after a bulk write: {}", m_db.path().toStdString(), e.what());
    }
    if (mode != "wal")
        spdlog::error("{} stayed in journal mode '{}' after a bulk write; the next open switches it to WAL",
                      m_db.path().toStdString(), mode);
}

} // namespace carddesk::storage
