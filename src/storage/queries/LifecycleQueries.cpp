#include "storage/queries/LifecycleQueries.h"

#include "storage/queries/LifecycleEvents.h"

#include "analytics/CustomerScorer.h"
#include "analytics/StageReplay.h"
#include "storage/access/AccessScope.h"
#include "storage/db/IsoDay.h"
#include "storage/db/RawStatement.h"
#include "storage/db/SqlBinding.h"
#include "storage/repositories/LifecycleRepository.h"
#include "storage/scores/ChurnReasonCodec.h"
#include "storage/scores/CustomerIndex.h"
#include "storage/scores/OrderScan.h"
#include "storage/scores/ScoreRepository.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <ctime>
#include <limits>
#include <optional>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

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
    std::vector<std::int32_t> endDays(result.size());
    for (int i = 0; i < months; ++i) {
        // Month i counted back from the as-of month; the as-of month itself ends at asOf.
        const QDate month = QDate(end.year(), end.month(), 1).addMonths(i - months + 1);
        const QDate last = i == months - 1 ? end : month.addDays(month.daysInMonth() - 1);
        result[static_cast<std::size_t>(i)].monthEnd = last;
        endTexts[static_cast<std::size_t>(i)] = last.toString(Qt::ISODate).toStdString();
        endDays[static_cast<std::size_t>(i)] = isoDayNumber(endTexts[static_cast<std::size_t>(i)]);
    }
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock(); // every thread of the process, the orders' scan included
    std::vector<qint64> ids;
    std::vector<std::int32_t> createdDay;
    std::vector<std::int32_t> recordedFrom;
    std::vector<std::int32_t> orderCustomer, orderDay;
    std::vector<double> orderAmount;
    qint64 customersNs = 0, historyNs = 0;
    auto status = m_session.db().read([&]() -> core::Status {
        auto& db = m_session.db().sql();
        const std::string scope = AccessScope::customerFilter(m_session, "c");
        std::optional<OrderScan> scan;
        {
            // The customers of the scope: only their ids, through the narrowest covering index (a rep's 100 k
            // cards read with their dates cost 3-10 s of random reads). This read fixes the snapshot; the orders'
            // scan on a second connection starts only after it (see OrderScan) and runs beside the reads below.
            // It keeps every order of the office until the scope is known (85 MB for 3.5 M orders), which a rep's
            // scope pays too: reading them here afterwards cost 4-5 s.
            RawStatement q(db, "SELECT c.id FROM customers c WHERE " + scope);
            bool row = q.step();
            if (row && sqlite3_txn_state(db.getHandle(), "main") != SQLITE_TXN_WRITE &&
                db.execAndGet("PRAGMA journal_mode").getString() == "wal") {
                try {
                    scan.emplace(m_session.db().path(), endTexts.back());
                } catch (const std::exception& e) {
                    spdlog::warn("orders not read on a second connection ({}); reading them here", e.what());
                }
            }
            for (; row; row = q.step())
                ids.push_back(q.int64(0));
            if (!std::is_sorted(ids.begin(), ids.end()))
                std::sort(ids.begin(), ids.end());
        }
        const CustomerIndex index(ids);
        const std::size_t n = ids.size();
        {
            // The day each card was entered (potential from then until a first order): the narrow index
            // customers_created read whole, in order, and kept for the scope's customers.
            constexpr std::int32_t kNever = std::numeric_limits<std::int32_t>::max();
            createdDay.assign(n, kNever);
            RawStatement q(db, "SELECT id, created_at FROM customers");
            while (q.step())
                if (const std::size_t i = index.of(q.int64(0)); i < n)
                    createdDay[i] = isoDayNumber(q.text(1));
        }
        customersNs = timer.nsecsElapsed();
        recordedFrom.assign(n, std::numeric_limits<std::int32_t>::max());
        {
            // The recorded history (lifecycleEvents: lifecycle_history and the first stages kept in scores), read
            // as two plain scans and sorted here: the union sorted in SQL cost 3-5 s on a million customers. No
            // scope test in SQL: the customers above are the scope, and anyone else's event finds no index.
            struct Event
            {
                std::uint32_t customer;
                std::int32_t day;
                qint64 id; // lifecycleEvents' order on one day: by id, a first stage (-customer id) first
                std::int8_t stage;
            };
            std::vector<Event> events;
            std::array<std::int8_t, 8> stageOfCode{};
            for (std::size_t code = 0; code < stageOfCode.size(); ++code)
                stageOfCode[code] = static_cast<std::int8_t>(LifecycleRepository::stages().indexOf(
                    ScoreRepository::stageName(static_cast<analytics::LifecycleStage>(code))));
            const std::string bound = endTexts.back() + "~"; // any time on the last day sorts before '~'
            RawStatement first(db, "SELECT customer_id, stage_code, stage_since FROM scores WHERE stage_recorded = 0 "
                                   "AND stage_code <> 0 AND stage_since IS NOT NULL AND stage_since <= ?");
            first.bindStatic(1, bound);
            while (first.step()) {
                const std::size_t i = index.of(first.int64(0));
                const std::int64_t code = first.int64(1);
                if (i < n && code > 0 && code < 8 && stageOfCode[static_cast<std::size_t>(code)] >= 0)
                    events.push_back(Event{static_cast<std::uint32_t>(i), isoDayNumber(first.text(2)), -ids[i],
                                           stageOfCode[static_cast<std::size_t>(code)]});
            }
            RawStatement rows(db, "SELECT customer_id, changed_on, to_stage, id FROM lifecycle_history "
                                  "WHERE changed_on <= ?");
            rows.bindStatic(1, bound);
            while (rows.step()) {
                const std::size_t i = index.of(rows.int64(0));
                const std::string_view stage = rows.text(2);
                const qsizetype at = LifecycleRepository::stages().indexOf(
                    QLatin1String(stage.data(), static_cast<qsizetype>(stage.size())));
                if (i < n && at >= 0)
                    events.push_back(Event{static_cast<std::uint32_t>(i), isoDayNumber(rows.text(1)), rows.int64(3),
                                           static_cast<std::int8_t>(at)});
            }
            std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
                return a.customer != b.customer ? a.customer < b.customer
                       : a.day != b.day         ? a.day < b.day
                                                : a.id < b.id;
            });
            // Per customer, from the first event on: at each month end the stage of the last event on or before it.
            for (std::size_t e = 0; e < events.size();) {
                const std::uint32_t customer = events[e].customer;
                recordedFrom[customer] = events[e].day;
                std::size_t k = e;
                std::int8_t stage = -1;
                for (std::size_t m = 0; m < result.size(); ++m) {
                    while (k < events.size() && events[k].customer == customer && events[k].day <= endDays[m])
                        stage = events[k++].stage;
                    if (stage >= 0)
                        ++result[m].counts[static_cast<std::size_t>(stage)];
                }
                while (e < events.size() && events[e].customer == customer)
                    ++e;
            }
        }
        historyNs = timer.nsecsElapsed();
        // Before a customer's first event: the stage replayed from the orders (StageReplay).
        std::vector<OrderScan::Order> orders;
        bool scanned = false;
        if (scan) {
            if (auto taken = scan->take()) {
                orders = std::move(*taken);
                scanned = true;
            } else {
                spdlog::warn("orders not read on a second connection ({}); reading them here",
                             taken.error().message.toStdString());
            }
            scan.reset();
        }
        if (!scanned)
            orders = OrderScan::read(db, endTexts.back(), [&index, n](std::int64_t id) { return index.of(id) < n; });
        // A counting sort by customer, then by day within each customer's few orders.
        std::vector<std::uint32_t> perCustomer(n + 1, 0);
        for (const OrderScan::Order& o : orders)
            if (const std::size_t i = index.of(o.customerId); i < n)
                ++perCustomer[i + 1];
        for (std::size_t i = 0; i < n; ++i)
            perCustomer[i + 1] += perCustomer[i];
        orderCustomer.resize(perCustomer[n]);
        orderDay.resize(perCustomer[n]);
        orderAmount.resize(perCustomer[n]);
        std::vector<std::uint32_t> next(perCustomer.begin(), perCustomer.end() - 1);
        for (const OrderScan::Order& o : orders) {
            const std::size_t i = index.of(o.customerId);
            if (i >= n)
                continue;
            const std::uint32_t at = next[i]++;
            orderCustomer[at] = static_cast<std::int32_t>(i);
            orderDay[at] = o.day;
            orderAmount[at] = o.amount;
        }
        for (std::size_t i = 0; i < n; ++i)
            for (std::uint32_t k = perCustomer[i] + 1; k < perCustomer[i + 1]; ++k)
                for (std::uint32_t j = k; j > perCustomer[i] && orderDay[j - 1] > orderDay[j]; --j) {
                    std::swap(orderDay[j - 1], orderDay[j]);
                    std::swap(orderAmount[j - 1], orderAmount[j]);
                }
        return {};
    });
    if (!status)
        return status.error();
    const qint64 readNs = timer.nsecsElapsed();
    analytics::StageReplayInput input;
    input.orders = analytics::OrderColumns{orderCustomer, orderDay, orderAmount};
    input.customerCount = ids.size();
    input.evaluationDays = endDays;
    input.createdDay = createdDay;
    input.recordedFromDay = recordedFrom;
    const analytics::ScoringSettings settings; // the scorer's rules and windows
    const auto replayed = analytics::StageReplay::countsOn(input, settings.lifecycle, settings.trendWindowDays);
    for (std::size_t m = 0; m < result.size(); ++m)
        for (std::size_t st = 1; st < replayed[m].size(); ++st) {
            const qsizetype index = LifecycleRepository::stages().indexOf(
                ScoreRepository::stageName(static_cast<analytics::LifecycleStage>(st)));
            if (index >= 0)
                result[m].counts[static_cast<std::size_t>(index)] += static_cast<qint64>(replayed[m][st]);
        }
    spdlog::debug("month-end stages: {} customers {:.3f} s, recorded history {:.3f} s, {} orders {:.3f} s, "
                  "replay {:.3f} s; {:.3f} s of CPU",
                  ids.size(), customersNs / 1e9, (historyNs - customersNs) / 1e9, orderDay.size(),
                  (readNs - historyNs) / 1e9, (timer.nsecsElapsed() - readNs) / 1e9,
                  static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
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
