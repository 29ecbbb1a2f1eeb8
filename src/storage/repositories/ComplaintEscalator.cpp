#include "storage/repositories/ComplaintEscalator.h"

#include "storage/access/AccessScope.h"
#include "storage/access/RowAudit.h"
#include "storage/db/SqlBinding.h"
#include "storage/repositories/ComplaintDeadline.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

struct OpenComplaint
{
    qint64 id = 0;
    qint64 customerId = 0;
    int level = 1;
    QString status;
    QDateTime deadline;
    int escalationLevel = 0;
    QString escalatedAt;
};

int targetLevel(const OpenComplaint& c, const QDateTime& asOf, int adminDays)
{
    if (c.deadline.isValid() && asOf > ComplaintDeadline::addCalendarDays(c.deadline, adminDays))
        return 2;
    if ((c.deadline.isValid() && asOf > c.deadline) || c.level >= 4)
        return 1;
    return 0;
}

} // namespace

QString ComplaintEscalator::noteFor(int escalationLevel)
{
    return escalationLevel >= 2 ? QStringLiteral("escalated to admin") : QStringLiteral("escalated to area manager");
}

core::Result<EscalationCounts> ComplaintEscalator::run(Session& session, const QDateTime& asOf)
{
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The escalation time is not a valid time."),
                         QStringLiteral("as_of"));
    const QDateTime when = asOf.toUTC();
    const QString whenText = when.toString(Qt::ISODate);
    EscalationCounts counts;
    auto status = session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireRole(session, core::Role::Rep,
                                               QStringLiteral("running the escalation "
                                                              "rules"));
            !ok)
            return ok;
        auto& db = session.db().sql();
        const int adminDays = ComplaintDeadline::adminEscalationDays(session.db());
        std::vector<OpenComplaint> open;
        {
            // Candidates only: the rules themselves are applied below, on parsed times.
            SQLite::Statement q(db, "SELECT id, customer_id, level, status, deadline, escalation_level, escalated_at "
                                    "FROM complaints WHERE status NOT IN ('resolved', 'closed') AND "
                                    "escalation_level < 2 AND (level >= 4 OR deadline < ?) ORDER BY id");
            sqlbind::text(q, 1, whenText);
            while (q.executeStep()) {
                OpenComplaint c;
                c.id = q.getColumn(0).getInt64();
                c.customerId = q.getColumn(1).getInt64();
                c.level = q.getColumn(2).getInt();
                c.status = sqlbind::toQString(q.getColumn(3));
                c.deadline = sqlbind::toDateTime(q.getColumn(4));
                c.escalationLevel = q.getColumn(5).getInt();
                c.escalatedAt = sqlbind::toQString(q.getColumn(6));
                open.push_back(std::move(c));
            }
        }
        SQLite::Statement update(db, "UPDATE complaints SET escalation_level = ?, escalated_at = ?, "
                                     "row_version = row_version + 1 WHERE id = ? AND escalation_level = ?");
        SQLite::Statement history(db, "INSERT INTO complaint_history (complaint_id, from_status, to_status, user_id, "
                                      "at, note) VALUES (?, ?, ?, ?, ?, ?)");
        for (const OpenComplaint& c : open) {
            const int target = targetLevel(c, when, adminDays);
            if (target <= c.escalationLevel)
                continue;
            update.bind(1, target);
            sqlbind::text(update, 2, whenText);
            update.bind(3, static_cast<int64_t>(c.id));
            update.bind(4, c.escalationLevel);
            const int changed = update.exec();
            update.reset();
            if (changed != 1)
                continue;
            RowAudit::updated(session, QStringLiteral("complaints"), c.id, c.customerId,
                              {{QStringLiteral("escalation_level"), QString::number(c.escalationLevel)},
                               {QStringLiteral("escalated_at"), c.escalatedAt}},
                              {{QStringLiteral("escalation_level"), QString::number(target)},
                               {QStringLiteral("escalated_at"), whenText}});
            const QString note = noteFor(target);
            history.bind(1, static_cast<int64_t>(c.id));
            sqlbind::text(history, 2, c.status);
            sqlbind::text(history, 3, c.status);
            sqlbind::optionalId(history, 4, session.userId());
            sqlbind::text(history, 5, Database::nowIso());
            sqlbind::text(history, 6, note);
            history.exec();
            history.reset();
            const qint64 historyId = db.getLastInsertRowid();
            RowAudit::inserted(session, QStringLiteral("complaint_history"), historyId, c.customerId,
                               {{QStringLiteral("complaint_id"), QString::number(c.id)},
                                {QStringLiteral("from_status"), c.status},
                                {QStringLiteral("to_status"), c.status},
                                {QStringLiteral("note"), note}});
            if (target == 2)
                ++counts.toAdmin;
            else
                ++counts.toAreaManager;
        }
        return {};
    });
    if (!status)
        return status.error();
    return counts;
}

core::Result<std::vector<ComplaintListRow>> ComplaintEscalator::escalationQueue(Session& session, const QDateTime& asOf)
{
    if (auto ok = AccessScope::requireRole(session, core::Role::Manager, QStringLiteral("the escalation queue")); !ok)
        return ok.error();
    ComplaintFilter filter;
    filter.statuses = {QStringLiteral("open")};
    filter.minEscalationLevel = session.isAdmin() ? 2 : 1;
    filter.asOf = asOf;
    // The manager's area comes from the scope: ComplaintQueries lists only their area's customers.
    return ComplaintQueries(session).list(filter);
}

} // namespace carddesk::storage
