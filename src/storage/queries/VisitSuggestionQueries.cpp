#include "storage/queries/VisitSuggestionQueries.h"

#include "storage/access/AccessScope.h"
#include "storage/db/LocalDay.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <unordered_map>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

// Every rule's statement selects the customer's id, code, name, region, address, name's pinyin and then its own two
// values; the owner is ?1, the as-of day ?2 and the not-visited cut-off ?3.
struct RuleQuery
{
    VisitSuggestionReason reason;
    std::string sql;
};

// Each rule first finds its customers' ids from indexes and the rule's own table (MATERIALIZED keeps SQLite from
// folding it into the outer join), and only then reads those customers' rows: a customer's row is wide, and
// reading it for every one of a large rep's customers cost most of the time (docs/PERFORMANCE.md).
std::vector<RuleQuery> ruleQueries(const std::string& outer)
{
    const std::string select = "SELECT c.id, c.code, c.name, c.region, c.address, c.name_pinyin, ";
    const std::string from = " FROM m CROSS JOIN customers c ON c.id = m.id WHERE " + outer;
    // The latest visit, shown with the rule: a visit interaction (every completed visit logs one) or a done visit.
    const std::string lastVisit =
        "max(coalesce((SELECT date(i.occurred_at, 'localtime') FROM interactions i WHERE i.customer_id = c.id AND "
        "i.channel = 'visit' ORDER BY i.occurred_at DESC LIMIT 1), ''), coalesce((SELECT date(max(d.done_at), "
        "'localtime') FROM visits d WHERE d.customer_id = c.id AND d.status = 'done'), ''))";
    return {
        {SuggestNotVisited,
         "WITH m AS MATERIALIZED (SELECT c0.id AS id FROM customers c0 JOIN scores s ON s.customer_id = c0.id WHERE "
         "c0.owner_id = ?1 AND s.abc_code = 1 AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = "
         "c0.id AND i.occurred_at >= ?3 AND i.channel = 'visit') AND NOT EXISTS (SELECT 1 FROM visits d WHERE "
         "d.customer_id = c0.id AND d.status = 'done' AND d.done_at >= ?3)) " +
             select + lastVisit + ", 0" + from},
        {SuggestOverdueReceivable,
         "WITH m AS MATERIALIZED (SELECT r.customer_id AS id, sum(r.amount - r.paid_amount) AS open, min(r.due_date) "
         "AS due FROM customers c0 JOIN receivables r ON r.customer_id = c0.id WHERE c0.owner_id = ?1 AND r.amount - "
         "r.paid_amount > 0.005 AND r.due_date < ?2 GROUP BY r.customer_id) " +
             select + "m.open, m.due" + from},
        {SuggestDecline,
         "WITH m AS MATERIALIZED (SELECT c0.id AS id FROM customers c0 JOIN scores s ON s.customer_id = c0.id WHERE "
         "c0.owner_id = ?1 AND s.stage_code = 5) " +
             select + "0, 0" + from + " AND c.status <> 'lost'"},
        // Open complaints are few: from their status index, whoever owns them, then the owner's.
        {SuggestOpenComplaint,
         "WITH m AS MATERIALIZED (SELECT k.customer_id AS id, count(*) AS n FROM complaints k WHERE k.status IN "
         "('new', 'acknowledged', 'in_progress', 'reopened') GROUP BY k.customer_id) " +
             select + "m.n, 0" + from + " AND c.owner_id = ?1"},
    };
}

} // namespace

core::Result<std::vector<VisitSuggestionRow>> VisitSuggestionQueries::forOwner(qint64 ownerId, const QDate& asOf,
                                                                               int notVisitedDays)
{
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A day is required."), QStringLiteral("date"));
    if (notVisitedDays < 1)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The days without a visit must be at least 1."),
                         QStringLiteral("days"));
    std::vector<VisitSuggestionRow> rows;
    auto status = m_session.db().read([&]() -> core::Status {
        // Visited in the last week (today included): the visit has just dealt with it (a customer visited today
        // was suggested again for the same week).
        const std::string outer = "c.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM visits p WHERE p.customer_id = "
                                  "c.id AND p.status = 'planned') AND NOT EXISTS (SELECT 1 FROM interactions r WHERE "
                                  "r.customer_id = c.id AND r.channel = 'visit' AND r.occurred_at >= ?4) AND " +
                                  AccessScope::customerFilter(m_session, "c");
        std::unordered_map<qint64, size_t> byCustomer;
        for (const RuleQuery& rule : ruleQueries(outer)) {
            SQLite::Statement q(m_session.db().sql(), rule.sql);
            q.bind(1, static_cast<int64_t>(ownerId));
            // Every rule names ?4 (the outer condition), so ?2 and ?3 exist in each even where unused.
            sqlbind::date(q, 2, asOf);
            // Times are UTC; the cut-offs are the local days' starts (LocalDay.h).
            q.bind(3, localDayStartUtc(asOf.addDays(-notVisitedDays)));
            q.bind(4, localDayStartUtc(asOf.addDays(1 - kRecentVisitDays)));
            while (q.executeStep()) {
                const qint64 id = q.getColumn(0).getInt64();
                auto [it, added] = byCustomer.try_emplace(id, rows.size());
                if (added) {
                    VisitSuggestionRow row;
                    row.customerId = id;
                    row.code = sqlbind::toQString(q.getColumn(1));
                    row.name = sqlbind::toQString(q.getColumn(2));
                    row.region = sqlbind::toQString(q.getColumn(3));
                    row.address = sqlbind::toQString(q.getColumn(4));
                    row.namePinyin = sqlbind::toQString(q.getColumn(5));
                    rows.push_back(std::move(row));
                }
                VisitSuggestionRow& row = rows[it->second];
                row.reasons |= rule.reason;
                switch (rule.reason) {
                case SuggestNotVisited:
                    row.lastVisit = sqlbind::toDate(q.getColumn(6));
                    break;
                case SuggestOverdueReceivable:
                    row.overdueAmount = q.getColumn(6).getDouble();
                    row.oldestDue = sqlbind::toDate(q.getColumn(7));
                    break;
                case SuggestOpenComplaint:
                    row.openComplaints = q.getColumn(6).getInt();
                    break;
                case SuggestDecline:
                    break;
                }
            }
        }
        return {};
    });
    if (!status)
        return status.error();
    // A route is planned region by region; customers without a region come last.
    std::sort(rows.begin(), rows.end(), [](const VisitSuggestionRow& a, const VisitSuggestionRow& b) {
        if (a.region.isEmpty() != b.region.isEmpty())
            return b.region.isEmpty();
        if (a.region != b.region)
            return a.region < b.region;
        if (a.namePinyin != b.namePinyin)
            return a.namePinyin < b.namePinyin;
        return a.customerId < b.customerId;
    });
    return rows;
}

} // namespace carddesk::storage
