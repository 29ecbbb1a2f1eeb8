#include "storage/scores/ScoreRepository.h"

#include "analytics/AbcClassifier.h"
#include "analytics/DayNumber.h"
#include "core/InputLimits.h"
#include "storage/access/AccessScope.h"
#include "storage/db/IsoDay.h"
#include "storage/db/MultiRowInsert.h"
#include "storage/db/RawStatement.h"
#include "storage/db/SqlBinding.h"
#include "storage/db/ThreadCpuTime.h"
#include "storage/scores/ChurnReasonCodec.h"
#include "storage/scores/CustomerIndex.h"
#include "storage/scores/OrderScan.h"
#include "storage/scores/RunModels.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <array>
#include <optional>
#include <spdlog/spdlog.h>

namespace carddesk::storage {

using analytics::LifecycleStage;
using core::ErrorCode;
using core::makeError;

namespace {

// The stages stored for these customers (ascending ids), into `data`'s previousStage, previousStageDay,
// previousStageStartRule and previousStageRecorded. Many customers (a whole office): one walk over their range of
// `scores` in id order beside the ids; few (a rep's): a look-up each.
void readStoredStages(sqlite3* db, const std::vector<qint64>& ids, ScoringData& data)
{
    const std::size_t n = ids.size();
    data.previousStage.assign(n, LifecycleStage::None);
    data.previousStageDay.assign(n, 0);
    data.previousStageStartRule.assign(n, 0);
    data.previousStageRecorded.assign(n, 1);
    if (n == 0)
        return;
    auto take = [&](std::size_t i, const RawStatement& row) {
        data.previousStage[i] = static_cast<LifecycleStage>(std::clamp<std::int64_t>(row.int64(1), 0, 7));
        data.previousStageStartRule[i] = static_cast<std::uint8_t>(row.int64(2));
        data.previousStageRecorded[i] = row.int64(3) != 0 ? 1 : 0;
        data.previousStageDay[i] = row.isNull(4) ? 0 : isoDayNumber(row.text(4));
    };
    const qint64 span = ids.back() - ids.front() + 1;
    if (n >= 4096 && span / static_cast<qint64>(n) < 4) {
        RawStatement scan(db, "SELECT customer_id, stage_code, stage_start_rule, stage_recorded, stage_since FROM "
                              "scores WHERE customer_id BETWEEN ? AND ? ORDER BY customer_id");
        scan.bind(1, static_cast<std::int64_t>(ids.front()));
        scan.bind(2, static_cast<std::int64_t>(ids.back()));
        std::size_t i = 0;
        while (scan.step()) {
            const std::int64_t id = scan.int64(0);
            while (i < n && ids[i] < id)
                ++i;
            if (i == n)
                break;
            if (ids[i] == id)
                take(i, scan);
        }
        return;
    }
    RawStatement lookup(db, "SELECT customer_id, stage_code, stage_start_rule, stage_recorded, stage_since FROM "
                            "scores WHERE customer_id = ?");
    for (std::size_t i = 0; i < n; ++i) {
        lookup.bind(1, static_cast<std::int64_t>(ids[i]));
        if (lookup.step())
            take(i, lookup);
        lookup.reset();
    }
}

QString str(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// 545 -> "545"; 0 (no orders) -> "".
QString rfmText(int code)
{
    return code > 0 ? QString::number(code) : QString();
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

void ScoringData::keepRevenueAndReleaseOrders(std::int32_t asOfDay)
{
    const std::int32_t yearAgo = asOfDay - 365;
    revenue12m.assign(ids.size(), 0.0);
    for (std::size_t k = 0; k < orderDay.size(); ++k)
        if (orderDay[k] > yearAgo)
            revenue12m[static_cast<std::size_t>(orderCustomer[k])] += orderAmount[k];
    orderCustomer = {};
    orderDay = {};
    orderAmount = {};
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
    QElapsedTimer timer;
    timer.start();
    qint64 customersNs = 0, otherNs = 0, waitedNs = 0, ordersNs = 0;
    bool onSecondConnection = false;
    const double cpuStart = threadCpuSeconds();
    const std::string asOfText = asOf.toString(Qt::ISODate).toStdString();
    std::optional<OrderScan> scan;
    auto status = m_session.db().read([&]() -> core::Status {
        auto& db = m_session.db().sql();
        const std::string scope = AccessScope::customerFilter(m_session, "c");
        const bool wholeOffice = AccessScope::coversWholeOffice(m_session);
        {
            // This read fixes the transaction's snapshot (its first read of the file); only after it may the
            // orders' own read begin. Ids come from one sequence: for the whole office the largest is about the
            // count (one allocation for the ids).
            data.lastAuditId = db.execAndGet("SELECT coalesce(max(id), 0) FROM audit_log").getInt64();
            data.lastRunId = db.execAndGet("SELECT coalesce(max(id), 0) FROM score_runs").getInt64();
            if (wholeOffice) {
                const auto expected = static_cast<std::size_t>(
                    std::clamp<std::int64_t>(db.execAndGet("SELECT coalesce(max(rowid), 0) FROM customers").getInt64(),
                                             0, db.execAndGet("PRAGMA page_count").getInt64() * 16));
                data.ids.reserve(expected);
            }
            // Only the ids, in no particular order: SQLite walks its narrowest covering index (17 MB for a million
            // cards) instead of the cards (126 MB).
            RawStatement q(db, "SELECT c.id FROM customers c WHERE " + scope);
            bool row = q.step();
            // The whole office's orders on a second connection, beside this read. Not for a narrower scope (the scan
            // keeps every order until the customers are known: 85 MB for 3.5 M orders, for a rep's tenth of them),
            // not inside a write (the other connection would not see its rows) and not off WAL mode (its open would
            // wait for this read to end). If the thread cannot start, the orders are read here.
            if (row && wholeOffice && sqlite3_txn_state(db.getHandle(), "main") != SQLITE_TXN_WRITE &&
                db.execAndGet("PRAGMA journal_mode").getString() == "wal") {
                try {
                    scan.emplace(m_session.db().path(), asOfText);
                } catch (const std::exception& e) {
                    spdlog::warn("orders not read on a second connection ({}); reading them here", e.what());
                }
            }
            for (; row; row = q.step())
                data.ids.push_back(q.int64(0));
            if (!std::is_sorted(data.ids.begin(), data.ids.end()))
                std::sort(data.ids.begin(), data.ids.end());
            const std::size_t n = data.ids.size();
            data.manualStage.assign(n, LifecycleStage::None);
            data.manualStageDay.assign(n, 0);
            const CustomerIndex index(data.ids);
            // Stages set by hand: few cards, found through the partial index customers_manual_stage.
            RawStatement manual(db, "SELECT c.id, c.manual_stage, c.manual_stage_at FROM customers c "
                                    "WHERE c.manual_stage <> '' AND " +
                                        scope);
            while (manual.step()) {
                const std::size_t i = index.of(manual.int64(0));
                if (i >= n)
                    continue;
                const std::string_view name = manual.text(1);
                data.manualStage[i] =
                    stageFromName(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
                data.manualStageDay[i] = isoDayNumber(manual.text(2));
            }
            readStoredStages(db.getHandle(), data.ids, data);
        }
        customersNs = timer.nsecsElapsed();
        const std::size_t n = data.ids.size();
        const CustomerIndex index(data.ids);
        // The customers' rows are needed only for a narrower scope's test: for the whole office (the scoring job)
        // the join was a look-up per open receivable for nothing (0.78 -> 0.27 s on the 1 M office, with v24's
        // receivables_open_customer).
        auto joinCustomers = [&](const char* alias) {
            return wholeOffice ? std::string() : std::string(" JOIN customers c ON c.id = ") + alias + ".customer_id";
        };
        data.openComplaints.assign(n, 0);
        data.overdueAmount.assign(n, 0.0);
        {
            SQLite::Statement q(db, "SELECT k.customer_id, count(*) FROM complaints k" + joinCustomers("k") +
                                        " WHERE k.status NOT IN ('resolved', 'closed') AND k.received_at <= ? AND " +
                                        scope + " GROUP BY k.customer_id");
            q.bind(1, asOfText + "T23:59:59");
            while (q.executeStep()) {
                const std::size_t i = index.of(q.getColumn(0).getInt64());
                if (i < n)
                    data.openComplaints[i] = q.getColumn(1).getInt();
            }
        }
        {
            SQLite::Statement q(db, "SELECT r.customer_id, sum(r.amount - r.paid_amount) FROM receivables r" +
                                        joinCustomers("r") + " WHERE r.due_date < ? AND r.paid_amount < r.amount AND " +
                                        scope + " GROUP BY r.customer_id");
            q.bind(1, asOfText);
            while (q.executeStep()) {
                const std::size_t i = index.of(q.getColumn(0).getInt64());
                const double overdue = q.getColumn(1).getDouble();
                if (i < n && core::InputLimits::isSaneAmount(overdue)) // a file changed outside CardDesk
                    data.overdueAmount[i] = overdue;
            }
        }
        {
            // No scope test in the orders' read: the customers above are the scope, and an order of anyone else
            // finds no index in it and is dropped here (never kept, never shown). Testing `customer_id IN (scope)`
            // in SQL looked each of millions of orders up in a temporary index: 1 s of a 1.2 s read.
            otherNs = timer.nsecsElapsed();
            std::vector<OrderScan::Order> orders;
            if (scan) {
                if (auto scanned = scan->take()) {
                    orders = std::move(*scanned);
                    onSecondConnection = true;
                } else {
                    spdlog::warn("orders not read on a second connection ({}); reading them here",
                                 scanned.error().message.toStdString());
                }
                scan.reset();
            }
            if (!onSecondConnection)
                orders = OrderScan::read(db, asOfText, [&index, n](std::int64_t id) { return index.of(id) < n; });
            waitedNs = timer.nsecsElapsed();
            // A counting sort by customer: cheaper than keeping a covering index sorted on every insert.
            std::vector<std::uint32_t> customerOf(orders.size());
            std::vector<std::uint32_t> perCustomer(n + 1, 0);
            for (std::size_t k = 0; k < orders.size(); ++k) {
                const std::size_t i = index.of(orders[k].customerId);
                customerOf[k] = static_cast<std::uint32_t>(i);
                if (i < n)
                    ++perCustomer[i + 1];
            }
            for (std::size_t i = 0; i < n; ++i)
                perCustomer[i + 1] += perCustomer[i];
            const std::size_t total = perCustomer[n];
            data.orderCustomer.resize(total);
            data.orderDay.resize(total);
            data.orderAmount.resize(total);
            std::vector<std::uint32_t> next(perCustomer.begin(), perCustomer.end() - 1);
            for (std::size_t k = 0; k < orders.size(); ++k) {
                const std::uint32_t i = customerOf[k];
                if (i >= n)
                    continue;
                const std::uint32_t at = next[i]++;
                data.orderCustomer[at] = static_cast<std::int32_t>(i);
                data.orderDay[at] = orders[k].day;
                data.orderAmount[at] = orders[k].amount;
            }
            orders = {};
            customerOf = {};
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
        ordersNs = timer.nsecsElapsed();
        return {};
    });
    if (!status)
        return status.error();
    spdlog::debug("scoring input: {} customers {:.3f} s, complaints and receivables {:.3f} s, {} orders {} then "
                  "waited for {:.3f} s and placed in {:.3f} s; {:.3f} s of this thread's CPU",
                  data.ids.size(), customersNs / 1e9, (otherNs - customersNs) / 1e9, data.orderDay.size(),
                  onSecondConnection ? "read beside them" : "read after them", (waitedNs - otherNs) / 1e9,
                  (ordersNs - waitedNs) / 1e9, threadCpuSeconds() - cpuStart);
    return data;
}

core::Status ScoreRepository::save(const QDate& asOf, const ScoringData& data, const analytics::ScoringResult& r,
                                   double seconds, const QJsonObject& parameters)
{
    const std::string asOfText = asOf.toString(Qt::ISODate).toStdString();
    // References hold by construction, so SQLite's per-row foreign-key look-ups are off (a run can write many
    // thousands of history rows). Under the write lock the scope is checked again: a customer deleted, reassigned
    // or moved out of the user's scope since the data was read gets no entry (another user's scores stay theirs),
    // and a user deactivated meanwhile stores nothing.
    QElapsedTimer whole;
    whole.start();
    qint64 writtenNs = 0;
    const core::Status status = m_session.db().writeWithoutForeignKeyChecks([&]() -> core::Status {
        auto& db = m_session.db().sql();
        if (db.execAndGet("SELECT count(*) FROM users WHERE active = 1 AND id = " + std::to_string(m_session.userId()))
                .getInt() != 1)
            return makeError(ErrorCode::AccessDenied,
                             QStringLiteral("your account is no longer active; nothing was stored"));
        // Old cell bytes are derived data: not zeroed first (Debian builds SQLite with secure_delete on).
        const int secureDelete = db.execAndGet("PRAGMA secure_delete").getInt();
        db.exec("PRAGMA secure_delete = FAST");
        // Pages are read once (the scope below) or written in order and not needed again in this transaction: a
        // small page cache spills them early to the WAL instead of holding 64 MB of them until COMMIT (memory, not
        // speed; the scoring's peak is now, with every result in memory).
        const int cacheSize = db.execAndGet("PRAGMA cache_size").getInt();
        db.exec("PRAGMA cache_size = -8192");
        struct RestoreSettings
        {
            SQLite::Database& db;
            int cacheSize;
            int secureDelete;
            ~RestoreSettings()
            {
                try {
                    db.exec("PRAGMA cache_size = " + std::to_string(cacheSize));
                    db.exec("PRAGMA secure_delete = " + std::to_string(secureDelete));
                } catch (const std::exception& e) {
                    spdlog::error("connection settings not restored after scoring: {}", e.what());
                }
            }
        } restoreSettings{db, cacheSize, secureDelete};
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuSeconds();
        // For the whole office every card that still exists is in scope, so only deletions matter; a narrower scope
        // is read again (reassigned cards leave it).
        const bool wholeOffice = AccessScope::coversWholeOffice(m_session);
        std::vector<std::uint8_t> gone(data.ids.size(), wholeOffice ? 0 : 1);
        const CustomerIndex index(data.ids);
        if (!wholeOffice) {
            // In no particular order, so that SQLite walks its narrowest covering index (17 MB for a million
            // cards) rather than the cards themselves (126 MB): 0.14 -> 0.03 s.
            RawStatement inScope(db,
                                 "SELECT c.id FROM customers c WHERE " + AccessScope::customerFilter(m_session, "c"));
            while (inScope.step()) {
                const std::size_t i = index.of(inScope.int64(0));
                if (i < gone.size())
                    gone[i] = 0;
            }
        }
        {
            // Deleted since the read (every deletion is audited in its own transaction): gone even if a new card
            // has taken the id meanwhile.
            RawStatement deleted(db, "SELECT row_id FROM audit_log WHERE id > ? AND table_name = 'customers' AND "
                                     "action = 'delete'");
            deleted.bind(1, static_cast<std::int64_t>(data.lastAuditId));
            while (deleted.step()) {
                const std::size_t i = index.of(deleted.int64(0));
                if (i < gone.size())
                    gone[i] = 1;
            }
        }
        // The stages as stored now: another run saved since the read (a rep's, say) may have moved some, and a stage
        // change must be recorded against what is stored, once.
        const ScoringData* stored = &data;
        ScoringData storedNow;
        if (db.execAndGet("SELECT coalesce(max(id), 0) FROM score_runs").getInt64() != data.lastRunId) {
            readStoredStages(db.getHandle(), data.ids, storedNow);
            stored = &storedNow;
        }
        const std::vector<LifecycleStage>& previousStage = stored->previousStage;
        const std::vector<std::int32_t>& previousStageDay = stored->previousStageDay;
        const qint64 scopeNs = timer.nsecsElapsed();
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

        const qint64 deletedNs = timer.nsecsElapsed(); // the run row and the settings
        // One row per customer, in id order, many rows per statement. The whole office empties the table first
        // (SQLite then frees its pages in one step instead of deleting a million rows; the new rows reuse them),
        // unless cards created since the data was read already have rows (another user's run meanwhile): those
        // stay. A narrower scope replaces only its own customers' rows.
        if (data.revenue12m.size() != data.ids.size())
            return makeError(ErrorCode::Internal, QStringLiteral("scores saved without the 12-month revenue"));
        if (wholeOffice) {
            const std::int64_t lastId = data.ids.empty() ? 0 : data.ids.back();
            RawStatement newer(db, "SELECT EXISTS (SELECT 1 FROM scores WHERE customer_id > ?)");
            newer.bind(1, lastId);
            const bool keepNewer = newer.step() && newer.int64(0) != 0;
            if (keepNewer) {
                RawStatement clear(db, "DELETE FROM scores WHERE customer_id <= ?");
                clear.bind(1, lastId);
                clear.run();
            } else {
                db.exec("DELETE FROM scores");
            }
        }
        const auto& s = r.summary;
        const std::int32_t asOfDay = isoDayNumber(asOfText);
        const std::size_t n = data.ids.size();
        std::vector<std::uint32_t> kept;
        kept.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            if (!gone[i])
                kept.push_back(static_cast<std::uint32_t>(i));
        // The emptied table takes a plain INSERT: OR REPLACE has SQLite compute the four generated text columns
        // twice per row (before and after putting defaults into NULL NOT NULL columns), a fifth of the write's CPU.
        MultiRowInsert rows(db,
                            std::string(wholeOffice ? "INSERT" : "INSERT OR REPLACE") +
                                " INTO scores (customer_id, run_id, x, tx_days, t_days, monetary_mean, "
                                "revenue, revenue_12m, last_order_date, p_alive, clv_12m, abc_code, rfm, rfm_segment, "
                                "risk_code, churn_reasons, stage_code, lifecycle_rule, stage_since, advice, "
                                "stage_recorded, stage_start_rule) VALUES ",
                            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", 22);
        // Texts and bytes bound by reference live until their statement has run: one set per row of a statement.
        std::vector<std::array<char, 10>> lastOrderText(rows.rowsPerStatement()), sinceText(rows.rowsPerStatement());
        std::vector<std::string> reasonBytes(rows.rowsPerStatement());
        rows.insert(kept, [&](RawStatement& q, int c, std::size_t slot, std::uint32_t i) {
            const bool has = s.hasOrders[i] != 0;
            const bool model = has && r.purchaseModelOk();
            q.bind(c++, static_cast<std::int64_t>(data.ids[i]));
            q.bind(c++, static_cast<std::int64_t>(runId));
            q.bind(c++, static_cast<int>(s.x[i]));
            q.bind(c++, static_cast<int>(s.txDays[i]));
            q.bind(c++, static_cast<int>(s.TDays[i]));
            q.bind(c++, s.m[i]);
            q.bind(c++, s.windowRevenue[i]); // the revenue ABC classed: the Pareto curve is rebuilt from it
            q.bind(c++, data.revenue12m[i]);
            if (has)
                q.bindStatic(c++, isoDayText(s.lastDay[i], lastOrderText[slot]));
            else
                q.bindNull(c++);
            if (model)
                q.bind(c++, r.pAlive[i]);
            else
                q.bindNull(c++);
            if (model && r.gammaGamma.ok)
                q.bind(c++, r.clv[i]);
            else
                q.bindNull(c++);
            q.bind(c++, static_cast<int>(r.abc[i]));
            q.bind(c++, has ? static_cast<int>(r.rfm.code[i]) : 0);
            q.bind(c++, has ? static_cast<int>(r.rfm.segment[i]) : 0);
            q.bind(c++, model ? static_cast<int>(r.churnLevel[i]) : 0);
            if (const auto reasons = r.reasonsOf(i); !reasons.empty()) {
                ChurnReasonCodec::encode(reasons, reasonBytes[slot]);
                q.bindStaticBlob(c++, reasonBytes[slot].data(), static_cast<int>(reasonBytes[slot].size()));
            } else {
                q.bindNull(c++);
            }
            const bool changed = r.stage[i] != previousStage[i];
            q.bind(c++, static_cast<int>(r.stage[i]));
            q.bind(c++, static_cast<int>(r.stageRule[i]));
            // The day the stage began: today's run when it changed, otherwise what the previous run stored.
            if (changed)
                q.bindStatic(c++, isoDayText(asOfDay, sinceText[slot]));
            else if (previousStageDay[i] != 0)
                q.bindStatic(c++, isoDayText(previousStageDay[i], sinceText[slot]));
            else
                q.bindNull(c++);
            q.bind(c++, static_cast<int>(r.advice[i]));
            // A first classification is not written to the history (see below).
            q.bind(c++, changed ? (previousStage[i] != LifecycleStage::None ? 1 : 0)
                                : static_cast<int>(stored->previousStageRecorded[i]));
            // The rule that began the stage stays with it while the stage holds (today's rule may differ).
            q.bind(c++,
                   changed ? static_cast<int>(r.stageRule[i]) : static_cast<int>(stored->previousStageStartRule[i]));
        });
        const qint64 insertedNs = timer.nsecsElapsed();
        // Stage changes, many rows per statement. A customer's first classification is not a row (a first run
        // would write a million: 0.6 s of a 2.4 s run); readers take it from the score (LifecycleEvents.h). When
        // that stage changes, its row is written first, with the day it began and the rule that began it.
        std::array<std::string, 8> stageNames;
        for (std::size_t k = 0; k < stageNames.size(); ++k)
            stageNames[k] = stageName(static_cast<LifecycleStage>(k)).toStdString();
        MultiRowInsert history(db,
                               "INSERT INTO lifecycle_history (customer_id, from_stage, to_stage, changed_on, rule, "
                               "manual, user_id, reason) VALUES ",
                               "(?,?,?,?,?,0,NULL,'')", 5);
        struct Change
        {
            std::uint32_t customer;
            bool firstStage; // the row of the previous stage's start, not yet written
        };
        std::vector<Change> changes;
        for (const std::uint32_t i : kept) {
            if (r.stage[i] == previousStage[i] || previousStage[i] == LifecycleStage::None)
                continue;
            if (!stored->previousStageRecorded[i])
                changes.push_back({i, true});
            changes.push_back({i, false});
        }
        // The models' stage moves are nobody's (user_id NULL): the run is an office job, whoever started it.
        std::vector<std::array<char, 10>> firstDays(history.rowsPerStatement());
        history.insert(changes, [&](RawStatement& insert, int c, std::size_t slot, const Change& change) {
            const std::uint32_t i = change.customer;
            insert.bind(c++, static_cast<std::int64_t>(data.ids[i]));
            if (change.firstStage) {
                insert.bindNull(c++);
                insert.bindStatic(c++, stageNames[static_cast<std::size_t>(previousStage[i])]);
                insert.bindStatic(c++, previousStageDay[i] != 0 ? isoDayText(previousStageDay[i], firstDays[slot])
                                                                : std::string_view(asOfText));
                insert.bindStatic(c++, analytics::lifecycleRuleId(
                                           static_cast<analytics::LifecycleRule>(stored->previousStageStartRule[i])));
            } else {
                insert.bindStatic(c++, stageNames[static_cast<std::size_t>(previousStage[i])]);
                insert.bindStatic(c++, stageNames[static_cast<std::size_t>(r.stage[i])]);
                insert.bindStatic(c++, asOfText);
                insert.bindStatic(c++, analytics::lifecycleRuleId(r.stageRule[i]));
            }
        });
        spdlog::debug("scores written: scope {:.3f} s, run {:.3f} s, {} customers {:.3f} s, "
                      "{} history rows {:.3f} s; "
                      "{:.3f} s of CPU",
                      scopeNs / 1e9, (deletedNs - scopeNs) / 1e9, kept.size(), (insertedNs - deletedNs) / 1e9,
                      changes.size(), (timer.nsecsElapsed() - insertedNs) / 1e9, threadCpuSeconds() - cpuStart);
        writtenNs = whole.nsecsElapsed();
        return {};
    });
    if (status)
        spdlog::debug("scores committed in {:.3f} s", (whole.nsecsElapsed() - writtenNs) / 1e9);
    return status;
}

QString ScoreRepository::segmentName(int code)
{
    if (code <= 0 || code > static_cast<int>(analytics::RfmSegment::Champions))
        return {};
    return str(analytics::rfmSegmentName(static_cast<analytics::RfmSegment>(code)));
}

QString ScoreRepository::ruleId(int code)
{
    if (code < 0 || code > static_cast<int>(analytics::LifecycleRule::FormationBuilding))
        return {};
    return str(analytics::lifecycleRuleId(static_cast<analytics::LifecycleRule>(code)));
}

QString ScoreRepository::adviceName(int code)
{
    if (code <= 0 || code > static_cast<int>(analytics::WinBackAdvice::LetGo))
        return {};
    return str(analytics::winBackAdviceName(static_cast<analytics::WinBackAdvice>(code)));
}

core::Result<std::optional<CustomerScore>> ScoreRepository::forCustomer(qint64 customerId)
{
    try {
        SQLite::Statement q(m_session.db().sql(),
                            "SELECT r.as_of, s.x, s.last_order_date, s.revenue, s.revenue_12m, s.p_alive, s.clv_12m, "
                            "s.tx_days, s.t_days, s.monetary_mean, s.abc, s.rfm, s.rfm_segment, s.churn_risk, "
                            "s.lifecycle_stage, s.lifecycle_rule, s.advice, s.churn_reasons, r.parameters "
                            "FROM scores s JOIN customers c ON c.id = s.customer_id JOIN score_runs r ON "
                            "r.id = s.run_id WHERE s.customer_id = ? AND " +
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
        score.clv12m = optionalDouble(6);
        const RunModels models(QByteArray::fromStdString(q.getColumn(18).getString()));
        const double tx = q.getColumn(7).getInt() / 7.0;
        const double T = q.getColumn(8).getInt() / 7.0;
        if (score.pAlive)
            score.expectedPurchases26w = models.purchase.expectedPurchases(26.0, score.x, tx, T);
        if (score.clv12m)
            score.expectedOrderValue = models.gammaGamma.expectedAverageValue(score.x, q.getColumn(9).getDouble());
        score.abc = sqlbind::toQString(q.getColumn(10));
        score.rfmScore = rfmText(q.getColumn(11).getInt());
        score.rfmSegment = segmentName(q.getColumn(12).getInt());
        score.churnRisk = sqlbind::toQString(q.getColumn(13));
        score.stage = sqlbind::toQString(q.getColumn(14));
        score.stageRule = ruleId(q.getColumn(15).getInt());
        score.advice = adviceName(q.getColumn(16).getInt());
        const SQLite::Column reasons = q.getColumn(17);
        score.reasons = ChurnReasonCodec::decode(reasons.getBlob(), reasons.getBytes());
        score.reasonsText = ChurnReasonCodec::describe(score.reasons);
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
        // One pass over the scope's scores with every count taken on the side: the scope's customers are
        // walked first (CROSS JOIN keeps that order: it uses the scope's indexes) and each one's score row is
        // fetched by key, instead of testing every score row's customer against the scope.
        const std::string sql = "SELECT s.revenue, s.last_order_date IS NOT NULL, s.abc, s.rfm_segment, s.p_alive "
                                "FROM customers c CROSS JOIN scores s ON s.customer_id = c.id WHERE " +
                                AccessScope::customerFilter(m_session, "c");
        RawStatement q(m_session.db().sql(), sql);
        std::vector<double> revenue;
        std::vector<std::uint8_t> include;
        std::array<qint64, 11> segments{};
        while (q.step()) {
            ++overview.scored;
            const bool has = q.int64(1) != 0;
            revenue.push_back(q.real(0));
            include.push_back(has ? 1 : 0);
            const std::string_view abc = q.text(2);
            if (!abc.empty() && abc[0] >= 'A' && abc[0] <= 'C')
                ++overview.abcCounts[static_cast<std::size_t>(abc[0] - 'A')];
            const std::int64_t segment = q.int64(3);
            if (segment > 0 && segment < static_cast<std::int64_t>(segments.size()))
                ++segments[static_cast<std::size_t>(segment)];
            if (has) {
                ++overview.withOrders;
                if (!q.isNull(4)) {
                    const int bin = std::clamp(static_cast<int>(q.real(4) * 10), 0, 9);
                    ++overview.pAliveBins[static_cast<std::size_t>(bin)];
                    ++overview.pAliveCount;
                }
            }
        }
        for (std::size_t k = 1; k < segments.size(); ++k)
            if (segments[k] > 0)
                if (const QString name = segmentName(static_cast<int>(k)); !name.isEmpty())
                    overview.segmentCounts[name] = segments[k];
        if (overview.withOrders > 0)
            overview.pareto = analytics::AbcClassifier::classify(revenue, include).pareto;
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
                            "SELECT c.code, s.x, s.tx_days, s.t_days, s.p_alive, s.monetary_mean, s.clv_12m, s.abc, "
                            "s.rfm, s.rfm_segment, s.churn_risk, s.lifecycle_stage, s.churn_reasons, s.advice, "
                            "s.run_id FROM scores s JOIN customers c ON c.id = s.customer_id WHERE " +
                                AccessScope::customerFilter(m_session, "c") + " ORDER BY c.id");
        SQLite::Statement runQuery(m_session.db().sql(), "SELECT as_of, parameters FROM score_runs WHERE id = ?");
        struct Run
        {
            QString asOf;
            RunModels models;
        };
        std::map<int64_t, Run> runs; // a handful: rows of a scope can come from an admin's and a manager's run
        std::vector<ScoreRow> rows;
        while (q.executeStep()) {
            const int64_t runId = q.getColumn(14).getInt64();
            auto run = runs.find(runId);
            if (run == runs.end()) {
                runQuery.bind(1, runId);
                const bool found = runQuery.executeStep();
                const QString asOf = found ? sqlbind::toQString(runQuery.getColumn(0)) : QString();
                const QByteArray parameters =
                    found ? QByteArray::fromStdString(runQuery.getColumn(1).getString()) : QByteArray();
                runQuery.reset();
                run = runs.emplace(runId, Run{asOf, RunModels(parameters)}).first;
            }
            ScoreRow row;
            row.customerCode = sqlbind::toQString(q.getColumn(0));
            row.x = q.getColumn(1).getInt();
            row.tx = q.getColumn(2).getInt() / 7.0;
            row.T = q.getColumn(3).getInt() / 7.0;
            if (!q.getColumn(4).isNull()) {
                row.pAlive = q.getColumn(4).getDouble();
                row.expectedPurchases26w = run->second.models.purchase.expectedPurchases(26.0, row.x, row.tx, row.T);
            }
            if (!q.getColumn(6).isNull()) {
                row.clv12m = q.getColumn(6).getDouble();
                row.expectedOrderValue =
                    run->second.models.gammaGamma.expectedAverageValue(row.x, q.getColumn(5).getDouble());
            }
            row.abc = sqlbind::toQString(q.getColumn(7));
            row.rfmScore = rfmText(q.getColumn(8).getInt());
            row.rfmSegment = segmentName(q.getColumn(9).getInt());
            row.churnRisk = sqlbind::toQString(q.getColumn(10));
            row.lifecycleStage = sqlbind::toQString(q.getColumn(11));
            const SQLite::Column reasons = q.getColumn(12);
            row.churnReasons =
                ChurnReasonCodec::describe(ChurnReasonCodec::decode(reasons.getBlob(), reasons.getBytes()));
            row.advice = adviceName(q.getColumn(13).getInt());
            row.asOf = run->second.asOf;
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

core::Result<std::vector<qint64>> ScoreRepository::customerIdsInScope()
{
    std::vector<qint64> ids;
    try {
        SQLite::Statement q(m_session.db().sql(), "SELECT c.id FROM customers c WHERE " +
                                                      AccessScope::customerFilter(m_session, "c") + " ORDER BY c.id");
        while (q.executeStep())
            ids.push_back(q.getColumn(0).getInt64());
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
    return ids;
}

} // namespace carddesk::storage
