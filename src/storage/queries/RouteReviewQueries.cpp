#include "storage/queries/RouteReviewQueries.h"

#include "storage/access/AccessScope.h"
#include "storage/db/Database.h"
#include "storage/db/LocalDay.h"
#include "storage/db/SqlBinding.h"
#include "storage/queries/WeeklyReviewQueries.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <map>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

core::Result<std::vector<RouteRow>> RouteReviewQueries::byRegion(const QDate& from, const QDate& to, qint64 areaId)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A period needs a first and a last day, in order."),
                         QStringLiteral("period"));
    auto reps = WeeklyReviewQueries(m_session).reps(areaId);
    if (!reps)
        return reps.error();
    std::map<std::pair<qint64, QString>, RouteRow> rows;
    std::map<qint64, QString> names;
    std::string ids;
    for (const ReviewRep& rep : *reps) {
        names[rep.id] = rep.displayName.isEmpty() ? rep.username : rep.displayName;
        ids += (ids.empty() ? "" : ",") + std::to_string(rep.id);
    }
    if (ids.empty())
        return std::vector<RouteRow>();
    const std::string scope = AccessScope::customerFilter(m_session, "c");
    auto row = [&](qint64 rep, const QString& region) -> RouteRow& {
        RouteRow& r = rows[{rep, region}];
        r.repId = rep;
        r.repName = names[rep];
        r.region = region;
        return r;
    };
    auto status = m_session.db().read([&]() -> core::Status {
        SQLite::Database& db = m_session.db().sql();
        SQLite::Statement customers(db, "SELECT c.owner_id, c.region, count(*) FROM customers c WHERE c.owner_id IN (" +
                                            ids + ") AND " + scope + " GROUP BY 1, 2");
        while (customers.executeStep())
            row(customers.getColumn(0).getInt64(), sqlbind::toQString(customers.getColumn(1))).customers =
                customers.getColumn(2).getInt64();
        // Period-led, as the weekly review's sales: the orders of the period, then their customers.
        SQLite::Statement sales(db, "SELECT c.owner_id, c.region, count(*), total(o.amount) FROM orders o CROSS JOIN "
                                    "customers c ON c.id = o.customer_id WHERE o.order_date BETWEEN ? AND ? AND "
                                    "c.owner_id IN (" +
                                        ids + ") AND " + scope + " GROUP BY 1, 2");
        sqlbind::date(sales, 1, from);
        sqlbind::date(sales, 2, to);
        while (sales.executeStep()) {
            RouteRow& r = row(sales.getColumn(0).getInt64(), sqlbind::toQString(sales.getColumn(1)));
            r.orders = sales.getColumn(2).getInt64();
            r.sales = sales.getColumn(3).getDouble();
        }
        // Visits count for the rep who made them (as in the weekly review), by the visited customer's region.
        // As the weekly review's visits done: a done visit's time (UTC) against the local days' bounds.
        SQLite::Statement visits(db, "SELECT v.user_id, c.region, count(*) FROM visits v JOIN customers c ON c.id = "
                                     "v.customer_id WHERE v.status = 'done' AND (CASE WHEN v.done_at IS NULL THEN "
                                     "v.planned_date BETWEEN ?1 AND ?2 ELSE v.done_at >= ?3 AND v.done_at < ?4 END) "
                                     "AND v.user_id IN (" +
                                         ids + ") AND " + scope + " GROUP BY 1, 2");
        sqlbind::date(visits, 1, from);
        sqlbind::date(visits, 2, to);
        visits.bind(3, localDayStartUtc(from));
        visits.bind(4, localDayStartUtc(to.addDays(1)));
        while (visits.executeStep())
            row(visits.getColumn(0).getInt64(), sqlbind::toQString(visits.getColumn(1))).visitsDone =
                visits.getColumn(2).getInt64();
        return {};
    });
    if (!status)
        return status.error();
    std::vector<RouteRow> list;
    for (auto& [key, r] : rows)
        list.push_back(std::move(r));
    std::sort(list.begin(), list.end(), [](const RouteRow& a, const RouteRow& b) {
        if (a.repName != b.repName)
            return a.repName < b.repName;
        if (a.sales != b.sales)
            return a.sales > b.sales;
        return a.region < b.region;
    });
    return list;
}

} // namespace carddesk::storage
