#include "storage/queries/VisitSuggestionQueries.h"

#include "storage/access/AccessScope.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <unordered_map>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

// Every rule's statement selects the customer's id, code, name, region, address, name's pinyin and then its own two
// values; the
// owner is ?1, the as-of day ?2 and the not-visited cut-off ?3.
struct RuleQuery
{
    VisitSuggestionReason reason;
    std::string sql;
};

std::vector<RuleQuery> ruleQueries(const std::string& base)
{
    const std::string customer = "SELECT c.id, c.code, c.name, c.region, c.address, c.name_pinyin, ";
    // The latest visit: a visit interaction (every completed visit logs one) or a done visit.
    const std::string lastVisit =
        "max(coalesce((SELECT max(substr(i.occurred_at, 1, 10)) FROM interactions i WHERE i.customer_id = c.id AND "
        "i.channel = 'visit'), ''), coalesce((SELECT max(substr(d.done_at, 1, 10)) FROM visits d WHERE d.customer_id "
        "= c.id AND d.status = 'done'), ''))";
    return {
        {SuggestNotVisited, "SELECT * FROM (" + customer + lastVisit +
                                " AS last_visit, 0 FROM customers c JOIN scores s ON s.customer_id = c.id WHERE "
                                "s.abc_code = 1 AND " +
                                base + ") WHERE last_visit < ?3"},
        {SuggestOverdueReceivable,
         customer +
             "sum(r.amount - r.paid_amount), min(r.due_date) FROM customers c JOIN receivables r ON "
             "r.customer_id = c.id WHERE r.amount - r.paid_amount > 0.005 AND r.due_date < ?2 AND " +
             base + " GROUP BY c.id"},
        {SuggestDecline, customer +
                             "s.stage_since, 0 FROM customers c JOIN scores s ON s.customer_id = c.id WHERE "
                             "s.stage_code = 5 AND c.status <> 'lost' AND " +
                             base},
        {SuggestOpenComplaint, customer +
                                   "count(*), 0 FROM customers c JOIN complaints k ON k.customer_id = c.id "
                                   "WHERE k.status NOT IN ('resolved', 'closed') AND " +
                                   base + " GROUP BY c.id"},
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
        const std::string base = "c.owner_id = ?1 AND c.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM visits p "
                                 "WHERE p.customer_id = c.id AND p.status = 'planned') AND " +
                                 AccessScope::customerFilter(m_session, "c");
        std::unordered_map<qint64, size_t> byCustomer;
        for (const RuleQuery& rule : ruleQueries(base)) {
            SQLite::Statement q(m_session.db().sql(), rule.sql);
            q.bind(1, static_cast<int64_t>(ownerId));
            // Only the rules that name ?2 or ?3 take them (binding past the last parameter throws).
            if (q.getBindParameterCount() >= 2)
                sqlbind::date(q, 2, asOf);
            if (q.getBindParameterCount() >= 3)
                sqlbind::date(q, 3, asOf.addDays(-notVisitedDays));
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
