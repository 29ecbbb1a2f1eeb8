#include "storage/BulkWriteJournal.h"

#include "storage/Database.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <atomic>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

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

BulkWriteJournal::BulkWriteJournal(Database& db) : m_db(db)
{
    sqlite3* handle = db.sql().getHandle();
    // Leaving WAL mode waits for no one: another connection means the WAL stays.
    sqlite3_busy_timeout(handle, 0);
    try {
        m_active = db.sql().execAndGet("PRAGMA journal_mode = DELETE").getString() == "delete";
    } catch (const std::exception& e) {
        spdlog::debug("bulk write stays in WAL mode: {}", e.what());
    }
    sqlite3_busy_timeout(handle, db.busyTimeoutMs());
    spdlog::debug("bulk write journal: {}", m_active ? "rollback journal" : "WAL (the file is open elsewhere)");
}

BulkWriteJournal::~BulkWriteJournal()
{
    if (!m_active)
        return;
    try {
        const std::string mode = m_db.sql().execAndGet("PRAGMA journal_mode = WAL").getString();
        if (mode != "wal")
            spdlog::error("{} stayed in journal mode '{}' after a bulk write; the next open switches it to WAL",
                          m_db.path().toStdString(), mode);
    } catch (const std::exception& e) {
        spdlog::error("{} not switched back to WAL after a bulk write ({}); the next open does it",
                      m_db.path().toStdString(), e.what());
    }
}

} // namespace carddesk::storage
