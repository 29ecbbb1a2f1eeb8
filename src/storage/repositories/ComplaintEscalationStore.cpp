#include "storage/repositories/ComplaintEscalationStore.h"

#include "storage/access/RowAudit.h"
#include "storage/db/Database.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

std::vector<EscalationCandidate> ComplaintEscalationStore::candidates(Session& session, const QDateTime& when)
{
    std::vector<EscalationCandidate> open;
    // Candidates only: the rules themselves are applied by the service, on parsed times.
    SQLite::Statement q(session.db().sql(),
                        "SELECT id, customer_id, level, status, deadline, escalation_level, escalated_at "
                        "FROM complaints WHERE status NOT IN ('resolved', 'closed') AND "
                        "escalation_level < 2 AND (level >= 4 OR deadline < ?) ORDER BY id");
    sqlbind::text(q, 1, when.toUTC().toString(Qt::ISODate));
    while (q.executeStep()) {
        EscalationCandidate c;
        c.id = q.getColumn(0).getInt64();
        c.customerId = q.getColumn(1).getInt64();
        c.level = q.getColumn(2).getInt();
        c.status = sqlbind::toQString(q.getColumn(3));
        c.deadline = sqlbind::toDateTime(q.getColumn(4));
        c.escalationLevel = q.getColumn(5).getInt();
        c.escalatedAt = sqlbind::toQString(q.getColumn(6));
        open.push_back(std::move(c));
    }
    return open;
}

bool ComplaintEscalationStore::escalate(Session& session, const EscalationCandidate& c, int target,
                                        const QDateTime& when, const QString& note)
{
    auto& db = session.db().sql();
    const QString whenText = when.toUTC().toString(Qt::ISODate);
    SQLite::Statement update(db, "UPDATE complaints SET escalation_level = ?, escalated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND escalation_level = ?");
    update.bind(1, target);
    sqlbind::text(update, 2, whenText);
    update.bind(3, static_cast<int64_t>(c.id));
    update.bind(4, c.escalationLevel);
    if (update.exec() != 1)
        return false;
    RowAudit::updated(
        session, QStringLiteral("complaints"), c.id, c.customerId,
        {{QStringLiteral("escalation_level"), QString::number(c.escalationLevel)},
         {QStringLiteral("escalated_at"), c.escalatedAt}},
        {{QStringLiteral("escalation_level"), QString::number(target)}, {QStringLiteral("escalated_at"), whenText}});
    SQLite::Statement history(db, "INSERT INTO complaint_history (complaint_id, from_status, to_status, user_id, "
                                  "at, note) VALUES (?, ?, ?, ?, ?, ?)");
    history.bind(1, static_cast<int64_t>(c.id));
    sqlbind::text(history, 2, c.status);
    sqlbind::text(history, 3, c.status);
    sqlbind::optionalId(history, 4, session.userId());
    sqlbind::text(history, 5, Database::nowIso());
    sqlbind::text(history, 6, note);
    history.exec();
    const qint64 historyId = db.getLastInsertRowid();
    RowAudit::inserted(session, QStringLiteral("complaint_history"), historyId, c.customerId,
                       {{QStringLiteral("complaint_id"), QString::number(c.id)},
                        {QStringLiteral("from_status"), c.status},
                        {QStringLiteral("to_status"), c.status},
                        {QStringLiteral("note"), note}});
    return true;
}

} // namespace carddesk::storage
