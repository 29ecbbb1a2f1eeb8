#pragma once

#include <cstddef>

namespace carddesk::storage {

class Database;

// For one very large write while the file is open nowhere else: SQLite's rollback journal instead of the WAL.
// In WAL mode every page of a bulk load is written twice, into the WAL at COMMIT and into the database by the
// checkpoint, each time with fsync; a rollback journal keeps only the old content of pages that existed before,
// so the pages a load appends are written once (1 M new cards and 3.55 M orders: 9.1-9.7 s -> 6.9-7.0 s, see
// docs/PERFORMANCE.md). Durability is the same: synchronous=FULL, and a crash leaves a journal that SQLite rolls
// back at the next open.
//
// The switch needs the file to itself: with another connection open (this process's or another's) it is refused
// at once, without waiting, and the write goes through the WAL as usual. While the rollback journal is on,
// others opening the file wait for the write (their busy timeout). WAL mode comes back when this object goes,
// whatever happened in between; every open asks for WAL mode too (Database::open).
class BulkWriteJournal
{
public:
    // Must be made outside a transaction (SQLite changes journal modes only between transactions).
    explicit BulkWriteJournal(Database& db);
    ~BulkWriteJournal();
    BulkWriteJournal(const BulkWriteJournal&) = delete;
    BulkWriteJournal& operator=(const BulkWriteJournal&) = delete;

    // true when the rollback journal is on (the switch was not refused).
    bool active() const { return m_active; }

    // Writes of this many rows or more are worth the switch (100,000; tests lower it to reach the bulk path with
    // small data). Below it the WAL's one fsync per COMMIT is cheaper than a journal file per transaction.
    static std::size_t minimumRows();
    static void setMinimumRows(std::size_t rows);

private:
    Database& m_db;
    bool m_active = false;
};

} // namespace carddesk::storage
