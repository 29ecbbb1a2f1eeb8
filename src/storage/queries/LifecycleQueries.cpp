#include "storage/queries/LifecycleQueries.h"

#include "storage/queries/LifecycleEvents.h"

#include "storage/access/AccessScope.h"
#include "storage/db/SqlBinding.h"
#include "storage/repositories/LifecycleRepository.h"
#include "storage/scores/ChurnReasonCodec.h"
#include "storage/scores/ScoreRepository.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

std::string placeholders(qsizetype n)
{
    std::string text;
    for (qsizetype i = 0; i < n; ++i)
        text += i == 0 ? "?" : ", ?";
    return text;
}

core::Status checkStages(const QStringList& stages)
{
    for (const QString& stage : stages)
        if (!LifecycleRepository::stages().contains(stage))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("Stage must be one of %1, not '%2'.")
                                 .arg(LifecycleRepository::stages().join(QStringLiteral(", ")), stage),
                             QStringLiteral("stage"));
    return {};
}

} // namespace

core::Result<std::vector<StageSummary>> LifecycleQueries::stageSummary()
{
    std::vector<StageSummary> summary;
    for (const QString& stage : LifecycleRepository::stages())
        summary.push_back(StageSummary{stage});
    auto status = m_session.db().read([&]() -> core::Status {
        SQLite::Statement q(m_session.db().sql(),
                            "SELECT s.lifecycle_stage, count(*), total(s.revenue_12m), total(s.revenue), "
                            "total(s.clv_12m) FROM scores s JOIN customers c ON c.id = s.customer_id WHERE " +
                                AccessScope::customerFilter(m_session, "c") + " GROUP BY s.lifecycle_stage");
        while (q.executeStep()) {
            const qsizetype index = LifecycleRepository::stages().indexOf(sqlbind::toQString(q.getColumn(0)));
            if (index < 0)
                continue; // '' : a row written without a stage
            StageSummary& row = summary[static_cast<std::size_t>(index)];
            row.customers = q.getColumn(1).getInt64();
            row.revenue12m = q.getColumn(2).getDouble();
            row.revenue = q.getColumn(3).getDouble();
            row.clv12m = q.getColumn(4).getDouble();
        }
        return {};
    });
    if (!status)
        return status.error();
    return summary;
}

core::Result<std::vector<StageCustomer>> LifecycleQueries::customersInStage(const QString& stage, int offset, int limit)
{
    return scoredCustomers({stage}, offset, limit);
}

core::Result<std::vector<StageCustomer>> LifecycleQueries::winBackQueue(int offset, int limit)
{
    return scoredCustomers({QStringLiteral("decline"), QStringLiteral("lost")}, offset, limit);
}

core::Result<std::vector<StageCustomer>> LifecycleQueries::scoredCustomers(const QStringList& stages, int offset,
                                                                           int limit)
{
    if (auto ok = checkStages(stages); !ok)
        return ok.error();
    std::vector<StageCustomer> rows;
    auto status = m_session.db().read([&]() -> core::Status {
        std::string sql =
            "SELECT c.id, c.code, c.name, c.owner_id, coalesce(nullif(u.display_name, ''), u.username), "
            "s.lifecycle_stage, s.lifecycle_rule, s.clv_12m, s.revenue_12m, s.revenue, s.churn_risk, "
            "s.churn_reasons, s.advice, s.last_order_date FROM scores s JOIN customers c ON c.id = s.customer_id "
            "LEFT JOIN users u ON u.id = c.owner_id WHERE s.lifecycle_stage IN (" +
            placeholders(stages.size()) + ") AND " + AccessScope::customerFilter(m_session, "c") +
            " ORDER BY s.clv_12m IS NULL, s.clv_12m DESC, s.revenue_12m DESC, c.id";
        if (limit > 0)
            sql += " LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(std::max(0, offset));
        SQLite::Statement q(m_session.db().sql(), sql);
        for (qsizetype i = 0; i < stages.size(); ++i)
            sqlbind::text(q, static_cast<int>(i) + 1, stages[i]);
        while (q.executeStep()) {
            StageCustomer row;
            row.customerId = q.getColumn(0).getInt64();
            row.code = sqlbind::toQString(q.getColumn(1));
            row.name = sqlbind::toQString(q.getColumn(2));
            row.ownerId = sqlbind::toId(q.getColumn(3));
            row.ownerName = sqlbind::toQString(q.getColumn(4));
            row.stage = sqlbind::toQString(q.getColumn(5));
            row.rule = ScoreRepository::ruleId(q.getColumn(6).getInt());
            row.hasClv = !q.getColumn(7).isNull();
            row.clv12m = q.getColumn(7).getDouble();
            row.revenue12m = q.getColumn(8).getDouble();
            row.revenue = q.getColumn(9).getDouble();
            row.churnRisk = sqlbind::toQString(q.getColumn(10));
            const SQLite::Column reasons = q.getColumn(11);
            row.churnReasons =
                ChurnReasonCodec::describe(ChurnReasonCodec::decode(reasons.getBlob(), reasons.getBytes()));
            row.advice = ScoreRepository::adviceName(q.getColumn(12).getInt());
            row.lastOrderDate = sqlbind::toDate(q.getColumn(13));
            rows.push_back(std::move(row));
        }
        return {};
    });
    if (!status)
        return status.error();
    return rows;
}

core::Result<std::vector<MonthStageCounts>> LifecycleQueries::monthlyStageCounts(int months, const QDate& asOf)
{
    if (months < 1 || months > 600)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Months must be from 1 to 600."),
                         QStringLiteral("months"));
    const QDate end = asOf.isValid() ? asOf : QDate::currentDate();
    std::vector<MonthStageCounts> result(static_cast<std::size_t>(months));
    std::vector<std::string> endTexts(result.size());
    for (int i = 0; i < months; ++i) {
        // Month i counted back from the as-of month; the as-of month itself ends at asOf.
        const QDate month = QDate(end.year(), end.month(), 1).addMonths(i - months + 1);
        const QDate last = i == months - 1 ? end : month.addDays(month.daysInMonth() - 1);
        result[static_cast<std::size_t>(i)].monthEnd = last;
        endTexts[static_cast<std::size_t>(i)] = last.toString(Qt::ISODate).toStdString();
    }
    auto status = m_session.db().read([&]() -> core::Status {
        // One pass over the history, sorted per customer by date: for each month end, the last row on or before.
        SQLite::Statement q(m_session.db().sql(),
                            "SELECT h.customer_id, substr(h.changed_on, 1, 10), h.to_stage FROM " +
                                lifecycleEvents(AccessScope::customerFilter(m_session, "c")) +
                                " h WHERE h.changed_on <= ? ORDER BY h.customer_id, h.changed_on, h.id");
        q.bind(1, endTexts.back() + "~"); // any time on the last day sorts before '~'
        qint64 customer = -1;
        std::vector<std::pair<std::string, qsizetype>> steps; // (date, stage index) of one customer
        auto flush = [&]() {
            std::size_t k = 0;
            qsizetype stage = -1;
            for (std::size_t m = 0; m < result.size(); ++m) {
                while (k < steps.size() && steps[k].first <= endTexts[m])
                    stage = steps[k++].second;
                if (stage >= 0)
                    ++result[m].counts[static_cast<std::size_t>(stage)];
            }
            steps.clear();
        };
        while (q.executeStep()) {
            const qint64 id = q.getColumn(0).getInt64();
            if (id != customer) {
                flush();
                customer = id;
            }
            steps.emplace_back(q.getColumn(1).getString(),
                               LifecycleRepository::stages().indexOf(sqlbind::toQString(q.getColumn(2))));
        }
        flush();
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

core::Result<std::vector<LifecycleTransition>> LifecycleQueries::transitions(const QDate& from, const QDate& to,
                                                                             const QStringList& toStages)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The period needs a start on or before its end."),
                         QStringLiteral("from"));
    if (auto ok = checkStages(toStages); !ok)
        return ok.error();
    std::vector<LifecycleTransition> rows;
    auto status = m_session.db().read([&]() -> core::Status {
        std::string sql =
            "SELECT h.id, h.customer_id, h.from_stage, h.to_stage, h.changed_on, h.rule, h.manual, h.user_id, "
            "coalesce(nullif(hu.display_name, ''), hu.username), h.reason, c.code, c.name, "
            "coalesce(nullif(ou.display_name, ''), ou.username) FROM " +
            lifecycleEvents(AccessScope::customerFilter(m_session, "c")) +
            " h "
            "JOIN customers c ON c.id = h.customer_id LEFT JOIN users hu ON hu.id = h.user_id "
            "LEFT JOIN users ou ON ou.id = c.owner_id "
            "WHERE substr(h.changed_on, 1, 10) BETWEEN ? AND ? AND " +
            AccessScope::customerFilter(m_session, "c");
        if (!toStages.isEmpty())
            sql += " AND h.to_stage IN (" + placeholders(toStages.size()) + ")";
        sql += " ORDER BY h.changed_on DESC, h.id DESC";
        SQLite::Statement q(m_session.db().sql(), sql);
        sqlbind::date(q, 1, from);
        sqlbind::date(q, 2, to);
        for (qsizetype i = 0; i < toStages.size(); ++i)
            sqlbind::text(q, static_cast<int>(i) + 3, toStages[i]);
        while (q.executeStep()) {
            LifecycleTransition row;
            core::LifecycleEntry& e = row.entry;
            e.id = q.getColumn(0).getInt64();
            e.customerId = q.getColumn(1).getInt64();
            e.fromStage = sqlbind::toQString(q.getColumn(2));
            e.toStage = sqlbind::toQString(q.getColumn(3));
            e.changedOn = sqlbind::toDate(q.getColumn(4));
            e.rule = sqlbind::toQString(q.getColumn(5));
            e.manual = q.getColumn(6).getInt() != 0;
            e.userId = sqlbind::toId(q.getColumn(7));
            e.userName = sqlbind::toQString(q.getColumn(8));
            e.reason = sqlbind::toQString(q.getColumn(9));
            row.customerCode = sqlbind::toQString(q.getColumn(10));
            row.customerName = sqlbind::toQString(q.getColumn(11));
            row.ownerName = sqlbind::toQString(q.getColumn(12));
            rows.push_back(std::move(row));
        }
        return {};
    });
    if (!status)
        return status.error();
    return rows;
}

} // namespace carddesk::storage
