#include "storage/queries/SatisfactionQueries.h"

#include "storage/access/AccessScope.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

core::Result<SatisfactionScope> SatisfactionQueries::evidence()
{
    SatisfactionScope scope;
    auto status = m_session.db().read([&]() -> core::Status {
        auto& db = m_session.db().sql();
        const std::string filter = AccessScope::customerFilter(m_session, "c");
        {
            SQLite::Statement count(db, "SELECT count(*) FROM customers c WHERE " + filter);
            count.executeStep();
            scope.customers = count.getColumn(0).getInt64();
        }
        // The latest survey per customer (by day, then id); the customers rated by a survey or a closed complaint.
        SQLite::Statement q(
            db, "WITH latest AS (SELECT customer_id, surveyed_on, "
                "(product_score + service_score + staff_score + image_score) / 4.0 AS mean, "
                "row_number() OVER (PARTITION BY customer_id ORDER BY surveyed_on DESC, id DESC) AS n "
                "FROM satisfaction_surveys), "
                "rated AS (SELECT customer_id FROM latest WHERE n = 1 UNION SELECT customer_id FROM complaints "
                "WHERE status = 'closed' AND satisfaction > 0), "
                "later AS (SELECT k.customer_id, sum(k.satisfaction) AS total, count(*) AS n FROM complaints k "
                "LEFT JOIN latest l ON l.customer_id = k.customer_id AND l.n = 1 WHERE k.status = 'closed' AND "
                "k.satisfaction > 0 AND (l.surveyed_on IS NULL OR date(k.received_at, 'localtime') >= "
                "l.surveyed_on) GROUP BY k.customer_id) "
                "SELECT c.id, c.code, c.name, coalesce(nullif(u.display_name, ''), u.username), l.mean, "
                "l.surveyed_on, coalesce(later.total, 0), coalesce(later.n, 0), s.customer_id IS NOT NULL, "
                "coalesce(s.x, 0), s.p_alive, coalesce(s.stage_code, 0), s.last_order_date "
                "FROM rated r JOIN customers c ON c.id = r.customer_id "
                "LEFT JOIN latest l ON l.customer_id = c.id AND l.n = 1 "
                "LEFT JOIN later ON later.customer_id = c.id "
                "LEFT JOIN users u ON u.id = c.owner_id LEFT JOIN scores s ON s.customer_id = c.id WHERE " +
                    filter + " ORDER BY c.id");
        while (q.executeStep()) {
            SatisfactionFacts f;
            f.customerId = q.getColumn(0).getInt64();
            f.code = sqlbind::toQString(q.getColumn(1));
            f.name = sqlbind::toQString(q.getColumn(2));
            f.ownerName = sqlbind::toQString(q.getColumn(3));
            if (!q.getColumn(4).isNull())
                f.latestSurveyMean = q.getColumn(4).getDouble();
            f.latestSurveyOn = sqlbind::toDate(q.getColumn(5));
            f.complaintSatisfactionSum = q.getColumn(6).getDouble();
            f.complaintSatisfactionCount = q.getColumn(7).getInt();
            f.scored = q.getColumn(8).getInt() != 0;
            f.repeatPurchases = q.getColumn(9).getInt();
            if (!q.getColumn(10).isNull())
                f.pAlive = q.getColumn(10).getDouble();
            const int stage = q.getColumn(11).getInt();
            f.stage = stage >= 0 && stage <= static_cast<int>(analytics::LifecycleStage::WonBack)
                          ? static_cast<analytics::LifecycleStage>(stage)
                          : analytics::LifecycleStage::None;
            f.lastOrderDate = sqlbind::toDate(q.getColumn(12));
            scope.rated.push_back(std::move(f));
        }
        return {};
    });
    if (!status)
        return status.error();
    return scope;
}

} // namespace carddesk::storage
