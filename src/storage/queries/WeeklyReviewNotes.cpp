#include "storage/queries/WeeklyReviewNotes.h"

#include "storage/access/AccessScope.h"
#include "storage/access/AuditTrail.h"
#include "storage/db/SqlBinding.h"
#include "storage/queries/WeeklyReviewQueries.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

core::Result<qint64> WeeklyReviewNotes::mark(qint64 repId, const QDate& from, const QDate& to, const QString& comment,
                                             QString* replaced)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A period needs a first and a last day, in order."),
                         QStringLiteral("period"));
    const QString text = comment.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A review needs a comment."),
                         QStringLiteral("comment"));
    if (text.size() > kMaxCommentLength)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The comment is longer than %1 characters.").arg(kMaxCommentLength),
                         QStringLiteral("comment"));
    if (auto allowed = AccessScope::requireRole(m_session, core::Role::Manager, QStringLiteral("Marking a review"));
        !allowed)
        return allowed.error();
    auto reps = WeeklyReviewQueries(m_session).reps(0);
    if (!reps)
        return reps.error();
    bool mine = false;
    for (const ReviewRep& rep : *reps)
        mine = mine || rep.id == repId;
    if (!mine)
        return makeError(ErrorCode::AccessDenied, QStringLiteral("User %1 is not a rep you review.").arg(repId),
                         QStringLiteral("user"));

    qint64 id = 0;
    QString previous;
    auto status = m_session.db().write([&]() -> core::Status {
        SQLite::Database& db = m_session.db().sql();
        SQLite::Statement find(db, "SELECT id, comment FROM weekly_reviews WHERE rep_id = ? AND period_from = ? AND "
                                   "period_to = ?");
        find.bind(1, static_cast<int64_t>(repId));
        sqlbind::date(find, 2, from);
        sqlbind::date(find, 3, to);
        QString old;
        if (find.executeStep()) {
            id = find.getColumn(0).getInt64();
            old = sqlbind::toQString(find.getColumn(1));
            previous = old;
            SQLite::Statement update(db, "UPDATE weekly_reviews SET comment = ?, reviewer_id = ?, reviewed_at = ? "
                                         "WHERE id = ?");
            sqlbind::text(update, 1, text);
            update.bind(2, static_cast<int64_t>(m_session.userId()));
            update.bind(3, Database::nowIso().toStdString());
            update.bind(4, static_cast<int64_t>(id));
            update.exec();
            AuditTrail::recordChange(m_session.db(), m_session.userId(), QStringLiteral("update"),
                                     QStringLiteral("weekly_reviews"), id, 0, QStringLiteral("comment"), old, text);
        } else {
            SQLite::Statement insert(db, "INSERT INTO weekly_reviews (rep_id, period_from, period_to, reviewer_id, "
                                         "comment, reviewed_at) VALUES (?, ?, ?, ?, ?, ?)");
            insert.bind(1, static_cast<int64_t>(repId));
            sqlbind::date(insert, 2, from);
            sqlbind::date(insert, 3, to);
            insert.bind(4, static_cast<int64_t>(m_session.userId()));
            sqlbind::text(insert, 5, text);
            insert.bind(6, Database::nowIso().toStdString());
            insert.exec();
            id = db.getLastInsertRowid();
            AuditTrail::recordChange(m_session.db(), m_session.userId(), QStringLiteral("insert"),
                                     QStringLiteral("weekly_reviews"), id, 0, QStringLiteral("comment"), QString(),
                                     text);
        }
        return {};
    });
    if (!status)
        return status.error();
    if (replaced)
        *replaced = previous;
    return id;
}

} // namespace carddesk::storage
