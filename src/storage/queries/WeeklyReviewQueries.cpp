#include "storage/queries/WeeklyReviewQueries.h"

#include "core/Money.h"
#include "storage/access/AccessScope.h"
#include "storage/db/LocalDay.h"
#include "storage/db/SqlBinding.h"
#include "storage/repositories/SettingsRepository.h"

#include <QElapsedTimer>

#include <SQLiteCpp/SQLiteCpp.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <set>
#include <unordered_map>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;
using core::Role;

namespace {

std::string iso(const QDate& day)
{
    return day.toString(Qt::ISODate).toStdString();
}

std::string idList(const std::vector<ReviewRep>& reps)
{
    std::string list;
    for (const ReviewRep& rep : reps) {
        if (!list.empty())
            list += ",";
        list += std::to_string(rep.id);
    }
    return list.empty() ? "NULL" : list;
}

// Conditions shared by a figure's records (recordSql) and the one-pass card-keeping sums (cardKeepingSql), so the
// two cannot drift apart; `c` is the customer, `s` its scores.
// The office setting card.stale_days when it is not set (services::OfficeSettings has the same default).
constexpr int kDefaultStaleCardDays = 90;
const std::string kStaleCard = "c.status <> 'lost' AND c.updated_at < :t_stale AND c.created_at < :t_after";
const std::string kNoContactIn30Days = "NOT EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = c.id AND "
                                       "i.occurred_at >= :t_contact AND i.occurred_at < :t_after)";
const std::string kInWinBackQueue = "s.lifecycle_stage IN ('decline', 'lost')";
const std::string kHighRiskAClass = "c.status <> 'lost' AND s.abc = 'A' AND s.churn_risk = 'high'";
// A change to the customer's card in the audit trail in the period (`a`), its creation not counted.
const std::string kEditedInPeriod = "a.customer_id = c.id AND a.at >= :t_from AND a.at < :t_after AND NOT (a.action = "
                                    "'insert' AND a.table_name = 'customers')";
const std::string kContactedInPeriod = "EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = c.id AND "
                                       "i.occurred_at >= :t_from AND i.occurred_at < :t_after)";

// A customer's card completeness (0..1): the share of completenessFields() filled.
std::string completenessSql()
{
    std::string filled;
    for (const char* field : WeeklyReviewQueries::completenessFields()) {
        if (!filled.empty())
            filled += " + ";
        if (std::string(field) == "contact")
            filled += "EXISTS (SELECT 1 FROM contacts t WHERE t.customer_id = c.id)";
        else
            filled += "(trim(c." + std::string(field) + ") <> '')";
    }
    return "(" + filled + ") / " + std::to_string(WeeklyReviewQueries::completenessFields().size()) + ".0";
}

// The card-keeping and customer figures (current customers with their completeness, stale cards, A-class without
// contact, high-risk A-class, the win-back queue and those of it contacted) summed per rep in one pass over the
// reps' customers: each of them is a pass over ~100 k customers per rep, and reading the customer rows is most of
// their cost (1 M office, an area: 3.6 s CPU for the six together against 8.4 s one by one). Columns: rep, then
// the seven sums in that order. CASE, not AND, keeps the sub-queries to the customers that need them.
std::string cardKeepingSql(const std::string& reps, const std::string& scope)
{
    return "SELECT c.owner_id, total(c.status = 'current'), total(CASE WHEN c.status = 'current' THEN " +
           completenessSql() + " END), total(" + kStaleCard +
           "), total(CASE WHEN c.status <> 'lost' AND s.abc = 'A' THEN " + kNoContactIn30Days +
           " END), total(CASE WHEN s.customer_id IS NOT NULL THEN " + kHighRiskAClass +
           " END), total(CASE WHEN s.customer_id IS NOT NULL THEN " + kInWinBackQueue + " END), total(CASE WHEN " +
           kInWinBackQueue + " THEN " + kContactedInPeriod +
           " END) FROM customers c LEFT JOIN scores s ON s.customer_id = c.id WHERE c.owner_id IN (" + reps + ") AND " +
           scope + " GROUP BY c.owner_id";
}

// The records of one figure as SQL selecting (rep, id, customer id, code, name, day, amount, detail).
// Parameters: :from and :to (the period's days) and :after (the day after `to`) for the columns that hold days
// (order_date, paid_date, due_date, planned_date, next_follow_up). The columns that hold times, stored in UTC as
// 'YYYY-MM-DDTHH:MM:SSZ', compare with the instants the office's local days begin: :t_from, :t_after (`t <
// :t_after` is "on or before `to`, local time"), :t_stale (a card not changed since counts as untouched:
// card.stale_days, 90 by default) and :t_contact (the first day of the 30-day contact window); their days show as
// date(t, 'localtime'). `reps` and `scope` are SQL written from integers. The joins name their order (CROSS JOIN): the
// office file has no planner statistics, and without them SQLite leads with the reps' customers (~100 k each at a
// million) where a period's few records should lead; the complaints lead even without a period (the whole office's 25.6
// k complaints against an area's 400 k customers: the four complaint figures 1.0 s → 0.18 s). `customersLead`: for a
// long period (a year to date) the reps' customers lead the sales and collections instead — every one of them has
// records in it, and reading the records by customer is 5-6x faster than by day (1 M office: a year's sales of an
// area 1.7 s instead of 10 s).
std::string recordSql(WeeklyFigure figure, const std::string& reps, const std::string& scope,
                      bool customersLead = false)
{
    const std::string customer = "c.id, c.code, c.name, ";
    const std::string own = " AND c.owner_id IN (" + reps + ") AND " + scope;
    // A receivable's open amount at `to` is what is open now plus what was paid after `to`. Only receivables open
    // now (index receivables_open) or paid after `to` can be open at `to`; `paid_amount` is kept with every payment
    // (ReceivableRepository), as the overdue list and the agenda use it.
    const std::string openAtTo = "(r.amount - r.paid_amount + coalesce((SELECT sum(p.amount) FROM payments p WHERE "
                                 "p.receivable_id = r.id AND p.paid_date > :to), 0))";
    switch (figure) {
    case WeeklyFigure::Interactions:
        return "SELECT i.user_id, i.id, " + customer +
               "date(i.occurred_at, 'localtime'), 0, i.channel FROM interactions i JOIN customers c ON c.id = "
               "i.customer_id WHERE i.occurred_at >= :t_from AND i.occurred_at < :t_after AND i.user_id IN (" +
               reps + ") AND " + scope;
    case WeeklyFigure::VisitsDone:
        return "SELECT v.user_id, v.id, " + customer +
               "coalesce(date(v.done_at, 'localtime'), v.planned_date), 0, v.purpose FROM visits v JOIN customers c ON "
               "c.id = v.customer_id WHERE v.status = 'done' AND (CASE WHEN v.done_at IS NULL THEN v.planned_date "
               "BETWEEN :from AND :to ELSE v.done_at >= :t_from AND v.done_at < :t_after END) AND v.user_id IN (" +
               reps + ") AND " + scope;
    case WeeklyFigure::VisitsPlanned:
        return "SELECT v.user_id, v.id, " + customer +
               "v.planned_date, 0, v.status FROM visits v JOIN customers c ON c.id = v.customer_id "
               "WHERE v.planned_date BETWEEN :from AND :to AND v.user_id IN (" +
               reps + ") AND " + scope;
    case WeeklyFigure::NewCustomers:
        return "SELECT c.owner_id, c.id, " + customer +
               "date(c.created_at, 'localtime'), 0, c.status FROM customers c INDEXED BY customers_created WHERE "
               "c.created_at >= :t_from AND c.created_at < :t_after" +
               own;
    case WeeklyFigure::CardsEdited:
        return "SELECT * FROM (SELECT c.owner_id, c.id, " + customer +
               "(SELECT date(max(a.at), 'localtime') FROM audit_log a WHERE " + kEditedInPeriod +
               ") AS day, 0, '' FROM customers c WHERE 1" + own + ") WHERE day IS NOT NULL";
    case WeeklyFigure::Sales:
        if (customersLead)
            return "SELECT c.owner_id, o.id, " + customer +
                   "o.order_date, o.amount, o.order_no FROM customers c CROSS JOIN orders o ON o.customer_id = c.id "
                   "WHERE o.order_date BETWEEN :from AND :to" +
                   own;
        return "SELECT c.owner_id, o.id, " + customer +
               "o.order_date, o.amount, o.order_no FROM orders o CROSS JOIN customers c ON c.id = o.customer_id "
               "WHERE o.order_date BETWEEN :from AND :to" +
               own;
    case WeeklyFigure::Collections:
        if (customersLead)
            return "SELECT c.owner_id, p.id, " + customer +
                   "p.paid_date, p.amount, r.invoice_no FROM customers c CROSS JOIN receivables r ON r.customer_id = "
                   "c.id CROSS JOIN payments p ON p.receivable_id = r.id WHERE p.paid_date BETWEEN :from AND :to" +
                   own;
        return "SELECT c.owner_id, p.id, " + customer +
               "p.paid_date, p.amount, r.invoice_no FROM payments p CROSS JOIN receivables r ON r.id = "
               "p.receivable_id CROSS JOIN customers c ON c.id = r.customer_id WHERE p.paid_date BETWEEN :from AND "
               ":to" +
               own;
    case WeeklyFigure::OverdueReceivables:
    case WeeklyFigure::NewlyOverdue:
        return "SELECT * FROM (SELECT c.owner_id, r.id, " + customer + "r.due_date, " + openAtTo +
               " AS open, r.invoice_no FROM receivables r CROSS JOIN customers c ON c.id = r.customer_id "
               "WHERE r.id IN (SELECT id FROM receivables WHERE due_date < :to AND paid_amount < amount UNION ALL "
               "SELECT receivable_id FROM payments WHERE paid_date > :to) AND r.due_date < :to" +
               (figure == WeeklyFigure::NewlyOverdue ? std::string(" AND r.due_date >= date(:from, '-1 day')") : "") +
               own + ") WHERE open > 0.005";
    case WeeklyFigure::ComplaintsReceived:
        return "SELECT c.owner_id, k.id, " + customer +
               "date(k.received_at, 'localtime'), 0, k.status FROM complaints k CROSS JOIN customers c ON c.id = "
               "k.customer_id WHERE k.received_at >= :t_from AND k.received_at < :t_after" +
               own;
    case WeeklyFigure::ComplaintsResolved:
        return "SELECT * FROM (SELECT c.owner_id, k.id, " + customer +
               "(SELECT date(min(h.at), 'localtime') FROM complaint_history h WHERE h.complaint_id = k.id AND "
               "h.to_status = 'resolved') AS day, k.satisfaction, k.status FROM complaints k CROSS JOIN customers c ON "
               "c.id = k.customer_id WHERE 1" +
               own + ") WHERE day BETWEEN :from AND :to";
    case WeeklyFigure::ComplaintsOpenPastDeadline:
        // The status at `to` is the last workflow step before its end; a complaint without history has its own.
        return "SELECT * FROM (SELECT c.owner_id, k.id, " + customer +
               "date(k.deadline, 'localtime'), 0, coalesce((SELECT h.to_status FROM complaint_history h WHERE "
               "h.complaint_id = k.id AND h.at < :t_after ORDER BY h.at DESC, h.id DESC LIMIT 1), CASE WHEN EXISTS "
               "(SELECT 1 FROM complaint_history h WHERE h.complaint_id = k.id) THEN 'new' ELSE k.status END) AS "
               "status_at FROM complaints k CROSS JOIN customers c ON c.id = k.customer_id WHERE k.received_at < "
               ":t_after AND k.deadline < :t_after" +
               own + ") WHERE status_at NOT IN ('resolved', 'closed')";
    case WeeklyFigure::ComplaintsEscalated:
        return "SELECT c.owner_id, k.id, " + customer +
               "date(k.escalated_at, 'localtime'), 0, k.escalation_level FROM complaints k CROSS JOIN customers c ON "
               "c.id = k.customer_id WHERE k.escalated_at >= :t_from AND k.escalated_at < :t_after" +
               own;
    case WeeklyFigure::CurrentCustomers:
        return "SELECT c.owner_id, c.id, " + customer + "date(c.updated_at, 'localtime'), " + completenessSql() +
               ", '' FROM customers c WHERE c.status = 'current'" + own;
    case WeeklyFigure::StaleCards:
        return "SELECT c.owner_id, c.id, " + customer +
               "date(c.updated_at, 'localtime'), 0, c.status FROM customers c WHERE " + kStaleCard + own;
    case WeeklyFigure::AClassWithoutContact:
        return "SELECT c.owner_id, c.id, " + customer +
               "(SELECT date(max(i.occurred_at), 'localtime') FROM interactions i WHERE i.customer_id = c.id AND "
               "i.occurred_at < :t_after), 0, 'A' FROM customers c WHERE c.status <> 'lost' AND EXISTS (SELECT 1 FROM "
               "scores s WHERE s.customer_id = c.id AND s.abc = 'A') AND " +
               kNoContactIn30Days + own;
    case WeeklyFigure::FollowUpsDue:
        return "SELECT c.owner_id, i.id, " + customer +
               "substr(i.next_follow_up, 1, 10), 0, i.summary FROM interactions i CROSS JOIN customers c ON c.id = "
               "i.customer_id WHERE i.next_follow_up >= :from AND i.next_follow_up < :after" +
               own;
    case WeeklyFigure::FollowUpsDone:
        return "SELECT c.owner_id, i.id, " + customer +
               "substr(i.next_follow_up, 1, 10), 0, i.summary FROM interactions i CROSS JOIN customers c ON c.id = "
               "i.customer_id WHERE i.next_follow_up >= :from AND i.next_follow_up < :after AND EXISTS (SELECT 1 FROM "
               "interactions l WHERE l.customer_id = i.customer_id AND l.occurred_at > i.occurred_at AND "
               "l.occurred_at < :t_after)" +
               own;
    case WeeklyFigure::FollowUpsOverdue:
        return "SELECT c.owner_id, i.id, " + customer +
               "substr(i.next_follow_up, 1, 10), 0, i.summary FROM interactions i JOIN customers c ON c.id = "
               "i.customer_id WHERE i.next_follow_up < :after AND i.occurred_at < :t_after AND NOT "
               "EXISTS (SELECT 1 FROM interactions l WHERE l.customer_id = i.customer_id AND l.occurred_at > "
               "i.occurred_at AND l.occurred_at < :t_after)" +
               own;
    case WeeklyFigure::IntoDeclineOrLost:
    case WeeklyFigure::WonBack:
        return "SELECT c.owner_id, h.id, " + customer +
               "substr(h.changed_on, 1, 10), 0, h.to_stage FROM lifecycle_history h JOIN customers c ON c.id = "
               "h.customer_id WHERE substr(h.changed_on, 1, 10) BETWEEN :from AND :to AND h.to_stage " +
               (figure == WeeklyFigure::WonBack ? "= 'won_back'" : "IN ('decline', 'lost')") + own;
    case WeeklyFigure::WinBackQueue:
        return "SELECT c.owner_id, c.id, " + customer +
               "(SELECT r.as_of FROM score_runs r WHERE r.id = s.run_id), 0, s.lifecycle_stage FROM customers c JOIN "
               "scores s ON s.customer_id = c.id WHERE " +
               kInWinBackQueue + own;
    case WeeklyFigure::WinBackContacted:
        return "SELECT * FROM (SELECT c.owner_id, c.id, " + customer +
               "(SELECT date(max(i.occurred_at), 'localtime') FROM interactions i WHERE i.customer_id = c.id AND "
               "i.occurred_at >= :t_from AND i.occurred_at < :t_after) AS day, 0, s.lifecycle_stage FROM customers c "
               "JOIN "
               "scores s ON s.customer_id = c.id WHERE " +
               kInWinBackQueue + own + ") WHERE day IS NOT NULL";
    case WeeklyFigure::HighRiskAClass:
        return "SELECT c.owner_id, c.id, " + customer +
               "(SELECT r.as_of FROM score_runs r WHERE r.id = s.run_id), 0, 'A' FROM customers c JOIN scores s ON "
               "s.customer_id = c.id WHERE " +
               kHighRiskAClass + own;
    }
    return {};
}

// A month or less is read day by day; a longer period customer by customer (recordSql's customersLead).
bool isLongPeriod(const QDate& from, const QDate& to)
{
    return from.daysTo(to) > 31;
}

void bindIfUsed(SQLite::Statement& q, const std::string& sql, const char* name, const std::string& value)
{
    if (sql.find(name) != std::string::npos)
        q.bind(name, value);
}

// Days without a change after which a card counts as not touched (动态管理): the office setting card.stale_days.
int staleCardDays(Database& db)
{
    bool ok = false;
    const int days = SettingsRepository::value(db, "card.stale_days").value_or(QString()).toInt(&ok);
    return ok && days > 0 ? days : kDefaultStaleCardDays;
}

// Binds the period's parameters that `sql` uses (recordSql lists them).
void bindPeriod(Database& db, SQLite::Statement& q, const std::string& sql, const QDate& from, const QDate& to)
{
    bindIfUsed(q, sql, ":from", iso(from));
    bindIfUsed(q, sql, ":to", iso(to));
    bindIfUsed(q, sql, ":after", iso(to.addDays(1)));
    // Times are stored in UTC; the office's days begin at local midnight.
    bindIfUsed(q, sql, ":t_from", localDayStartUtc(from));
    bindIfUsed(q, sql, ":t_after", localDayStartUtc(to.addDays(1)));
    if (sql.find(":t_stale") != std::string::npos)
        bindIfUsed(q, sql, ":t_stale", localDayStartUtc(to.addDays(1 - staleCardDays(db))));
    bindIfUsed(q, sql, ":t_contact", localDayStartUtc(to.addDays(-29)));
}

// The index of the period (oldest first, not overlapping) that `day` falls in; -1 when none.
int periodOf(const std::vector<std::pair<QDate, QDate>>& periods, const QDate& day)
{
    auto it = std::upper_bound(periods.begin(), periods.end(), day,
                               [](const QDate& d, const std::pair<QDate, QDate>& p) { return d < p.first; });
    if (it == periods.begin() || !(day <= std::prev(it)->second))
        return -1;
    return static_cast<int>(std::prev(it) - periods.begin());
}

// Counts one record of `figure` into a rep's figures for the period [from, to].
void addRecord(RepWeekFigures& f, WeeklyFigure figure, const WeeklyRecord& r, const QDate& from, const QDate& to)
{
    switch (figure) {
    case WeeklyFigure::Interactions:
        ++f.interactions;
        ++f.interactionsByChannel[r.detail];
        break;
    case WeeklyFigure::VisitsDone:
        ++f.visitsDone;
        break;
    case WeeklyFigure::VisitsPlanned:
        ++f.visitsPlanned;
        break;
    case WeeklyFigure::NewCustomers:
        ++f.newCustomers;
        break;
    case WeeklyFigure::CardsEdited:
        ++f.cardsEdited;
        break;
    case WeeklyFigure::Sales:
        ++f.orders;
        f.sales += r.amount;
        break;
    case WeeklyFigure::Collections:
        ++f.payments;
        f.collections += r.amount;
        break;
    case WeeklyFigure::OverdueReceivables: {
        ++f.overdueCount;
        f.overdueReceivables += r.amount;
        const qint64 days = r.day.daysTo(to);
        f.overdueAgeing[days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3] += r.amount;
        // Its first overdue day (the day after the due date) falls in the period.
        if (r.day.addDays(1) >= from) {
            ++f.newlyOverdueCount;
            f.newlyOverdue += r.amount;
        }
        break;
    }
    case WeeklyFigure::ComplaintsReceived:
        ++f.complaintsReceived;
        break;
    case WeeklyFigure::ComplaintsResolved:
        ++f.complaintsResolved;
        if (r.amount > 0) {
            ++f.satisfactionCount;
            f.satisfactionSum += r.amount;
        }
        break;
    case WeeklyFigure::ComplaintsOpenPastDeadline:
        ++f.complaintsOpenPastDeadline;
        break;
    case WeeklyFigure::ComplaintsEscalated:
        ++f.complaintsEscalated;
        break;
    case WeeklyFigure::CurrentCustomers:
        ++f.currentCustomers;
        f.completenessSum += r.amount;
        break;
    case WeeklyFigure::StaleCards:
        ++f.staleCards;
        break;
    case WeeklyFigure::FollowUpsDue:
        ++f.followUpsDue;
        break;
    case WeeklyFigure::FollowUpsDone:
        ++f.followUpsDone;
        break;
    case WeeklyFigure::FollowUpsOverdue:
        ++f.followUpsOverdue;
        break;
    case WeeklyFigure::IntoDeclineOrLost:
        ++f.intoDeclineOrLost;
        break;
    case WeeklyFigure::WonBack:
        ++f.wonBack;
        break;
    case WeeklyFigure::HighRiskAClass:
        ++f.highRiskAClass;
        break;
    case WeeklyFigure::WinBackQueue:
        ++f.winBackQueue;
        break;
    case WeeklyFigure::WinBackContacted:
        ++f.winBackContacted;
        break;
    case WeeklyFigure::AClassWithoutContact:
        ++f.aClassWithoutContact;
        break;
    case WeeklyFigure::NewlyOverdue:
        break;
    }
}

} // namespace

const std::vector<const char*>& WeeklyReviewQueries::completenessFields()
{
    // The basic, detailed and evaluation fields a rep fills in by talking to the customer, plus one contact.
    static const std::vector<const char*> fields = {
        "industry", "region",        "address",           "phone",  "email", "source",
        "size",     "credit_rating", "preferred_payment", "contact"};
    return fields;
}

core::Result<qint64> WeeklyReviewQueries::areaByName(const QString& name)
{
    const core::User& user = m_session.user();
    try {
        SQLite::Statement q(m_session.db().sql(), "SELECT id FROM areas WHERE name = ? COLLATE NOCASE");
        sqlbind::text(q, 1, name.trimmed());
        if (!q.executeStep())
            return makeError(ErrorCode::NotFound, QStringLiteral("There is no area named '%1'.").arg(name),
                             QStringLiteral("area"));
        const qint64 id = q.getColumn(0).getInt64();
        if (user.role == Role::Rep || (user.role == Role::Manager && id != user.areaId))
            return makeError(ErrorCode::AccessDenied, QStringLiteral("Area '%1' is not yours to review.").arg(name),
                             QStringLiteral("area"));
        return id;
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Internal, QString::fromUtf8(e.what()));
    }
}

core::Result<std::vector<ReviewRep>> WeeklyReviewQueries::reps(qint64 areaId)
{
    const core::User& user = m_session.user();
    std::string where;
    switch (user.role) {
    case Role::Rep:
        where = "u.id = " + std::to_string(user.id);
        break;
    case Role::Manager:
        if (areaId > 0 && areaId != user.areaId)
            return makeError(ErrorCode::AccessDenied, QStringLiteral("That area is not yours to review."),
                             QStringLiteral("area"));
        where = "u.area_id = " + std::to_string(user.areaId);
        break;
    case Role::Admin:
        where = areaId > 0 ? "u.area_id = " + std::to_string(areaId) : "1";
        break;
    }
    // Reps that left stay in the review while they still own customers.
    const std::string sql =
        "SELECT u.id, u.username, u.display_name, coalesce(u.area_id, 0), coalesce(a.name, '') FROM users u "
        "LEFT JOIN areas a ON a.id = u.area_id WHERE u.role = 'rep' AND (u.active = 1 OR EXISTS (SELECT 1 FROM "
        "customers c WHERE c.owner_id = u.id)) AND EXISTS (SELECT 1 FROM users me WHERE me.id = " +
        std::to_string(user.id) + " AND me.active = 1) AND " + where + " ORDER BY u.username";
    std::vector<ReviewRep> rows;
    auto status = m_session.db().read([&]() -> core::Status {
        SQLite::Statement q(m_session.db().sql(), sql);
        while (q.executeStep()) {
            ReviewRep rep;
            rep.id = q.getColumn(0).getInt64();
            rep.username = sqlbind::toQString(q.getColumn(1));
            rep.displayName = sqlbind::toQString(q.getColumn(2));
            rep.areaId = q.getColumn(3).getInt64();
            rep.areaName = sqlbind::toQString(q.getColumn(4));
            rows.push_back(std::move(rep));
        }
        return {};
    });
    if (!status)
        return status.error();
    return rows;
}

core::Status WeeklyReviewQueries::scan(WeeklyFigure figure, const std::vector<ReviewRep>& reps, const QDate& from,
                                       const QDate& to, bool ordered,
                                       const std::function<void(const WeeklyRecord&)>& visit)
{
    const std::string sql =
        recordSql(figure, idList(reps), AccessScope::customerFilter(m_session, "c"), isLongPeriod(from, to)) +
        (ordered ? " ORDER BY 6, 2" : "");
    SQLite::Statement q(m_session.db().sql(), sql);
    bindPeriod(m_session.db(), q, sql, from, to);
    QElapsedTimer clock;
    clock.start();
    qint64 rows = 0;
    WeeklyRecord record;
    while (q.executeStep()) {
        ++rows;
        record.repId = sqlbind::toId(q.getColumn(0));
        record.id = q.getColumn(1).getInt64();
        record.customerId = q.getColumn(2).getInt64();
        record.customerCode = sqlbind::toQString(q.getColumn(3));
        record.customerName = sqlbind::toQString(q.getColumn(4));
        record.day = sqlbind::toDate(q.getColumn(5));
        record.amount = q.getColumn(6).getDouble();
        record.detail = sqlbind::toQString(q.getColumn(7));
        visit(record);
    }
    spdlog::debug("weekly figure {}: {} rows in {} ms", static_cast<int>(figure), rows, clock.elapsed());
    spdlog::trace("weekly figure {} SQL: {}", static_cast<int>(figure), sql);
    return {};
}

core::Result<std::map<qint64, PeriodSums>>
WeeklyReviewQueries::salesAndCollections(const QDate& from, const QDate& since, const QDate& to, qint64 areaId)
{
    if (!from.isValid() || !to.isValid() || to < from || !since.isValid() || since < from || to < since)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A period needs a first and a last day, in order."),
                         QStringLiteral("period"));
    auto reps = this->reps(areaId);
    if (!reps)
        return reps.error();
    std::map<qint64, PeriodSums> sums;
    for (const ReviewRep& rep : *reps)
        sums[rep.id] = {};
    if (reps->empty())
        return sums;
    // Sums in SQL over the Sales and Collections figures' own records (recordSql), without building one per order;
    // the part from `since` on in the same pass (a month's sums cost 1.5 s CPU more on their own, 1 M office).
    const std::string scope = AccessScope::customerFilter(m_session, "c");
    auto status = m_session.db().read([&]() -> core::Status {
        for (const WeeklyFigure figure : {WeeklyFigure::Sales, WeeklyFigure::Collections}) {
            QElapsedTimer clock;
            clock.start();
            const std::string sql = "WITH r(rep, id, customer, code, name, day, amount, detail) AS (" +
                                    recordSql(figure, idList(*reps), scope, isLongPeriod(from, to)) +
                                    ") SELECT rep, total(amount), total(CASE WHEN day >= :since THEN amount END) "
                                    "FROM r GROUP BY rep";
            SQLite::Statement q(m_session.db().sql(), sql);
            bindIfUsed(q, sql, ":from", iso(from));
            bindIfUsed(q, sql, ":to", iso(to));
            q.bind(":since", iso(since));
            while (q.executeStep()) {
                auto it = sums.find(q.getColumn(0).getInt64());
                if (it == sums.end())
                    continue;
                const bool sales = figure == WeeklyFigure::Sales;
                (sales ? it->second.sales : it->second.collections) = q.getColumn(1).getDouble();
                (sales ? it->second.salesSince : it->second.collectionsSince) = q.getColumn(2).getDouble();
            }
            spdlog::debug("weekly sums of figure {} from {}: {} ms", static_cast<int>(figure), iso(from),
                          clock.elapsed());
        }
        return {};
    });
    if (!status)
        return status.error();
    return sums;
}

core::Status WeeklyReviewQueries::sumCardKeeping(const std::vector<ReviewRep>& reps, const QDate& from, const QDate& to,
                                                 const std::unordered_map<qint64, RepWeekFigures*>& byRep)
{
    const std::string sql = cardKeepingSql(idList(reps), AccessScope::customerFilter(m_session, "c"));
    SQLite::Statement q(m_session.db().sql(), sql);
    bindPeriod(m_session.db(), q, sql, from, to);
    QElapsedTimer clock;
    clock.start();
    while (q.executeStep()) {
        auto it = byRep.find(q.getColumn(0).getInt64());
        if (it == byRep.end())
            continue;
        RepWeekFigures& f = *it->second;
        f.currentCustomers = q.getColumn(1).getInt64();
        f.completenessSum = q.getColumn(2).getDouble();
        f.staleCards = q.getColumn(3).getInt64();
        f.aClassWithoutContact = q.getColumn(4).getInt64();
        f.highRiskAClass = q.getColumn(5).getInt64();
        f.winBackQueue = q.getColumn(6).getInt64();
        f.winBackContacted = q.getColumn(7).getInt64();
    }
    spdlog::debug("weekly card keeping: {} reps in {} ms", reps.size(), clock.elapsed());
    return {};
}

core::Result<std::vector<RepWeekFigures>> WeeklyReviewQueries::figures(const QDate& from, const QDate& to,
                                                                       qint64 areaId)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A period needs a first and a last day, in order."),
                         QStringLiteral("period"));
    auto reps = this->reps(areaId);
    if (!reps)
        return reps.error();
    std::vector<RepWeekFigures> rows(reps->size());
    std::unordered_map<qint64, RepWeekFigures*> byRep;
    for (std::size_t i = 0; i < reps->size(); ++i) {
        rows[i].rep = (*reps)[i];
        byRep[rows[i].rep.id] = &rows[i];
    }
    if (rows.empty())
        return rows;
    const std::vector<WeeklyFigure> wanted = {WeeklyFigure::Interactions,
                                              WeeklyFigure::VisitsDone,
                                              WeeklyFigure::VisitsPlanned,
                                              WeeklyFigure::NewCustomers,
                                              WeeklyFigure::CardsEdited,
                                              WeeklyFigure::Sales,
                                              WeeklyFigure::Collections,
                                              WeeklyFigure::OverdueReceivables,
                                              WeeklyFigure::ComplaintsReceived,
                                              WeeklyFigure::ComplaintsResolved,
                                              WeeklyFigure::ComplaintsOpenPastDeadline,
                                              WeeklyFigure::ComplaintsEscalated,
                                              WeeklyFigure::FollowUpsDue,
                                              WeeklyFigure::FollowUpsDone,
                                              WeeklyFigure::FollowUpsOverdue,
                                              WeeklyFigure::IntoDeclineOrLost,
                                              WeeklyFigure::WonBack};
    auto status = m_session.db().read([&]() -> core::Status {
        if (core::Status summed = sumCardKeeping(*reps, from, to, byRep); !summed)
            return summed;
        for (WeeklyFigure figure : wanted) {
            core::Status scanned = scan(figure, *reps, from, to, false, [&](const WeeklyRecord& r) {
                auto it = byRep.find(r.repId);
                if (it == byRep.end())
                    return;
                addRecord(*it->second, figure, r, from, to);
            });
            if (!scanned)
                return scanned;
        }
        SQLite::Statement q(m_session.db().sql(),
                            "SELECT w.rep_id, w.comment, w.reviewed_at, coalesce(nullif(u.display_name, ''), "
                            "u.username) FROM weekly_reviews w LEFT JOIN users u ON u.id = w.reviewer_id "
                            "WHERE w.period_from = ? AND w.period_to = ? AND w.rep_id IN (" +
                                idList(*reps) + ")");
        q.bind(1, iso(from));
        q.bind(2, iso(to));
        while (q.executeStep()) {
            auto it = byRep.find(q.getColumn(0).getInt64());
            if (it == byRep.end())
                continue;
            it->second->reviewed = true;
            it->second->reviewComment = sqlbind::toQString(q.getColumn(1));
            it->second->reviewedAt = sqlbind::toDateTime(q.getColumn(2));
            it->second->reviewerName = sqlbind::toQString(q.getColumn(3));
        }
        return {};
    });
    if (!status)
        return status.error();
    return rows;
}

core::Result<std::vector<std::vector<RepWeekFigures>>>
WeeklyReviewQueries::history(const std::vector<std::pair<QDate, QDate>>& periods, qint64 areaId)
{
    for (std::size_t k = 0; k < periods.size(); ++k) {
        const auto& [from, to] = periods[k];
        if (!from.isValid() || !to.isValid() || to < from || (k > 0 && from <= periods[k - 1].second))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("The periods need a first and a last day each, in order, not overlapping."),
                             QStringLiteral("period"));
    }
    auto reps = this->reps(areaId);
    if (!reps)
        return reps.error();
    std::vector<std::vector<RepWeekFigures>> rows(periods.size(), std::vector<RepWeekFigures>(reps->size()));
    std::vector<std::unordered_map<qint64, RepWeekFigures*>> byRep(periods.size());
    for (std::size_t k = 0; k < periods.size(); ++k)
        for (std::size_t i = 0; i < reps->size(); ++i) {
            rows[k][i].rep = (*reps)[i];
            byRep[k][rows[k][i].rep.id] = &rows[k][i];
        }
    if (periods.empty() || reps->empty())
        return rows;
    const QDate first = periods.front().first;
    const QDate last = periods.back().second;
    auto status = m_session.db().read([&]() -> core::Status {
        // The events: each record's day says its period.
        for (WeeklyFigure figure :
             {WeeklyFigure::Interactions, WeeklyFigure::VisitsDone, WeeklyFigure::VisitsPlanned,
              WeeklyFigure::NewCustomers, WeeklyFigure::Sales, WeeklyFigure::Collections,
              WeeklyFigure::ComplaintsReceived, WeeklyFigure::ComplaintsResolved, WeeklyFigure::ComplaintsEscalated}) {
            core::Status scanned = scan(figure, *reps, first, last, false, [&](const WeeklyRecord& r) {
                const int k = periodOf(periods, r.day);
                if (k < 0)
                    return;
                auto it = byRep[k].find(r.repId);
                if (it != byRep[k].end())
                    addRecord(*it->second, figure, r, periods[k].first, periods[k].second);
            });
            if (!scanned)
                return scanned;
        }
        // Complaints open past deadline are a state at each period's end; the office has few complaints.
        for (std::size_t k = 0; k < periods.size(); ++k) {
            core::Status scanned = scan(WeeklyFigure::ComplaintsOpenPastDeadline, *reps, periods[k].first,
                                        periods[k].second, false, [&](const WeeklyRecord& r) {
                                            auto it = byRep[k].find(r.repId);
                                            if (it != byRep[k].end())
                                                ++it->second->complaintsOpenPastDeadline;
                                        });
            if (!scanned)
                return scanned;
        }
        if (core::Status summed = sumCardsEdited(*reps, periods, byRep); !summed)
            return summed;
        return sumOverdue(*reps, periods, byRep);
    });
    if (!status)
        return status.error();
    return rows;
}

core::Status WeeklyReviewQueries::sumCardsEdited(const std::vector<ReviewRep>& reps,
                                                 const std::vector<std::pair<QDate, QDate>>& periods,
                                                 std::vector<std::unordered_map<qint64, RepWeekFigures*>>& byRep)
{
    // The CardsEdited records list each customer once with its last change in the period; over several periods
    // a customer counts once in each period with a change (its changes' days, distinct).
    const std::string sql = "SELECT DISTINCT c.owner_id, c.id, date(a.at, 'localtime') FROM customers c CROSS JOIN "
                            "audit_log a ON " +
                            kEditedInPeriod + " WHERE c.owner_id IN (" + idList(reps) + ") AND " +
                            AccessScope::customerFilter(m_session, "c");
    SQLite::Statement q(m_session.db().sql(), sql);
    bindPeriod(m_session.db(), q, sql, periods.front().first, periods.back().second);
    QElapsedTimer clock;
    clock.start();
    std::set<std::pair<qint64, int>> counted; // customer, period
    while (q.executeStep()) {
        const int k = periodOf(periods, sqlbind::toDate(q.getColumn(2)));
        if (k < 0 || !counted.emplace(q.getColumn(1).getInt64(), k).second)
            continue;
        auto it = byRep[k].find(q.getColumn(0).getInt64());
        if (it != byRep[k].end())
            ++it->second->cardsEdited;
    }
    spdlog::debug("weekly history, cards edited: {} periods in {} ms", periods.size(), clock.elapsed());
    return {};
}

core::Status WeeklyReviewQueries::sumOverdue(const std::vector<ReviewRep>& reps,
                                             const std::vector<std::pair<QDate, QDate>>& periods,
                                             std::vector<std::unordered_map<qint64, RepWeekFigures*>>& byRep)
{
    // The OverdueReceivables figure at every period's end `to`: a receivable open at `to` is open now or was paid
    // after `to`, so those open now and due before the last end, or paid after the first end, with their
    // payments after the first end, hold every period's; its open amount at `to` is computed as recordSql does
    // (open now plus the payments after `to`, added in the same order).
    const std::string firstTo = iso(periods.front().second);
    const std::string lastTo = iso(periods.back().second);
    const std::string sql =
        "SELECT c.owner_id, r.id, r.due_date, r.amount - r.paid_amount, p.paid_date, p.amount FROM receivables r "
        "CROSS JOIN customers c ON c.id = r.customer_id LEFT JOIN payments p ON p.receivable_id = r.id AND "
        "p.paid_date > :first_to WHERE r.id IN (SELECT id FROM receivables WHERE due_date < :last_to AND paid_amount "
        "< amount UNION ALL SELECT receivable_id FROM payments WHERE paid_date > :first_to) AND r.due_date < "
        ":last_to AND c.owner_id IN (" +
        idList(reps) + ") AND " + AccessScope::customerFilter(m_session, "c");
    SQLite::Statement q(m_session.db().sql(), sql);
    q.bind(":first_to", firstTo);
    q.bind(":last_to", lastTo);
    QElapsedTimer clock;
    clock.start();
    std::vector<std::string> ends;
    for (const auto& period : periods)
        ends.push_back(iso(period.second));
    WeeklyRecord receivable;
    std::string due;
    double openNow = 0;
    std::vector<std::pair<std::string, double>> paidAfter; // the receivable's payments after the first end
    const auto count = [&]() {
        for (std::size_t k = 0; k < periods.size(); ++k) {
            if (!(due < ends[k]))
                continue;
            double later = 0;
            for (const auto& [day, amount] : paidAfter)
                if (day > ends[k])
                    later += amount;
            receivable.amount = openNow + later;
            if (receivable.amount <= core::kHalfCent)
                continue;
            auto it = byRep[k].find(receivable.repId);
            if (it != byRep[k].end())
                addRecord(*it->second, WeeklyFigure::OverdueReceivables, receivable, periods[k].first,
                          periods[k].second);
        }
    };
    while (q.executeStep()) {
        const qint64 id = q.getColumn(1).getInt64();
        if (id != receivable.id) {
            if (receivable.id != 0)
                count();
            receivable.id = id;
            receivable.repId = sqlbind::toId(q.getColumn(0));
            due = q.getColumn(2).getString();
            receivable.day = QDate::fromString(QString::fromStdString(due), Qt::ISODate);
            openNow = q.getColumn(3).getDouble();
            paidAfter.clear();
        }
        if (!q.getColumn(4).isNull())
            paidAfter.emplace_back(q.getColumn(4).getString(), q.getColumn(5).getDouble());
    }
    if (receivable.id != 0)
        count();
    spdlog::debug("weekly history, overdue receivables: {} periods in {} ms", periods.size(), clock.elapsed());
    return {};
}

core::Result<std::vector<WeeklyRecord>> WeeklyReviewQueries::records(WeeklyFigure figure, qint64 repId,
                                                                     const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A period needs a first and a last day, in order."),
                         QStringLiteral("period"));
    auto reps = this->reps(0);
    if (!reps)
        return reps.error();
    std::vector<ReviewRep> one;
    for (const ReviewRep& rep : *reps)
        if (rep.id == repId)
            one.push_back(rep);
    if (one.empty())
        return makeError(ErrorCode::NotFound, QStringLiteral("User %1 is not a rep you may review.").arg(repId),
                         QStringLiteral("user"));
    std::vector<WeeklyRecord> rows;
    auto status = m_session.db().read([&]() -> core::Status {
        return scan(figure, one, from, to, true, [&](const WeeklyRecord& r) { rows.push_back(r); });
    });
    if (!status)
        return status.error();
    return rows;
}

} // namespace carddesk::storage
