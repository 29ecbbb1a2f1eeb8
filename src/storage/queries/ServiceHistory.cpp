#include "storage/queries/ServiceHistory.h"

#include "storage/access/AccessScope.h"
#include "storage/access/RowAudit.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

namespace carddesk::storage {

using core::TimelineEntry;

namespace {

// A user's name as lists show it, as an SQL expression over the users table aliased `alias`.
std::string userName(const char* alias)
{
    return std::string("coalesce(nullif(") + alias + ".display_name, ''), " + alias + ".username)";
}

QDateTime startOfDay(const QDate& date)
{
    return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
}

// Every source query yields: source id, when (text), title, detail, user name.
void collect(Session& session, const std::string& sql, qint64 customerId, const QString& kind,
             std::vector<TimelineEntry>& out)
{
    SQLite::Statement q(session.db().sql(), sql);
    q.bind(1, static_cast<int64_t>(customerId));
    while (q.executeStep()) {
        TimelineEntry entry;
        entry.sourceId = sqlbind::toId(q.getColumn(0));
        const QString when = sqlbind::toQString(q.getColumn(1));
        // Date-only columns (planned visits, order dates) sort at the start of their day.
        entry.when = when.size() == 10 ? startOfDay(QDate::fromString(when, Qt::ISODate))
                                       : QDateTime::fromString(when, Qt::ISODate);
        entry.kind = kind;
        entry.title = sqlbind::toQString(q.getColumn(2));
        entry.detail = sqlbind::toQString(q.getColumn(3));
        entry.userName = sqlbind::toQString(q.getColumn(4));
        out.push_back(std::move(entry));
    }
}

// Tables that already have their own timeline entries; their audit rows would only repeat them.
const char* const kOwnEntryTables = "('interactions', 'visits', 'complaints', 'complaint_history', 'orders', "
                                    "'order_lines', 'satisfaction_surveys')";

} // namespace

core::Result<std::vector<TimelineEntry>> ServiceHistory::timeline(qint64 customerId)
{
    std::vector<TimelineEntry> entries;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        collect(m_session,
                "SELECT i.id, i.occurred_at, i.channel, i.summary, " + userName("u") +
                    " FROM interactions i LEFT JOIN users u ON u.id = i.user_id WHERE i.customer_id = ?",
                customerId, QStringLiteral("interaction"), entries);
        collect(m_session,
                "SELECT v.id, coalesce(v.done_at, v.planned_date), v.status, "
                "CASE WHEN v.status = 'done' THEN v.result ELSE v.purpose END, " +
                    userName("u") + " FROM visits v LEFT JOIN users u ON u.id = v.user_id WHERE v.customer_id = ?",
                customerId, QStringLiteral("visit"), entries);
        collect(m_session,
                "SELECT k.id, k.received_at, coalesce(cat.name, ''), k.description, " + userName("u") +
                    " FROM complaints k LEFT JOIN complaint_categories cat ON cat.id = k.category_id "
                    "LEFT JOIN users u ON u.id = k.owner_id WHERE k.customer_id = ?",
                customerId, QStringLiteral("complaint"), entries);
        collect(m_session,
                "SELECT h.complaint_id, h.at, h.from_status || ' → ' || h.to_status, h.note, " + userName("u") +
                    " FROM complaint_history h JOIN complaints k ON k.id = h.complaint_id "
                    "LEFT JOIN users u ON u.id = h.user_id WHERE k.customer_id = ? AND h.from_status IS NOT NULL",
                customerId, QStringLiteral("complaint_status"), entries);
        // A satisfaction survey: its four scores (product service staff image) as the title, its comment.
        collect(m_session,
                "SELECT s.id, s.surveyed_on, s.product_score || ' ' || s.service_score || ' ' || s.staff_score || ' ' "
                "|| s.image_score, s.comment, " +
                    userName("u") +
                    " FROM satisfaction_surveys s LEFT JOIN users u ON u.id = s.recorded_by WHERE s.customer_id = ?",
                customerId, QStringLiteral("survey"), entries);
        {
            SQLite::Statement q(m_session.db().sql(),
                                "SELECT o.id, o.order_date, o.order_no, o.amount, " + userName("u") +
                                    " FROM orders o LEFT JOIN users u ON u.id = o.created_by WHERE o.customer_id = ?");
            q.bind(1, static_cast<int64_t>(customerId));
            while (q.executeStep()) {
                TimelineEntry entry;
                entry.sourceId = q.getColumn(0).getInt64();
                entry.when = startOfDay(sqlbind::toDate(q.getColumn(1)));
                entry.kind = QStringLiteral("order");
                entry.title = sqlbind::toQString(q.getColumn(2));
                entry.detail = RowAudit::number(q.getColumn(3).getDouble());
                entry.userName = sqlbind::toQString(q.getColumn(4));
                entries.push_back(std::move(entry));
            }
        }
        // Card changes are internal: managers, admins and the rep who owns the card. requireCustomer already
        // limits a rep to their own cards; this says so for whoever widens the scope later.
        SQLite::Statement owner(m_session.db().sql(), "SELECT owner_id FROM customers WHERE id = ?");
        owner.bind(1, static_cast<int64_t>(customerId));
        owner.executeStep();
        const bool mayReadChanges =
            m_session.isAdmin() || m_session.isManager() || sqlbind::toId(owner.getColumn(0)) == m_session.userId();
        owner.reset();
        if (mayReadChanges) {
            collect(m_session,
                    "SELECT a.row_id, a.at, a.table_name || '.' || a.field, "
                    "coalesce(a.old_value, '') || ' → ' || coalesce(a.new_value, ''), " +
                        userName("u") +
                        " FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE a.customer_id = ? "
                        "AND a.table_name NOT IN " +
                        kOwnEntryTables,
                    customerId, QStringLiteral("card_change"), entries);
        }
        return {};
    });
    if (!status)
        return status.error();
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.when > b.when; });
    return entries;
}

} // namespace carddesk::storage
