#include "storage/queries/AgendaQueries.h"

#include "storage/access/AccessScope.h"
#include "storage/db/SqlBinding.h"
#include "storage/queries/CareReminderQueries.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <iterator>
#include <string_view>

namespace carddesk::storage {

using core::AgendaItem;
using core::ErrorCode;
using core::makeError;

namespace {

// Every statement selects: record id, customer id, code, name, due (ISO date), detail, amount; with the agenda's
// owner as ?1, the day as ?2 and the lead day as ?3.
struct KindQuery
{
    const char* kind;
    std::string sql;
    int leadDays;
};

// `escalatedFrom`: the escalation level from which open complaints in scope are the agenda owner's to see to (事件升级:
// 1 the area manager, 2 the administrator), 0 for none.
std::vector<KindQuery> kindQueries(const std::string& scope, int escalatedFrom)
{
    const std::string customer = "c.id, c.code, c.name, ";
    return {
        // The latest interaction's follow-up, due or overdue: a later interaction answers it.
        {"follow_up",
         "SELECT i.id, " + customer +
             "i.next_follow_up, i.summary, 0 FROM customers c JOIN interactions i ON i.customer_id = c.id "
             "WHERE c.owner_id = ?1 AND i.next_follow_up IS NOT NULL AND i.next_follow_up <= ?2 AND NOT EXISTS "
             "(SELECT 1 FROM interactions later WHERE later.customer_id = i.customer_id AND (later.occurred_at > "
             "i.occurred_at OR (later.occurred_at = i.occurred_at AND later.id > i.id))) AND " +
             scope,
         0},
        // Visits the owner is to make, still planned: today's and the overdue ones.
        {"visit",
         "SELECT v.id, " + customer +
             "v.planned_date, v.purpose, 0 FROM visits v JOIN customers c ON c.id = v.customer_id "
             "WHERE v.user_id = ?1 AND v.status = 'planned' AND v.planned_date <= ?2 AND " +
             scope,
         0},
        // Care reminders: CareReminderQueries, in this place of the day's order.
        {"reminder", "", 0},
        // Open complaints of the owner's customers whose deadline is at most two days away or past.
        {"complaint",
         "SELECT k.id, " + customer +
             "date(k.deadline, 'localtime'), k.description, 0 FROM customers c JOIN complaints k ON k.customer_id = "
             "c.id "
             "WHERE c.owner_id = ?1 AND k.status NOT IN ('resolved', 'closed') AND date(k.deadline, 'localtime') <= ?3 "
             "AND " +
             scope,
         AgendaQueries::kComplaintLeadDays},
        // Open complaints escalated to the agenda's owner (a manager: in their area; the administrator: to level 2),
        // other than their own customers' (listed above).
        {"escalated",
         escalatedFrom == 0
             ? std::string()
             : "SELECT k.id, " + customer +
                   "date(k.deadline, 'localtime'), k.description, 0 FROM complaints k CROSS JOIN customers c ON c.id = "
                   "k.customer_id WHERE k.escalation_level >= " +
                   std::to_string(escalatedFrom) +
                   " AND k.status NOT IN ('resolved', 'closed') AND c.owner_id IS NOT ?1 AND " + scope,
         0},
        // Open receivables falling due within 14 days, or overdue ("paid_amount < amount" lets
        // receivables_open_customer lead).
        {"receivable",
         "SELECT r.id, " + customer +
             "r.due_date, r.invoice_no, r.amount - r.paid_amount FROM customers c JOIN receivables r ON "
             "r.customer_id = c.id WHERE c.owner_id = ?1 AND r.paid_amount < r.amount AND r.amount - r.paid_amount > "
             "0.005 "
             "AND r.due_date <= ?3 "
             "AND " +
             scope,
         AgendaQueries::kReceivableLeadDays},
        // A and B customers slipping: in decline, or at high churn risk, in the latest scoring.
        {"at_risk",
         "SELECT 0, " + customer +
             "?2, CASE WHEN s.stage_code = 5 THEN 'decline' ELSE 'high_risk' END, 0 FROM customers c JOIN scores s "
             "ON s.customer_id = c.id WHERE c.owner_id = ?1 AND s.abc_code IN (1, 2) AND (s.stage_code = 5 OR "
             "s.risk_code = 3) AND c.status <> 'lost' AND " +
             scope,
         0},
    };
}

} // namespace

core::Result<std::vector<AgendaItem>> AgendaQueries::items(qint64 ownerId, const QDate& day,
                                                           const core::CareRules& rules)
{
    if (!day.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A day is required."), QStringLiteral("date"));
    std::vector<AgendaItem> items;
    auto status = m_session.db().read([&]() -> core::Status {
        // An archived customer is out of the rep's day (docs/USER_GUIDE.md, "Archiving, deleting and erasing").
        const std::string scope = "(" + AccessScope::customerFilter(m_session, "c") + " AND c.archived_at IS NULL)";
        // Escalations are the manager's or administrator's own day, not a rep's day they look at.
        const bool ownDay = ownerId == m_session.userId();
        const int escalatedFrom = !ownDay ? 0 : m_session.isAdmin() ? 2 : m_session.isManager() ? 1 : 0;
        for (const KindQuery& kind : kindQueries(scope, escalatedFrom)) {
            if (kind.sql.empty() && std::string_view(kind.kind) != "reminder")
                continue;
            if (std::string_view(kind.kind) == "reminder") {
                auto reminders = CareReminderQueries(m_session).items(ownerId, day, rules, scope);
                items.insert(items.end(), std::make_move_iterator(reminders.begin()),
                             std::make_move_iterator(reminders.end()));
                continue;
            }
            SQLite::Statement q(m_session.db().sql(), kind.sql + " ORDER BY 5, 4, 1");
            q.bind(1, static_cast<int64_t>(ownerId));
            if (q.getBindParameterCount() >= 2)
                sqlbind::date(q, 2, day);
            if (q.getBindParameterCount() >= 3) // only the kinds with a lead time name ?3
                sqlbind::date(q, 3, day.addDays(kind.leadDays));
            while (q.executeStep()) {
                AgendaItem item;
                item.kind = QString::fromLatin1(kind.kind);
                item.recordId = q.getColumn(0).getInt64();
                item.customerId = q.getColumn(1).getInt64();
                item.customerCode = sqlbind::toQString(q.getColumn(2));
                item.customerName = sqlbind::toQString(q.getColumn(3));
                item.due = sqlbind::toDate(q.getColumn(4));
                item.detail = sqlbind::toQString(q.getColumn(5));
                item.amount = q.getColumn(6).getDouble();
                item.overdue = item.due < day;
                items.push_back(std::move(item));
            }
        }
        return {};
    });
    if (!status)
        return status.error();
    return items;
}

} // namespace carddesk::storage
