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
        // Scope first: per customer in scope the id of its latest survey (by day, then id; one probe of
        // satisfaction_surveys_customer), materialized so the probe runs once; then the customers rated by a survey
        // or a closed complaint, with the closed complaints' satisfaction since that survey and the score. A rep's
        // matrix reads the rep's customers only (1 M office: 0.2 s CPU for 99,054 customers, PERFORMANCE.md).
        SQLite::Statement q(
            db, "WITH x AS MATERIALIZED (SELECT c.id, (SELECT s.id FROM satisfaction_surveys s WHERE s.customer_id = "
                "c.id ORDER BY s.surveyed_on DESC, s.id DESC LIMIT 1) AS sid FROM customers c WHERE " +
                    filter +
                    ") SELECT c.id, c.code, c.name, coalesce(nullif(u.display_name, ''), u.username), "
                    "(ls.product_score + ls.service_score + ls.staff_score + ls.image_score) / 4.0, ls.surveyed_on, "
                    "(SELECT total(k.satisfaction) FROM complaints k WHERE k.customer_id = c.id AND "
                    "k.status = 'closed' AND k.satisfaction > 0 AND (ls.surveyed_on IS NULL OR "
                    "date(k.received_at, 'localtime') >= ls.surveyed_on)), "
                    "(SELECT count(*) FROM complaints k WHERE k.customer_id = c.id AND k.status = 'closed' AND "
                    "k.satisfaction > 0 AND (ls.surveyed_on IS NULL OR date(k.received_at, 'localtime') >= "
                    "ls.surveyed_on)), "
                    "sc.customer_id IS NOT NULL, coalesce(sc.x, 0), sc.p_alive, coalesce(sc.stage_code, 0), "
                    "sc.last_order_date FROM x JOIN customers c ON c.id = x.id "
                    "LEFT JOIN satisfaction_surveys ls ON ls.id = x.sid LEFT JOIN users u ON u.id = c.owner_id "
                    "LEFT JOIN scores sc ON sc.customer_id = c.id WHERE x.sid IS NOT NULL OR EXISTS (SELECT 1 FROM "
                    "complaints k WHERE k.customer_id = c.id AND k.status = 'closed' AND k.satisfaction > 0) "
                    "ORDER BY c.id");
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
