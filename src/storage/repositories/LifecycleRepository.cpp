#include "storage/repositories/LifecycleRepository.h"

#include "analytics/CustomerScorer.h"
#include "analytics/StageReplay.h"
#include "core/Stage.h"
#include "storage/access/AccessScope.h"
#include "storage/access/RowAudit.h"
#include "storage/db/IsoDay.h"
#include "storage/db/SqlBinding.h"
#include "storage/queries/LifecycleEvents.h"
#include "storage/scores/ScoreRepository.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

using core::ErrorCode;
using core::LifecycleEntry;
using core::makeError;

const QStringList& LifecycleRepository::stages()
{
    static const QStringList values = core::codesOf<core::Stage>();
    return values;
}

core::Result<std::vector<LifecycleEntry>> LifecycleRepository::history(qint64 customerId)
{
    std::vector<LifecycleEntry> entries;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        SQLite::Statement q(m_session.db().sql(),
                            "SELECT h.id, h.customer_id, h.from_stage, h.to_stage, h.changed_on, h.rule, h.manual, "
                            "h.user_id, coalesce(nullif(u.display_name, ''), u.username), h.reason "
                            "FROM " +
                                lifecycleEvents("c.id = " + std::to_string(customerId)) +
                                " h LEFT JOIN users u ON u.id = h.user_id "
                                "WHERE h.customer_id = ? ORDER BY h.changed_on DESC, h.id DESC");
        q.bind(1, static_cast<int64_t>(customerId));
        while (q.executeStep()) {
            LifecycleEntry entry;
            entry.id = q.getColumn(0).getInt64();
            entry.customerId = q.getColumn(1).getInt64();
            entry.fromStage = sqlbind::toQString(q.getColumn(2));
            entry.toStage = sqlbind::toQString(q.getColumn(3));
            entry.changedOn = sqlbind::toDate(q.getColumn(4));
            entry.rule = sqlbind::toQString(q.getColumn(5));
            entry.manual = q.getColumn(6).getInt() != 0;
            entry.userId = sqlbind::toId(q.getColumn(7));
            entry.userName = sqlbind::toQString(q.getColumn(8));
            entry.reason = sqlbind::toQString(q.getColumn(9));
            entries.push_back(std::move(entry));
        }
        // Before the first recorded event the stages are replayed from the orders (StageReplay), so the history
        // starts at the first order, not at the first scoring run.
        const QDate until = entries.empty() ? QDate::currentDate() : entries.back().changedOn.addDays(-1);
        SQLite::Statement orders(m_session.db().sql(), "SELECT order_date, amount FROM orders WHERE customer_id = ? "
                                                       "AND order_date <= ? ORDER BY order_date");
        orders.bind(1, static_cast<int64_t>(customerId));
        sqlbind::date(orders, 2, until);
        std::vector<std::int32_t> days;
        std::vector<double> amounts;
        while (orders.executeStep()) {
            days.push_back(isoDayNumber(orders.getColumn(0).getString()));
            amounts.push_back(orders.getColumn(1).getDouble());
        }
        const analytics::ScoringSettings settings; // the scorer's rules and windows
        const auto replayed =
            analytics::StageReplay::timeline(days, amounts, isoDayNumber(until.toString(Qt::ISODate).toStdString()),
                                             settings.lifecycle, settings.trendWindowDays);
        QString from;
        std::vector<LifecycleEntry> earlier;
        for (const analytics::ReplayedStage& step : replayed) {
            LifecycleEntry entry;
            entry.customerId = customerId;
            entry.fromStage = from;
            entry.toStage = ScoreRepository::stageName(step.stage);
            entry.changedOn = QDate(1970, 1, 1).addDays(step.day);
            entry.rule = QString::fromLatin1(analytics::lifecycleRuleId(step.rule));
            entry.replayed = true;
            from = entry.toStage;
            earlier.push_back(std::move(entry));
        }
        entries.insert(entries.end(), earlier.rbegin(), earlier.rend());
        return {};
    });
    if (!status)
        return status.error();
    return entries;
}

core::Result<LifecycleEntry> LifecycleRepository::setManualStage(qint64 customerId, const QString& stage,
                                                                 const QString& reason)
{
    if (!stages().contains(stage))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("Stage must be one of %1.").arg(stages().join(QStringLiteral(", "))),
                         QStringLiteral("stage"));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A reason for the stage is required."),
                         QStringLiteral("reason"));
    LifecycleEntry entry;
    entry.customerId = customerId;
    entry.toStage = stage;
    entry.manual = true;
    entry.userId = m_session.userId();
    entry.userName = m_session.user().displayName.isEmpty() ? m_session.user().username : m_session.user().displayName;
    entry.reason = reason.trimmed();
    auto status = m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        auto& db = m_session.db().sql();
        SQLite::Statement current(db, "SELECT c.manual_stage, c.manual_stage_at, s.lifecycle_stage, c.row_version "
                                      "FROM customers c LEFT JOIN scores s ON s.customer_id = c.id WHERE c.id = ?");
        current.bind(1, static_cast<int64_t>(customerId));
        current.executeStep();
        const QString oldManual = sqlbind::toQString(current.getColumn(0));
        const QString oldManualAt = sqlbind::toQString(current.getColumn(1));
        const QString inferred = sqlbind::toQString(current.getColumn(2));
        const qint64 rowVersion = current.getColumn(3).getInt64();
        current.reset();
        entry.fromStage = oldManual.isEmpty() ? inferred : oldManual;

        const QString now = Database::nowIso();
        SQLite::Statement update(db, "UPDATE customers SET manual_stage = ?, manual_stage_at = ?, updated_at = ?, "
                                     "row_version = row_version + 1 WHERE id = ? AND row_version = ?");
        sqlbind::text(update, 1, stage);
        sqlbind::text(update, 2, now);
        sqlbind::text(update, 3, now);
        update.bind(4, static_cast<int64_t>(customerId));
        update.bind(5, static_cast<int64_t>(rowVersion));
        if (update.exec() != 1)
            return makeError(ErrorCode::Conflict, QStringLiteral("customer %1 changed while saving").arg(customerId));
        RowAudit::updated(
            m_session, QStringLiteral("customers"), customerId, customerId,
            {{QStringLiteral("manual_stage"), oldManual}, {QStringLiteral("manual_stage_at"), oldManualAt}},
            {{QStringLiteral("manual_stage"), stage}, {QStringLiteral("manual_stage_at"), now}});

        entry.changedOn = QDateTime::fromString(now, Qt::ISODate).date();
        SQLite::Statement st(db, "INSERT INTO lifecycle_history (customer_id, from_stage, to_stage, changed_on, rule, "
                                 "manual, user_id, reason) VALUES (?, ?, ?, ?, '', 1, ?, ?)");
        st.bind(1, static_cast<int64_t>(customerId));
        if (entry.fromStage.isEmpty())
            st.bind(2);
        else
            sqlbind::text(st, 2, entry.fromStage);
        sqlbind::text(st, 3, stage);
        sqlbind::date(st, 4, entry.changedOn);
        sqlbind::optionalId(st, 5, entry.userId);
        sqlbind::text(st, 6, entry.reason);
        st.exec();
        entry.id = db.getLastInsertRowid();
        RowAudit::inserted(m_session, QStringLiteral("lifecycle_history"), entry.id, customerId,
                           {{QStringLiteral("from_stage"), entry.fromStage},
                            {QStringLiteral("to_stage"), stage},
                            {QStringLiteral("manual"), QStringLiteral("1")},
                            {QStringLiteral("reason"), entry.reason}});
        return {};
    });
    if (!status)
        return status.error();
    return entry;
}

} // namespace carddesk::storage
