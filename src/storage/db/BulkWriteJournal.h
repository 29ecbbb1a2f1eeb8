#pragma once

#include <cstddef>

namespace carddesk::storage {

class Database;

// For one very large write while the file is open nowhere else: SQLite's rollback journal instead of the WAL.
// In WAL mode every page of a bulk load is written twice, into the WAL at COMMIT and into the database by the
// checkpoint, each time with fsync; a rollback journal keeps only the old content of pages that existed before,
// so the pages a load appends are written once (1 M new cards and 3.55 M orders: 9.1-9.7 s -> 7.3-7.5 s, see
// docs/PERFORMANCE.md). Durability: synchronous=EXTRA while it lasts (the folder is synced after the journal is
// deleted at COMMIT, which FULL does not do), and a crash leaves a journal that SQLite rolls back at the next open.
//
// The switch needs the file to itself: a connection that has the file open (and has read it: every Database has,
// by the end of its open) makes SQLite refuse it at once, and the write goes through the WAL as usual. While the
// rollback journal is on, others opening or reading the file wait for the write to end (Database::open retries
// its switch to WAL up to the busy timeout). WAL mode and synchronous=FULL come back when this object goes,
// whatever happened in between; every open asks for WAL mode too.
class BulkWriteJournal
{
public:
    // For a write of `rows` rows: switches only from minimumRows() on, and never inside a transaction (SQLite
    // changes journal modes only between transactions).
    BulkWriteJournal(Database& db, std::size_t rows);
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
