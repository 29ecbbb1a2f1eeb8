#include "storage/repositories/HandoverStore.h"

#include "storage/access/AccessScope.h"
#include "storage/db/Database.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

core::Result<qint64> HandoverStore::areaOf(Session& session, qint64 userId)
{
    SQLite::Statement from(session.db().sql(), "SELECT area_id FROM users WHERE id = ?");
    from.bind(1, static_cast<int64_t>(userId));
    if (!from.executeStep())
        return makeError(ErrorCode::NotFound, QStringLiteral("user %1 does not exist").arg(userId),
                         QStringLiteral("from"));
    return sqlbind::toId(from.getColumn(0));
}

namespace {

// The temporary list of the customers to move, emptied.
void startPicking(Session& session)
{
    auto& db = session.db().sql();
    db.exec("CREATE TEMP TABLE IF NOT EXISTS handover_ids (id INTEGER PRIMARY KEY)");
    db.exec("DELETE FROM temp.handover_ids");
}

} // namespace

core::Result<qint64> HandoverStore::pick(Session& session, qint64 fromUserId, const std::vector<qint64>& customerIds)
{
    auto& db = session.db().sql();
    // Scoped: a manager cannot move another area's customers.
    startPicking(session);
    const std::string scope = AccessScope::customerFilter(session, "c");
    if (customerIds.empty()) {
        SQLite::Statement all(db, "INSERT INTO temp.handover_ids SELECT c.id FROM customers c WHERE c.owner_id = ? "
                                  "AND " +
                                      scope);
        all.bind(1, static_cast<int64_t>(fromUserId));
        all.exec();
    } else {
        SQLite::Statement one(db, "INSERT OR IGNORE INTO temp.handover_ids SELECT c.id FROM customers c "
                                  "WHERE c.id = ? AND c.owner_id = ? AND " +
                                      scope);
        for (qint64 id : customerIds) {
            one.bind(1, static_cast<int64_t>(id));
            one.bind(2, static_cast<int64_t>(fromUserId));
            if (one.exec() != 1)
                return makeError(
                    ErrorCode::InvalidArgument,
                    QStringLiteral("customer %1 is not assigned to user %2 in your scope").arg(id).arg(fromUserId),
                    QStringLiteral("customers"));
            one.reset();
        }
    }
    return db.execAndGet("SELECT count(*) FROM temp.handover_ids").getInt64();
}

void HandoverStore::pickExactly(Session& session, const std::vector<qint64>& customerIds)
{
    startPicking(session);
    SQLite::Statement one(session.db().sql(), "INSERT OR IGNORE INTO temp.handover_ids (id) VALUES (?)");
    for (qint64 id : customerIds) {
        one.bind(1, static_cast<int64_t>(id));
        one.exec();
        one.reset();
    }
}

void HandoverStore::moveCustomers(Session& session, qint64 fromUserId, qint64 toUserId)
{
    auto& db = session.db().sql();
    const QString now = Database::nowIso();
    SQLite::Statement audit(db, "INSERT INTO audit_log (at, user_id, action, table_name, row_id, customer_id, "
                                "field, old_value, new_value) SELECT ?, ?, 'handover', 'customers', id, id, "
                                "'owner_id', ?, ? FROM temp.handover_ids");
    sqlbind::text(audit, 1, now);
    audit.bind(2, static_cast<int64_t>(session.userId()));
    audit.bind(3, std::to_string(fromUserId));
    audit.bind(4, std::to_string(toUserId));
    audit.exec();
    SQLite::Statement move(db, "UPDATE customers SET owner_id = ?, updated_at = ?, row_version = row_version + 1 "
                               "WHERE id IN (SELECT id FROM temp.handover_ids)");
    move.bind(1, static_cast<int64_t>(toUserId));
    sqlbind::text(move, 2, now);
    move.exec();
}

namespace {

// One audit row per row that follows the customers (action 'handover'), as moveCustomers writes for the customers.
// `which` selects them with ?5, the user they leave.
void auditFollowers(Session& session, const char* table, const char* field, const std::string& which, qint64 fromUserId,
                    qint64 toUserId)
{
    SQLite::Statement audit(session.db().sql(),
                            std::string("INSERT INTO audit_log (at, user_id, action, table_name, row_id, customer_id, "
                                        "field, old_value, new_value) SELECT ?1, ?2, 'handover', '") +
                                table + "', id, customer_id, '" + field + "', ?3, ?4 FROM " + table + " WHERE " +
                                which);
    sqlbind::text(audit, 1, Database::nowIso());
    audit.bind(2, static_cast<int64_t>(session.userId()));
    audit.bind(3, std::to_string(fromUserId));
    audit.bind(4, std::to_string(toUserId));
    audit.bind(5, static_cast<int64_t>(fromUserId));
    audit.exec();
}

} // namespace

void HandoverStore::moveOpenComplaints(Session& session, qint64 fromUserId, qint64 toUserId)
{
    const std::string which = "owner_id = ?5 AND status NOT IN ('resolved', 'closed') AND customer_id IN (SELECT id "
                              "FROM temp.handover_ids)";
    auditFollowers(session, "complaints", "owner_id", which, fromUserId, toUserId);
    SQLite::Statement complaints(session.db().sql(),
                                 "UPDATE complaints SET owner_id = ?4, row_version = row_version + 1 WHERE " + which);
    complaints.bind(5, static_cast<int64_t>(fromUserId));
    complaints.bind(4, static_cast<int64_t>(toUserId));
    complaints.exec();
}

void HandoverStore::movePlannedVisits(Session& session, qint64 fromUserId, qint64 toUserId)
{
    const std::string which =
        "user_id = ?5 AND status = 'planned' AND customer_id IN (SELECT id FROM temp.handover_ids)";
    auditFollowers(session, "visits", "user_id", which, fromUserId, toUserId);
    SQLite::Statement visits(session.db().sql(), "UPDATE visits SET user_id = ?4 WHERE " + which);
    visits.bind(5, static_cast<int64_t>(fromUserId));
    visits.bind(4, static_cast<int64_t>(toUserId));
    visits.exec();
}

void HandoverStore::finish(Session& session)
{
    session.db().sql().exec("DELETE FROM temp.handover_ids");
}

} // namespace carddesk::storage
