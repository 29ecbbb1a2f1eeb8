#include "storage/queries/AgendaQueries.h"

#include "storage/access/AccessScope.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
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

// Month-days ("12-05") of the days from `day` to `day` + `lead`: a birthday on one of them is near. A 29 February
// birthday is kept on 28 February in a common year.
std::string monthDaysFrom(const QDate& day, int lead)
{
    std::string list;
    for (int i = 0; i <= lead; ++i) {
        const QDate d = day.addDays(i);
        list += (list.empty() ? "'" : ", '") + d.toString(QStringLiteral("MM-dd")).toStdString() + "'";
        if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
            list += ", '02-29'";
    }
    return list;
}

// The day in [day, day + lead] on which a birthday falls (29 February on the 28th in a common year), or invalid.
QDate birthdayNear(const QDate& birthday, const QDate& day, int lead)
{
    for (int year : {day.year(), day.year() + 1}) {
        QDate on(year, birthday.month(), birthday.day());
        if (!on.isValid())
            on = QDate(year, 2, 28);
        if (on >= day && on <= day.addDays(lead))
            return on;
    }
    return {};
}

std::vector<KindQuery> kindQueries(const std::string& scope, const QDate& day)
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
        // Care reminders: birthdays of the owner's customers' contacts in the coming week (Gregorian dates; the
        // day itself is computed below, the month-days only narrow the rows read).
        {"reminder",
         "SELECT k.id, " + customer +
             "k.birthday, k.name, 0 FROM customers c JOIN contacts k ON k.customer_id = c.id "
             "WHERE c.owner_id = ?1 AND k.birthday IS NOT NULL AND substr(k.birthday, 6, 5) IN (" +
             monthDaysFrom(day, AgendaQueries::kBirthdayLeadDays) + ") AND " + scope,
         AgendaQueries::kBirthdayLeadDays},
        // Open complaints of the owner's customers whose deadline is at most two days away or past.
        {"complaint",
         "SELECT k.id, " + customer +
             "substr(k.deadline, 1, 10), k.description, 0 FROM customers c JOIN complaints k ON k.customer_id = c.id "
             "WHERE c.owner_id = ?1 AND k.status NOT IN ('resolved', 'closed') AND substr(k.deadline, 1, 10) <= ?3 "
             "AND " +
             scope,
         AgendaQueries::kComplaintLeadDays},
        // Open receivables falling due within 14 days, or overdue.
        {"receivable",
         "SELECT r.id, " + customer +
             "r.due_date, r.invoice_no, r.amount - r.paid_amount FROM customers c JOIN receivables r ON "
             "r.customer_id = c.id WHERE c.owner_id = ?1 AND r.amount - r.paid_amount > 0.005 AND r.due_date <= ?3 "
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

core::Result<std::vector<AgendaItem>> AgendaQueries::items(qint64 ownerId, const QDate& day)
{
    if (!day.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A day is required."), QStringLiteral("date"));
    std::vector<AgendaItem> items;
    auto status = m_session.db().read([&]() -> core::Status {
        // An archived customer is out of the rep's day (docs/USER_GUIDE.md, "Archiving, deleting and erasing").
        const std::string scope = "(" + AccessScope::customerFilter(m_session, "c") + " AND c.archived_at IS NULL)";
        for (const KindQuery& kind : kindQueries(scope, day)) {
            const bool birthdays = std::string_view(kind.kind) == "reminder";
            const size_t first = items.size();
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
                if (birthdays) {
                    // A reminder is due on this year's birthday; it is never late, only near.
                    item.due = birthdayNear(item.due, day, kind.leadDays);
                    if (!item.due.isValid())
                        continue;
                }
                item.overdue = item.due < day;
                items.push_back(std::move(item));
            }
            if (birthdays)
                std::stable_sort(items.begin() + static_cast<std::ptrdiff_t>(first), items.end(),
                                 [](const AgendaItem& a, const AgendaItem& b) {
                                     return a.due != b.due ? a.due < b.due : a.customerName < b.customerName;
                                 });
        }
        return {};
    });
    if (!status)
        return status.error();
    return items;
}

} // namespace carddesk::storage
