#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace carddesk::storage {

// Seals the trail rows a write transaction added (schema v22, AuditSeal): an update hook on the connection notes
// every row CardDesk inserts into audit_log and access_log and every users row it writes; before COMMIT,
// sealPending() writes a snapshot row of each such user whose role, area, active flag or password changed, then
// seals the noted rows in id order, chained to the head kept in audit_chain. Rows another tool inserted are never
// noted, so they stay unsealed and `check` reports them. The head is read inside the write transaction (BEGIN
// IMMEDIATE: one writer at a time), so two processes writing at once extend one chain.
class AuditSealer
{
public:
    void attach(sqlite3* db);
    // Sealing is on from schema v22 (the migrations run with it off; v22's step seals everything itself).
    void setActive(bool active) { m_active = active; }
    void clear();
    void sealPending(SQLite::Database& db);

    // Schema v22: a snapshot of every user, then every row of both trails sealed, in id order (rows written before
    // v22 are sealed as they are found: the chain vouches for them from the migration on).
    static void sealEverything(SQLite::Database& db);

    // The snapshot text of a user as the users table holds them now ("deleted" when the row is gone).
    static std::string userState(SQLite::Database& db, std::int64_t userId);

private:
    static void onUpdate(void* self, int operation, const char* database, const char* table, sqlite3_int64 rowId);
    static void writeUserSnapshots(SQLite::Database& db, const std::set<std::int64_t>& users,
                                   std::vector<std::int64_t>* inserted);
    static void sealAudit(SQLite::Database& db, std::int64_t fromId, const std::vector<std::int64_t>* only);
    static void sealAccess(SQLite::Database& db, std::int64_t fromId, const std::vector<std::int64_t>* only);

    std::vector<std::int64_t> m_audit;
    std::vector<std::int64_t> m_access;
    std::set<std::int64_t> m_users;
    bool m_active = false;
};

} // namespace carddesk::storage
