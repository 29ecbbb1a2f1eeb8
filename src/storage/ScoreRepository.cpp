#include "storage/ScoreRepository.h"

#include "analytics/AbcClassifier.h"
#include "analytics/DayNumber.h"
#include "storage/AccessScope.h"
#include "storage/SqlBinding.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>

namespace carddesk::storage {

using analytics::LifecycleStage;
using core::ErrorCode;
using core::makeError;

namespace {

// 'YYYY-MM-DD...' to a day number without allocating: scoring reads millions of these.
std::int32_t parseDay(const char* text, int length)
{
    if (length < 10)
        return 0;
    auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    return analytics::dayNumber(digits(0, 4), static_cast<unsigned>(digits(5, 2)), static_cast<unsigned>(digits(8, 2)));
}

std::int32_t dayOf(const QDate& date)
{
    return analytics::dayNumber(date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

std::size_t indexOf(const std::vector<qint64>& ids, qint64 id)
{
    const auto it = std::lower_bound(ids.begin(), ids.end(), id);
    return (it != ids.end() && *it == id) ? static_cast<std::size_t>(it - ids.begin()) : ids.size();
}

} // namespace

analytics::ScoringInput ScoringData::input(std::int32_t asOfDay) const
{
    analytics::ScoringInput in;
    in.orders.customer = orderCustomer;
    in.orders.day = orderDay;
    in.orders.amount = orderAmount;
    in.customerCount = ids.size();
    in.asOfDay = asOfDay;
    in.openComplaints = openComplaints;
    in.overdueAmount = overdueAmount;
    in.previousStage = previousStage;
    in.previousStageDay = previousStageDay;
    in.manualStage = manualStage;
    in.manualStageDay = manualStageDay;
    return in;
}

QString ScoreRepository::stageName(LifecycleStage stage)
{
    QString name = QString::fromLatin1(analytics::lifecycleStageName(stage).data(),
                                       static_cast<qsizetype>(analytics::lifecycleStageName(stage).size()));
    return name.replace(QLatin1Char(' '), QLatin1Char('_'));
}

LifecycleStage ScoreRepository::stageFromName(const QString& name)
{
    for (int value = static_cast<int>(LifecycleStage::Potential); value <= static_cast<int>(LifecycleStage::WonBack);
         ++value) {
        const auto stage = static_cast<LifecycleStage>(value);
        if (stageName(stage) == name)
            return stage;
    }
    return LifecycleStage::None;
}

core::Result<ScoringData> ScoreRepository::load(const QDate& asOf)
{
    ScoringData data;
    auto status = m_session.db().read([&]() -> core::Status {
        auto& db = m_session.db().sql();
        const std::string scope = AccessScope::customerFilter(m_session, "c");
        {
            // Stage names compared as bytes: this loop runs once per customer (a million times).
            std::array<std::string, 8> names;
            for (std::size_t k = 1; k < names.size(); ++k)
                names[k] = stageName(static_cast<LifecycleStage>(k)).toStdString();
            auto stageOf = [&names](const SQLite::Column& column) {
                if (column.isNull())
                    return LifecycleStage::None;
                const std::string_view text(column.getText(), static_cast<std::size_t>(column.getBytes()));
                for (std::size_t k = 1; k < names.size(); ++k)
                    if (text == names[k])
                        return static_cast<LifecycleStage>(k);
                return LifecycleStage::None;
            };
            SQLite::Statement q(db, "SELECT c.id, c.manual_stage, c.manual_stage_at, s.lifecycle_stage "
                                    "FROM customers c LEFT JOIN scores s ON s.customer_id = c.id WHERE " +
                                        scope + " ORDER BY c.id");
            while (q.executeStep()) {
                data.ids.push_back(q.getColumn(0).getInt64());
                data.manualStage.push_back(stageOf(q.getColumn(1)));
                const SQLite::Column manualAt = q.getColumn(2);
                data.manualStageDay.push_back(manualAt.isNull() ? 0
                                                                : parseDay(manualAt.getText(), manualAt.getBytes()));
                data.previousStage.push_back(stageOf(q.getColumn(3)));
            }
        }
        {
            // When each customer entered its current stage: one pass over the history's index, not a subquery
            // per customer.
            data.previousStageDay.assign(data.ids.size(), 0);
            SQLite::Statement q(db, "SELECT customer_id, max(changed_on) FROM lifecycle_history GROUP BY customer_id");
            while (q.executeStep()) {
                const std::size_t i = indexOf(data.ids, q.getColumn(0).getInt64());
                const SQLite::Column since = q.getColumn(1);
                if (i < data.ids.size() && !since.isNull())
                    data.previousStageDay[i] = parseDay(since.getText(), since.getBytes());
            }
        }
        const std::size_t n = data.ids.size();
        data.openComplaints.assign(n, 0);
        data.overdueAmount.assign(n, 0.0);
        const std::string asOfText = asOf.toString(Qt::ISODate).toStdString();
        {
            // A plain table scan (no ORDER BY): sequential reads, then a counting sort by customer here, which
            // is cheaper than keeping a covering index sorted on every insert.
            const std::string sql = scope == "1"
                                        ? std::string("SELECT customer_id, order_date, amount FROM orders "
                                                      "WHERE order_date <= ?")
                                        : "SELECT o.customer_id, o.order_date, o.amount FROM orders o WHERE "
                                          "o.order_date <= ? AND o.customer_id IN (SELECT c.id FROM customers c "
                                          "WHERE " +
                                              scope + ")";
            SQLite::Statement q(db, sql);
            q.bind(1, asOfText);
            std::vector<std::int32_t> customer;
            std::vector<std::int32_t> day;
            std::vector<double> amount;
            std::vector<std::uint32_t> perCustomer(n + 1, 0);
            while (q.executeStep()) {
                const std::size_t i = indexOf(data.ids, q.getColumn(0).getInt64());
                if (i >= n)
                    continue;
                const SQLite::Column date = q.getColumn(1);
                customer.push_back(static_cast<std::int32_t>(i));
                day.push_back(parseDay(date.getText(), date.getBytes()));
                amount.push_back(q.getColumn(2).getDouble());
                ++perCustomer[i + 1];
            }
            for (std::size_t i = 0; i < n; ++i)
                perCustomer[i + 1] += perCustomer[i];
            const std::size_t total = customer.size();
            data.orderCustomer.resize(total);
            data.orderDay.resize(total);
            data.orderAmount.resize(total);
            std::vector<std::uint32_t> next(perCustomer.begin(), perCustomer.end() - 1);
            for (std::size_t k = 0; k < total; ++k) {
                const std::uint32_t at = next[static_cast<std::size_t>(customer[k])]++;
                data.orderCustomer[at] = customer[k];
                data.orderDay[at] = day[k];
                data.orderAmount[at] = amount[k];
            }
            // Days within one customer: a handful of orders each, usually already in order.
            for (std::size_t i = 0; i < n; ++i) {
                for (std::uint32_t k = perCustomer[i] + 1; k < perCustomer[i + 1]; ++k) {
                    for (std::uint32_t j = k; j > perCustomer[i] && data.orderDay[j - 1] > data.orderDay[j]; --j) {
                        std::swap(data.orderDay[j - 1], data.orderDay[j]);
                        std::swap(data.orderAmount[j - 1], data.orderAmount[j]);
                    }
                }
            }
        }
        {
            SQLite::Statement q(db, "SELECT k.customer_id, count(*) FROM complaints k JOIN customers c ON "
                                    "c.id = k.customer_id WHERE k.status NOT IN ('resolved', 'closed') AND "
                                    "k.received_at <= ? AND " +
                                        scope + " GROUP BY k.customer_id");
            q.bind(1, asOfText + "T23:59:59");
            while (q.executeStep()) {
                const std::size_t i = indexOf(data.ids, q.getColumn(0).getInt64());
                if (i < n)
                    data.openComplaints[i] = q.getColumn(1).getInt();
            }
        }
        {
            SQLite::Statement q(db, "SELECT r.customer_id, sum(r.amount - r.paid_amount) FROM receivables r JOIN "
                                    "customers c ON c.id = r.customer_id WHERE r.due_date < ? AND "
                                    "r.paid_amount < r.amount AND " +
                                        scope + " GROUP BY r.customer_id");
            q.bind(1, asOfText);
            while (q.executeStep()) {
                const std::size_t i = indexOf(data.ids, q.getColumn(0).getInt64());
                if (i < n)
                    data.overdueAmount[i] = q.getColumn(1).getDouble();
            }
        }
        return {};
    });
    if (!status)
        return status.error();
    return data;
}

core::Status ScoreRepository::save(const QDate& asOf, const ScoringData& data, const analytics::ScoringResult& r,
                                   double seconds, const QJsonObject& parameters)
{
    const std::string asOfText = asOf.toString(Qt::ISODate).toStdString();
    const std::int32_t asOfDay = dayOf(asOf);
    const std::int32_t yearAgo = asOfDay - 365;
    return m_session.db().write([&]() -> core::Status {
        auto& db = m_session.db().sql();
        SQLite::Statement run(db, "INSERT INTO score_runs (as_of, run_at, user_id, customers, seconds, parameters) "
                                  "VALUES (?, ?, ?, ?, ?, ?)");
        run.bind(1, asOfText);
        run.bind(2, Database::nowIso().toStdString());
        run.bind(3, static_cast<int64_t>(m_session.userId()));
        run.bind(4, static_cast<int64_t>(data.ids.size()));
        run.bind(5, seconds);
        run.bind(6, QJsonDocument(parameters).toJson(QJsonDocument::Compact).toStdString());
        run.exec();
        const int64_t runId = db.getLastInsertRowid();

        // Replace the scope's rows: delete then append in customer id (= rowid) order, the cheapest way to
        // rewrite a table; for an admin this is SQLite's truncate optimisation.
        if (AccessScope::customerFilter(m_session, "c") == "1")
            db.exec("DELETE FROM scores");
        else
            db.exec("DELETE FROM scores WHERE customer_id IN (SELECT c.id FROM customers c WHERE " +
                    AccessScope::customerFilter(m_session, "c") + ")");
        // A million rows per run: many rows per statement, texts bound without copies (enum names are string
        // literals; per-row strings live in `texts` until the statement has run).
        constexpr std::size_t kBatch = 16;
        constexpr int kColumns = 28;
        const std::string columns =
            "INSERT INTO scores (customer_id, run_id, as_of, x, t_x, t_cal, monetary_mean, revenue, revenue_12m, "
            "last_order_date, p_alive, expected_purchases_4w, expected_purchases_13w, expected_purchases_26w, "
            "expected_purchases_52w, expected_order_value, clv_12m, abc, rfm_r, rfm_f, rfm_m, rfm_segment, churn_risk, "
            "churn_reasons, churn_reason_codes, lifecycle_stage, lifecycle_rule, advice) VALUES ";
        std::string oneRow = "(?";
        for (int k = 1; k < kColumns; ++k)
            oneRow += ", ?";
        oneRow += ")";
        std::string batchSql = columns;
        for (std::size_t k = 0; k < kBatch; ++k)
            batchSql += (k == 0 ? "" : ", ") + oneRow;
        SQLite::Statement insertBatch(db, batchSql);
        SQLite::Statement insertOne(db, columns + oneRow);
        SQLite::Statement history(db, "INSERT INTO lifecycle_history (customer_id, from_stage, to_stage, changed_on, "
                                      "rule, manual, user_id, reason) VALUES (?, ?, ?, ?, ?, 0, ?, '')");
        // Revenue of the last 12 months, for the list column; orders are sorted by customer.
        std::vector<double> revenue12m(data.ids.size(), 0.0);
        for (std::size_t k = 0; k < data.orderDay.size(); ++k)
            if (data.orderDay[k] > yearAgo)
                revenue12m[static_cast<std::size_t>(data.orderCustomer[k])] += data.orderAmount[k];
        const auto& s = r.summary;
        std::array<std::string, 8> stageNames;
        for (std::size_t k = 0; k < stageNames.size(); ++k)
            stageNames[k] = stageName(static_cast<LifecycleStage>(k)).toStdString();
        struct RowTexts
        {
            char lastOrder[11];
            std::string reasons;
            std::string reasonCodes;
        };
        std::vector<RowTexts> texts(kBatch);
        auto literal = [](std::string_view name) { return name.empty() ? "" : name.data(); };
        auto bindRow = [&](SQLite::Statement& insert, int c, std::size_t i, RowTexts& text) {
            const bool has = s.hasOrders[i] != 0;
            insert.bind(c++, static_cast<int64_t>(data.ids[i]));
            insert.bind(c++, runId);
            insert.bindNoCopy(c++, asOfText);
            insert.bind(c++, s.x[i]);
            insert.bind(c++, s.tx[i]);
            insert.bind(c++, s.T[i]);
            insert.bind(c++, s.m[i]);
            insert.bind(c++, s.windowRevenue[i]); // the revenue ABC classed: the Pareto curve is rebuilt from it
            insert.bind(c++, revenue12m[i]);
            if (has) {
                const analytics::CivilDate civil = analytics::civilDate(s.lastDay[i]);
                std::snprintf(text.lastOrder, sizeof text.lastOrder, "%04d-%02u-%02u", civil.year, civil.month,
                              civil.day);
                insert.bindNoCopy(c++, text.lastOrder);
            } else {
                insert.bind(c++);
            }
            const bool model = has && r.bgnbd.ok;
            if (model) {
                insert.bind(c++, r.pAlive[i]);
                for (std::size_t h = 0; h < 4; ++h)
                    insert.bind(c++, r.expectedPurchases[h][i]);
            } else {
                for (int h = 0; h < 5; ++h)
                    insert.bind(c++);
            }
            if (model && r.gammaGamma.ok) {
                insert.bind(c++, r.expectedOrderValue[i]);
                insert.bind(c++, r.clv[i]);
            } else {
                insert.bind(c++);
                insert.bind(c++);
            }
            insert.bindNoCopy(c++, literal(analytics::abcClassName(r.abc[i])));
            insert.bind(c++, static_cast<int>(r.rfm.r[i]));
            insert.bind(c++, static_cast<int>(r.rfm.f[i]));
            insert.bind(c++, static_cast<int>(r.rfm.m[i]));
            insert.bindNoCopy(c++, has ? literal(analytics::rfmSegmentName(r.rfm.segment[i])) : "");
            insert.bindNoCopy(c++, model ? literal(analytics::churnLevelName(r.churnLevel[i])) : "");
            text.reasons.clear();
            for (const analytics::ChurnReason& reason : r.reasonsOf(i)) {
                if (!text.reasons.empty())
                    text.reasons += "; ";
                text.reasons += analytics::ChurnAssessor::describe(reason);
            }
            insert.bindNoCopy(c++, text.reasons);
            text.reasonCodes = reasonsJson(r.reasonsOf(i));
            insert.bindNoCopy(c++, text.reasonCodes);
            insert.bindNoCopy(c++, stageNames[static_cast<std::size_t>(r.stage[i])]);
            insert.bindNoCopy(c++, literal(analytics::lifecycleRuleId(r.stageRule[i])));
            insert.bindNoCopy(c++, literal(analytics::winBackAdviceName(r.advice[i])));
        };
        const std::size_t n = data.ids.size();
        for (std::size_t first = 0; first < n;) {
            const bool full = n - first >= kBatch;
            SQLite::Statement& insert = full ? insertBatch : insertOne;
            const std::size_t count = full ? kBatch : 1;
            for (std::size_t k = 0; k < count; ++k)
                bindRow(insert, static_cast<int>(k) * kColumns + 1, first + k, texts[k]);
            insert.exec();
            insert.reset();
            first += count;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (r.stage[i] == data.previousStage[i])
                continue;
            history.bind(1, static_cast<int64_t>(data.ids[i]));
            if (data.previousStage[i] == LifecycleStage::None)
                history.bind(2);
            else
                history.bindNoCopy(2, stageNames[static_cast<std::size_t>(data.previousStage[i])]);
            history.bindNoCopy(3, stageNames[static_cast<std::size_t>(r.stage[i])]);
            history.bindNoCopy(4, asOfText);
            history.bindNoCopy(5, literal(analytics::lifecycleRuleId(r.stageRule[i])));
            history.bind(6, static_cast<int64_t>(m_session.userId()));
            history.exec();
            history.reset();
        }
        return {};
    });
}

std::string ScoreRepository::reasonsJson(std::span<const analytics::ChurnReason> reasons)
{
    // Written for every customer of a run: snprintf rather than QJsonDocument, and only the numbers that apply.
    if (reasons.empty())
        return {};
    std::string out = "[";
    char buffer[96];
    for (const analytics::ChurnReason& reason : reasons) {
        if (out.size() > 1)
            out += ',';
        out += "{\"code\":\"";
        out += analytics::churnReasonId(reason.code);
        out += '"';
        if (reason.days != 0) {
            std::snprintf(buffer, sizeof buffer, ",\"days\":%d", reason.days);
            out += buffer;
        }
        if (reason.usualIntervalDays != 0) {
            std::snprintf(buffer, sizeof buffer, ",\"usual_interval_days\":%d", reason.usualIntervalDays);
            out += buffer;
        }
        if (reason.count != 0) {
            std::snprintf(buffer, sizeof buffer, ",\"count\":%d", reason.count);
            out += buffer;
        }
        if (reason.percent != 0.0) {
            std::snprintf(buffer, sizeof buffer, ",\"percent\":%.3f", reason.percent);
            out += buffer;
        }
        if (reason.amount != 0.0) {
            std::snprintf(buffer, sizeof buffer, ",\"amount\":%.2f", reason.amount);
            out += buffer;
        }
        out += '}';
    }
    out += ']';
    return out;
}

std::vector<analytics::ChurnReason> ScoreRepository::parseReasons(const QString& json)
{
    std::vector<analytics::ChurnReason> reasons;
    if (json.isEmpty())
        return reasons;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        const std::string id = object.value(QStringLiteral("code")).toString().toStdString();
        bool known = false;
        analytics::ChurnReason reason;
        for (int code = 0; code <= static_cast<int>(analytics::ChurnReasonCode::OverdueReceivables); ++code) {
            if (analytics::churnReasonId(static_cast<analytics::ChurnReasonCode>(code)) == id) {
                reason.code = static_cast<analytics::ChurnReasonCode>(code);
                known = true;
            }
        }
        if (!known)
            continue;
        reason.days = object.value(QStringLiteral("days")).toInt();
        reason.usualIntervalDays = object.value(QStringLiteral("usual_interval_days")).toInt();
        reason.count = object.value(QStringLiteral("count")).toInt();
        reason.percent = object.value(QStringLiteral("percent")).toDouble();
        reason.amount = object.value(QStringLiteral("amount")).toDouble();
        reasons.push_back(reason);
    }
    return reasons;
}

core::Result<std::optional<CustomerScore>> ScoreRepository::forCustomer(qint64 customerId)
{
    try {
        SQLite::Statement q(m_session.db().sql(),
                            "SELECT s.as_of, s.x, s.last_order_date, s.revenue, s.revenue_12m, s.p_alive, "
                            "s.expected_purchases_26w, s.expected_order_value, s.clv_12m, s.abc, s.rfm_r, s.rfm_f, "
                            "s.rfm_m, s.rfm_segment, s.churn_risk, s.lifecycle_stage, s.lifecycle_rule, s.advice, "
                            "s.churn_reasons, s.churn_reason_codes FROM scores s JOIN customers c ON "
                            "c.id = s.customer_id WHERE s.customer_id = ? AND " +
                                AccessScope::customerFilter(m_session, "c"));
        q.bind(1, static_cast<int64_t>(customerId));
        if (!q.executeStep())
            return std::optional<CustomerScore>();
        auto optionalDouble = [&q](int column) -> std::optional<double> {
            const SQLite::Column value = q.getColumn(column);
            return value.isNull() ? std::nullopt : std::optional<double>(value.getDouble());
        };
        CustomerScore score;
        score.asOf = sqlbind::toDate(q.getColumn(0));
        score.x = q.getColumn(1).getInt();
        score.lastOrderDate = sqlbind::toDate(q.getColumn(2));
        score.revenue = q.getColumn(3).getDouble();
        score.revenue12m = q.getColumn(4).getDouble();
        score.pAlive = optionalDouble(5);
        score.expectedPurchases26w = optionalDouble(6);
        score.expectedOrderValue = optionalDouble(7);
        score.clv12m = optionalDouble(8);
        score.abc = sqlbind::toQString(q.getColumn(9));
        if (const int r = q.getColumn(10).getInt(); r > 0)
            score.rfmScore =
                QStringLiteral("%1%2%3").arg(r).arg(q.getColumn(11).getInt()).arg(q.getColumn(12).getInt());
        score.rfmSegment = sqlbind::toQString(q.getColumn(13));
        score.churnRisk = sqlbind::toQString(q.getColumn(14));
        score.stage = sqlbind::toQString(q.getColumn(15));
        score.stageRule = sqlbind::toQString(q.getColumn(16));
        score.advice = sqlbind::toQString(q.getColumn(17));
        score.reasonsText = sqlbind::toQString(q.getColumn(18));
        score.reasons = parseReasons(sqlbind::toQString(q.getColumn(19)));
        return std::optional<CustomerScore>(std::move(score));
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Result<std::optional<ScoreRunInfo>> ScoreRepository::latestRun()
{
    try {
        SQLite::Statement q(m_session.db().sql(),
                            // Newest run first, stopping at the first one that scored a customer in scope:
                            // max(run_id) over every scored customer read the whole scope.
                            "SELECT r.id, r.as_of, r.run_at, r.customers, r.seconds, r.parameters FROM score_runs r "
                            "WHERE EXISTS (SELECT 1 FROM scores s JOIN customers c ON c.id = s.customer_id "
                            "WHERE s.run_id = r.id AND " +
                                AccessScope::customerFilter(m_session, "c") + ") ORDER BY r.id DESC LIMIT 1");
        if (!q.executeStep())
            return std::optional<ScoreRunInfo>();
        ScoreRunInfo run;
        run.id = q.getColumn(0).getInt64();
        run.asOf = sqlbind::toDate(q.getColumn(1));
        run.runAt = sqlbind::toDateTime(q.getColumn(2));
        run.customers = q.getColumn(3).getInt64();
        run.seconds = q.getColumn(4).getDouble();
        run.parameters = QJsonDocument::fromJson(QByteArray::fromStdString(q.getColumn(5).getString())).object();
        return std::optional<ScoreRunInfo>(std::move(run));
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Result<ScoreOverview> ScoreRepository::overview()
{
    ScoreOverview overview;
    auto status = m_session.db().read([&]() -> core::Status {
        auto& db = m_session.db().sql();
        const std::string from = " FROM scores s JOIN customers c ON c.id = s.customer_id WHERE " +
                                 AccessScope::customerFilter(m_session, "c");
        {
            // One pass: the revenue column for the Pareto curve, counts on the side.
            SQLite::Statement q(db, "SELECT s.revenue, s.last_order_date IS NOT NULL, s.abc" + from);
            std::vector<double> revenue;
            std::vector<std::uint8_t> include;
            while (q.executeStep()) {
                ++overview.scored;
                const bool has = q.getColumn(1).getInt() != 0;
                revenue.push_back(q.getColumn(0).getDouble());
                include.push_back(has ? 1 : 0);
                overview.withOrders += has ? 1 : 0;
                const char* abc = q.getColumn(2).getText();
                if (abc[0] >= 'A' && abc[0] <= 'C')
                    ++overview.abcCounts[static_cast<std::size_t>(abc[0] - 'A')];
            }
            if (overview.withOrders > 0)
                overview.pareto = analytics::AbcClassifier::classify(revenue, include).pareto;
        }
        {
            SQLite::Statement q(db, "SELECT s.rfm_segment, count(*)" + from + " AND s.rfm_segment <> '' GROUP BY 1");
            while (q.executeStep())
                overview.segmentCounts[sqlbind::toQString(q.getColumn(0))] = q.getColumn(1).getInt64();
        }
        {
            SQLite::Statement q(db, "SELECT min(CAST(s.p_alive * 10 AS INTEGER), 9), count(*)" + from +
                                        " AND s.p_alive IS NOT NULL AND s.last_order_date IS NOT NULL GROUP BY 1");
            while (q.executeStep()) {
                const int bin = std::clamp(q.getColumn(0).getInt(), 0, 9);
                overview.pAliveBins[static_cast<std::size_t>(bin)] += q.getColumn(1).getInt64();
                overview.pAliveCount += q.getColumn(1).getInt64();
            }
        }
        return {};
    });
    if (!status)
        return status.error();
    return overview;
}

core::Result<std::vector<ScoreRow>> ScoreRepository::latest()
{
    try {
        SQLite::Statement q(m_session.db().sql(),
                            "SELECT c.code, s.x, s.t_x, s.t_cal, s.p_alive, s.expected_purchases_26w, "
                            "s.expected_order_value, s.clv_12m, s.abc, s.rfm_r, s.rfm_f, s.rfm_m, s.rfm_segment, "
                            "s.churn_risk, s.lifecycle_stage, s.churn_reasons, s.advice, s.as_of FROM scores s "
                            "JOIN customers c ON c.id = s.customer_id WHERE " +
                                AccessScope::customerFilter(m_session, "c") + " ORDER BY c.id");
        std::vector<ScoreRow> rows;
        while (q.executeStep()) {
            ScoreRow row;
            row.customerCode = sqlbind::toQString(q.getColumn(0));
            row.x = q.getColumn(1).getInt();
            row.tx = q.getColumn(2).getDouble();
            row.T = q.getColumn(3).getDouble();
            row.pAlive = q.getColumn(4).getDouble();
            row.expectedPurchases26w = q.getColumn(5).getDouble();
            row.expectedOrderValue = q.getColumn(6).getDouble();
            row.clv12m = q.getColumn(7).getDouble();
            row.abc = sqlbind::toQString(q.getColumn(8));
            const int rScore = q.getColumn(9).getInt();
            if (rScore > 0)
                row.rfmScore =
                    QStringLiteral("%1%2%3").arg(rScore).arg(q.getColumn(10).getInt()).arg(q.getColumn(11).getInt());
            row.rfmSegment = sqlbind::toQString(q.getColumn(12));
            row.churnRisk = sqlbind::toQString(q.getColumn(13));
            row.lifecycleStage = sqlbind::toQString(q.getColumn(14));
            row.churnReasons = sqlbind::toQString(q.getColumn(15));
            row.advice = sqlbind::toQString(q.getColumn(16));
            row.asOf = sqlbind::toQString(q.getColumn(17));
            rows.push_back(std::move(row));
        }
        return rows;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Result<QDateTime> ScoreRepository::lastRunAt()
{
    try {
        SQLite::Statement q(m_session.db().sql(), "SELECT max(run_at) FROM score_runs");
        q.executeStep();
        return sqlbind::toDateTime(q.getColumn(0));
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

} // namespace carddesk::storage
