#include "SqliteShell.h"
#include "StorageFixture.h"

#include "services/CustomerHandover.h"

#include "analytics/DayNumber.h"
#include "services/ScoringService.h"
#include "storage/queries/LifecycleQueries.h"
#include "storage/repositories/LifecycleRepository.h"
#include "storage/scores/ChurnReasonCodec.h"
#include "storage/scores/OrderScan.h"
#include "storage/scores/ScoreRepository.h"

#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace carddesk::storage::test {
namespace {

using services::ScoringReport;
using services::ScoringService;

const QDate kAsOf(2025, 6, 30);

// Customers of two reps with two years of orders in varied rhythms (regular, drifting, one-off, none), an open
// complaint and an overdue receivable on some, then one scoring run by the admin.
class ScoreRepositoryTest : public StorageFixture
{
protected:
    // The stage history as stored and derived from the scores, without the stages replayed from the orders before
    // it (LifecycleEntry::replayed): what the scoring runs recorded.
    core::Result<std::vector<core::LifecycleEntry>> recordedHistory(qint64 customerId)
    {
        auto history = LifecycleRepository(*m_adminSession).history(customerId);
        if (!history)
            return history;
        std::vector<core::LifecycleEntry> recorded;
        for (const core::LifecycleEntry& entry : *history)
            if (!entry.replayed)
                recorded.push_back(entry);
        return recorded;
    }

    void SetUp() override
    {
        StorageFixture::SetUp();
        auto& sql = m_db->sql();
        SQLite::Statement order(sql, "INSERT INTO orders (customer_id, order_date, amount) VALUES (?, ?, ?)");
        for (int i = 0; i < 60; ++i) {
            const core::Customer customer = createCustomer(i % 3 == 0 ? *m_rep2Session : *m_rep1aSession);
            m_ids.push_back(customer.id);
            if (i % 10 == 9)
                continue; // never ordered
            // Every k days, stopping early for some; amounts vary by customer.
            const int every = 14 + (i * 7) % 60;
            const int stopBefore = (i % 4 == 0) ? 200 + i * 3 : 0;
            const int orders = (i % 7 == 0) ? 1 : 730 / every;
            for (int k = 0; k < orders; ++k) {
                const QDate day = kAsOf.addDays(-700 + k * every + (i % 5));
                if (day > kAsOf.addDays(-stopBefore))
                    break;
                order.bind(1, static_cast<int64_t>(customer.id));
                order.bind(2, day.toString(Qt::ISODate).toStdString());
                order.bind(3, 100.0 + (i * 37) % 900 + (k % 3) * 10.0);
                order.exec();
                order.reset();
            }
        }
        m_db->sql().exec("INSERT INTO receivables (customer_id, amount, paid_amount, invoice_date, due_date) VALUES (" +
                         std::to_string(m_ids[4]) + ", 5000, 0, '2025-01-01', '2025-01-31')");
        auto report = ScoringService::score(*m_adminSession, kAsOf);
        ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
        m_report = *report;
    }

    // The models and the save of a run whose data was read earlier (what happens between them is the test).
    static void scoreAndSave(ScoreRepository& repo, ScoringData& data)
    {
        const analytics::ScoringResult result = analytics::CustomerScorer::score(data.input(analytics::dayNumber(
            kAsOf.year(), static_cast<unsigned>(kAsOf.month()), static_cast<unsigned>(kAsOf.day()))));
        ASSERT_TRUE(result.ok);
        data.keepRevenueAndReleaseOrders(0);
        auto saved = repo.save(kAsOf, data, result, 0.1, QJsonObject());
        ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    }

    std::size_t indexOf(qint64 id) const
    {
        return static_cast<std::size_t>(std::find(m_ids.begin(), m_ids.end(), id) - m_ids.begin());
    }

    std::vector<qint64> m_ids; // ascending, as the scorer indexes customers
    ScoringReport m_report;
};

TEST_F(ScoreRepositoryTest, ForCustomerReturnsTheStoredReasonsAsCodesWithTheirNumbers)
{
    ScoreRepository repo(*m_adminSession);
    int withReasons = 0;
    for (const qint64 id : m_ids) {
        auto score = repo.forCustomer(id);
        ASSERT_TRUE(score.ok());
        ASSERT_TRUE(score->has_value());
        const CustomerScore& s = **score;
        EXPECT_EQ(s.asOf, kAsOf);
        const auto expected = m_report.result.reasonsOf(indexOf(id));
        ASSERT_EQ(s.reasons.size(), expected.size()) << "customer " << id;
        QStringList sentences;
        for (std::size_t k = 0; k < expected.size(); ++k) {
            EXPECT_EQ(s.reasons[k].code, expected[k].code);
            EXPECT_EQ(s.reasons[k].days, expected[k].days);
            EXPECT_EQ(s.reasons[k].usualIntervalDays, expected[k].usualIntervalDays);
            EXPECT_EQ(s.reasons[k].count, expected[k].count);
            EXPECT_NEAR(s.reasons[k].percent, expected[k].percent, 1e-3);
            EXPECT_NEAR(s.reasons[k].amount, expected[k].amount, 0.005);
            sentences << QString::fromStdString(analytics::ChurnAssessor::describe(expected[k]));
        }
        EXPECT_EQ(s.reasonsText, sentences.join(QStringLiteral("; ")));
        withReasons += expected.empty() ? 0 : 1;
        const std::size_t i = indexOf(id);
        if (m_report.result.summary.hasOrders[i]) {
            ASSERT_TRUE(s.pAlive.has_value());
            EXPECT_NEAR(*s.pAlive, m_report.result.pAlive[i], 1e-12);
            // Not stored: recomputed from x, t_x, T, the mean value and the run's parameters, as the run did.
            ASSERT_TRUE(s.expectedPurchases26w.has_value());
            const analytics::CustomerSummary& summary = m_report.result.summary;
            const double expected = m_report.result.purchaseModel().expectedPurchases(26.0, summary.x[i],
                                                                                      summary.tx[i], summary.T[i]);
            EXPECT_NEAR(*s.expectedPurchases26w, expected, 1e-9 * std::max(1.0, expected));
            ASSERT_TRUE(s.expectedOrderValue.has_value());
            EXPECT_NEAR(*s.expectedOrderValue, m_report.result.expectedOrderValue[i],
                        1e-9 * std::max(1.0, m_report.result.expectedOrderValue[i]));
            ASSERT_TRUE(s.clv12m.has_value());
            EXPECT_NEAR(*s.clv12m, m_report.result.clv[i], 1e-9 * std::max(1.0, m_report.result.clv[i]));
            EXPECT_EQ(s.x, m_report.result.summary.x[i]);
            EXPECT_EQ(s.rfmSegment.toStdString(),
                      std::string(analytics::rfmSegmentName(m_report.result.rfm.segment[i])));
            EXPECT_EQ(s.stageRule.toStdString(), std::string(analytics::lifecycleRuleId(m_report.result.stageRule[i])));
            EXPECT_EQ(s.advice.toStdString(), std::string(analytics::winBackAdviceName(m_report.result.advice[i])));
            EXPECT_EQ(s.abc, QString::fromStdString(std::string(analytics::abcClassName(m_report.result.abc[i]))));
        } else {
            EXPECT_FALSE(s.pAlive.has_value());
            EXPECT_TRUE(s.abc.isEmpty());
            EXPECT_EQ(s.stage, QStringLiteral("potential"));
        }
    }
    EXPECT_GT(withReasons, 5); // the data set does exercise reasons
    // The overdue receivable shows up with its amount.
    auto overdue = repo.forCustomer(m_ids[4]);
    ASSERT_TRUE(overdue.ok() && overdue->has_value());
    bool found = false;
    for (const auto& reason : (*overdue)->reasons)
        found = found || (reason.code == analytics::ChurnReasonCode::OverdueReceivables && reason.amount == 5000.0);
    EXPECT_TRUE(found);
}

TEST_F(ScoreRepositoryTest, ForCustomerIsScopedToTheUser)
{
    // m_ids[0] belongs to rep2.
    ScoreRepository rep1a(*m_rep1aSession);
    auto other = rep1a.forCustomer(m_ids[0]);
    ASSERT_TRUE(other.ok());
    EXPECT_FALSE(other->has_value());
    auto own = rep1a.forCustomer(m_ids[1]);
    ASSERT_TRUE(own.ok());
    EXPECT_TRUE(own->has_value());
}

TEST_F(ScoreRepositoryTest, OverviewMatchesTheScoringReport)
{
    ScoreRepository repo(*m_adminSession);
    auto overview = repo.overview();
    ASSERT_TRUE(overview.ok());
    const analytics::ScoringResult& r = m_report.result;
    EXPECT_EQ(overview->scored, 60);
    EXPECT_EQ(overview->withOrders, static_cast<qint64>(r.customersWithOrders));
    EXPECT_EQ(overview->abcCounts[0], static_cast<qint64>(r.abcSummary.countA));
    EXPECT_EQ(overview->abcCounts[1], static_cast<qint64>(r.abcSummary.countB));
    EXPECT_EQ(overview->abcCounts[2], static_cast<qint64>(r.abcSummary.countC));
    ASSERT_EQ(overview->pareto.size(), r.abcSummary.pareto.size());
    for (std::size_t k = 0; k < overview->pareto.size(); ++k)
        EXPECT_NEAR(overview->pareto[k].revenueShare, r.abcSummary.pareto[k].revenueShare, 1e-9);
    for (std::size_t s = 1; s < r.segmentCounts.size(); ++s) {
        const QString name =
            QString::fromStdString(std::string(analytics::rfmSegmentName(static_cast<analytics::RfmSegment>(s))));
        const auto it = overview->segmentCounts.find(name);
        EXPECT_EQ(it == overview->segmentCounts.end() ? 0 : it->second, static_cast<qint64>(r.segmentCounts[s]))
            << name.toStdString();
    }
    std::array<qint64, 10> bins{};
    for (std::size_t i = 0; i < r.pAlive.size(); ++i)
        if (r.summary.hasOrders[i])
            ++bins[static_cast<std::size_t>(std::min(9, static_cast<int>(r.pAlive[i] * 10)))];
    EXPECT_EQ(overview->pAliveBins, bins);
    EXPECT_EQ(overview->pAliveCount, static_cast<qint64>(r.customersWithOrders));

    // A rep sees only their own customers.
    ScoreRepository rep2(*m_rep2Session);
    auto scoped = rep2.overview();
    ASSERT_TRUE(scoped.ok());
    EXPECT_EQ(scoped->scored, 20);
}

// Scoring is an office job: whoever starts it, every customer is scored on the model fitted to the whole office,
// so a customer's scores and ABC class are the same after a rep's run, another rep's run or the administrator's.
TEST_F(ScoreRepositoryTest, TheSameCustomerGetsTheSameScoresWhoeverStartsTheRun)
{
    auto snapshot = [&] {
        auto rows = ScoreRepository(*m_adminSession).latest();
        EXPECT_TRUE(rows.ok());
        std::map<QString, QStringList> byCode;
        for (const ScoreRow& row : *rows)
            byCode[row.customerCode] = {QString::number(row.pAlive, 'g', 12),
                                        QString::number(row.clv12m, 'g', 12),
                                        row.abc,
                                        row.rfmScore,
                                        row.churnRisk,
                                        row.lifecycleStage,
                                        row.advice};
        return byCode;
    };
    const auto afterAdmin = snapshot();
    ASSERT_EQ(afterAdmin.size(), 60u);

    auto byRep = ScoringService::score(*m_rep1aSession, kAsOf);
    ASSERT_TRUE(byRep) << byRep.error().toString().toStdString();
    EXPECT_EQ(snapshot(), afterAdmin);
    auto byOtherRep = ScoringService::score(*m_rep2Session, kAsOf);
    ASSERT_TRUE(byOtherRep) << byOtherRep.error().toString().toStdString();
    EXPECT_EQ(snapshot(), afterAdmin);
    auto byManager = ScoringService::score(*m_manager2Session, kAsOf);
    ASSERT_TRUE(byManager);
    EXPECT_EQ(snapshot(), afterAdmin);

    // The models are the office's: the same parameters whoever ran them.
    EXPECT_DOUBLE_EQ(byRep->result.bgnbd.params.r, m_report.result.bgnbd.params.r);
    EXPECT_DOUBLE_EQ(byOtherRep->result.bgnbd.params.alpha, m_report.result.bgnbd.params.alpha);
    // What a rep gets back counts their own customers only (rep1a holds 40 of the 60, rep2 20), and no per-customer
    // result of anyone's.
    EXPECT_EQ(byRep->customers, 40);
    EXPECT_EQ(byOtherRep->customers, 20);
    EXPECT_EQ(m_report.customers, 60);
    EXPECT_TRUE(byRep->result.pAlive.empty());
    EXPECT_TRUE(byRep->result.abc.empty());
    ScoreRepository rep2(*m_rep2Session);
    auto scoped = rep2.overview();
    ASSERT_TRUE(scoped.ok());
    EXPECT_EQ(static_cast<qint64>(byOtherRep->result.abcSummary.countA), scoped->abcCounts[0]);
    EXPECT_EQ(static_cast<qint64>(byOtherRep->result.abcSummary.countB), scoped->abcCounts[1]);
    EXPECT_EQ(static_cast<qint64>(byOtherRep->result.abcSummary.countC), scoped->abcCounts[2]);
    EXPECT_EQ(static_cast<qint64>(byOtherRep->result.customersWithOrders), scoped->withOrders);
    // The run is the starter's; the stage moves it found are nobody's.
    EXPECT_EQ(scalar("SELECT user_id FROM score_runs ORDER BY id DESC LIMIT 1"), m_manager2.id);
    EXPECT_EQ(scalar("SELECT count(*) FROM lifecycle_history WHERE manual = 0 AND user_id IS NOT NULL"), 0);
}

// The orders are read in table order: with the weekly review's orders_date index the planner walked that index for
// `order_date <= ?` and fetched every row apart, 12.5 s instead of 0.6 s at 7 M orders.
TEST_F(ScoreRepositoryTest, TheOrdersAreScannedInTableOrderNotThroughTheDateIndex)
{
    SQLite::Statement plan(m_db->sql(), std::string("EXPLAIN QUERY PLAN ") + OrderScan::readSql());
    plan.bind(1, "2025-06-30");
    std::string steps;
    while (plan.executeStep())
        steps += plan.getColumn(3).getString() + "; ";
    EXPECT_EQ(steps.find("INDEX"), std::string::npos) << steps;
    EXPECT_NE(steps.find("SCAN orders"), std::string::npos) << steps;
}

TEST_F(ScoreRepositoryTest, ACustomerDeletedWhileScoringGetsNoScoreAndNothingDangles)
{
    // Read, then a manager deletes a customer (another instance, say), then the run is saved.
    ScoreRepository repo(*m_adminSession);
    auto data = repo.load(kAsOf);
    ASSERT_TRUE(data.ok());
    const qint64 victim = m_ids[5];
    ASSERT_TRUE(CustomerRepository(*m_manager1Session).remove(victim).ok());
    EXPECT_EQ(scalar("SELECT count(*) FROM scores WHERE customer_id = " + std::to_string(victim)), 0);
    const qint64 historyBefore = scalar("SELECT count(*) FROM lifecycle_history");
    // A stage change for everyone (from a recorded stage no rule gives), so every customer would get a history row.
    data->previousStage.assign(data->ids.size(), analytics::LifecycleStage::WonBack);
    data->previousStageDay.assign(data->ids.size(), 0); // long ago: "won back" no longer holds
    data->previousStageRecorded.assign(data->ids.size(), 1);
    scoreAndSave(repo, *data);
    EXPECT_EQ(scalar("SELECT count(*) FROM scores WHERE customer_id = " + std::to_string(victim)), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM scores"), 59);
    EXPECT_EQ(scalar("SELECT count(*) FROM lifecycle_history") - historyBefore, 59);
    EXPECT_EQ(scalar("SELECT count(*) FROM lifecycle_history WHERE customer_id = " + std::to_string(victim)), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    EXPECT_EQ(scalar("PRAGMA foreign_keys"), 1);
}

TEST_F(ScoreRepositoryTest, ANewCardThatTookADeletedCardsIdMeanwhileDoesNotGetItsScore)
{
    // Ids are the largest + 1: delete the newest card after the read and create another, which gets its id.
    ScoreRepository repo(*m_adminSession);
    auto data = repo.load(kAsOf);
    ASSERT_TRUE(data.ok());
    const qint64 newest = m_ids.back();
    ASSERT_TRUE(CustomerRepository(*m_manager1Session).remove(newest).ok());
    const core::Customer successor = createCustomer(*m_rep1aSession, QStringLiteral("接手的新客户"));
    ASSERT_EQ(successor.id, newest); // the id was taken again
    scoreAndSave(repo, *data);
    // The deleted card's score is not written onto the new one (it had one until the trigger removed it).
    EXPECT_EQ(scalar("SELECT count(*) FROM scores WHERE customer_id = " + std::to_string(newest)), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM scores"), 59);
}

TEST_F(ScoreRepositoryTest, OrdersAreReadOnTheSessionsConnectionWhenASecondOneCannotOpenTheFile)
{
    ScoreRepository repo(*m_adminSession);
    auto normal = repo.load(kAsOf);
    ASSERT_TRUE(normal.ok());
    // The file is gone from its path (this connection keeps it open): the scan fails, the read falls back.
    ASSERT_TRUE(QFile::rename(m_path, m_path + QStringLiteral(".moved")));
    auto fallback = repo.load(kAsOf);
    ASSERT_TRUE(QFile::rename(m_path + QStringLiteral(".moved"), m_path));
    ASSERT_TRUE(fallback.ok()) << fallback.error().toString().toStdString();
    EXPECT_EQ(fallback->ids, normal->ids);
    EXPECT_EQ(fallback->orderCustomer, normal->orderCustomer);
    EXPECT_EQ(fallback->orderDay, normal->orderDay);
    EXPECT_EQ(fallback->orderAmount, normal->orderAmount);
    EXPECT_EQ(static_cast<qint64>(normal->orderDay.size()),
              scalar("SELECT count(*) FROM orders WHERE order_date <= '2025-06-30'"));
}

TEST_F(ScoreRepositoryTest, ARepsRunReplacesExactlyTheirOwnRowsEvenWhenACustomerMovesMeanwhile)
{
    const qint64 adminRun = scalar("SELECT max(run_id) FROM scores");
    ScoreRepository repo(*m_rep1aSession);
    auto data = repo.load(kAsOf);
    ASSERT_TRUE(data.ok());
    ASSERT_EQ(data->ids.size(), 40u); // rep1a's customers
    // While the rep's run computes, a manager hands one of them to rep1b.
    const qint64 moved = m_ids[1];
    ASSERT_TRUE(services::CustomerHandover::reassign(*m_manager1Session, moved, m_rep1b.id).ok());
    const analytics::ScoringResult result = analytics::CustomerScorer::score(data->input(
        analytics::dayNumber(kAsOf.year(), static_cast<unsigned>(kAsOf.month()), static_cast<unsigned>(kAsOf.day()))));
    ASSERT_TRUE(result.ok);
    data->keepRevenueAndReleaseOrders(0);
    ASSERT_TRUE(repo.save(kAsOf, *data, result, 0.1, QJsonObject()).ok());
    const qint64 repRun = scalar("SELECT max(id) FROM score_runs");
    ASSERT_NE(repRun, adminRun);
    // rep2's 20 rows and the moved customer's row are the admin's run still; rep1a's other 39 are the rep's.
    EXPECT_EQ(scalar("SELECT count(*) FROM scores WHERE run_id = " + std::to_string(repRun)), 39);
    EXPECT_EQ(scalar("SELECT run_id FROM scores WHERE customer_id = " + std::to_string(moved)), adminRun);
    EXPECT_EQ(scalar("SELECT count(*) FROM scores s JOIN customers c ON c.id = s.customer_id WHERE c.owner_id = " +
                     std::to_string(m_rep2.id) + " AND s.run_id = " + std::to_string(adminRun)),
              20);
    EXPECT_EQ(scalar("SELECT count(*) FROM scores"), 60);
}

TEST_F(ScoreRepositoryTest, ADeactivatedUsersRunStoresNothing)
{
    ScoreRepository repo(*m_rep1aSession);
    auto data = repo.load(kAsOf);
    ASSERT_TRUE(data.ok());
    m_db->sql().exec("UPDATE users SET active = 0 WHERE id = " + std::to_string(m_rep1a.id));
    const analytics::ScoringResult result = analytics::CustomerScorer::score(data->input(
        analytics::dayNumber(kAsOf.year(), static_cast<unsigned>(kAsOf.month()), static_cast<unsigned>(kAsOf.day()))));
    data->keepRevenueAndReleaseOrders(0);
    const qint64 runs = scalar("SELECT count(*) FROM score_runs");
    auto saved = repo.save(kAsOf, *data, result, 0.1, QJsonObject());
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(scalar("SELECT count(*) FROM score_runs"), runs);
    EXPECT_EQ(scalar("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(scalar("PRAGMA secure_delete"), 1); // the run's own setting is not left behind
}

TEST_F(ScoreRepositoryTest, LatestRunCarriesTheModelParameters)
{
    ScoreRepository repo(*m_rep1aSession);
    auto run = repo.latestRun();
    ASSERT_TRUE(run.ok());
    ASSERT_TRUE(run->has_value());
    EXPECT_EQ((*run)->asOf, kAsOf);
    EXPECT_EQ((*run)->customers, 60);
    const QJsonObject bgnbd = (*run)->parameters.value(QStringLiteral("bgnbd")).toObject();
    EXPECT_NEAR(bgnbd.value(QStringLiteral("r")).toDouble(), m_report.result.bgnbd.params.r, 1e-12);
    EXPECT_EQ(bgnbd.value(QStringLiteral("standard_errors")).toArray().size(), 4);
}

// The office file is an ordinary SQLite file: the sqlite3 shell (which knows nothing of CardDesk) deletes a
// scored customer, and the file is sound afterwards.
class SqliteShellTest : public ScoreRepositoryTest
{
protected:
    using Shell = carddesk::test::SqliteShellRun;

    Shell shell(const QString& sql) { return carddesk::test::runSqliteShell(m_path, sql); }

    void expectSound()
    {
        const Shell integrity = shell(QStringLiteral("PRAGMA integrity_check"));
        EXPECT_EQ(integrity.exitCode, 0) << integrity.err.toStdString();
        EXPECT_EQ(integrity.out, QStringLiteral("ok"));
        const Shell keys = shell(QStringLiteral("PRAGMA foreign_key_check"));
        EXPECT_EQ(keys.exitCode, 0) << keys.err.toStdString();
        EXPECT_EQ(keys.out, QString());
    }
};

TEST_F(SqliteShellTest, DeletesTheScoredCustomerWithTheLowestIdAndItsRowsAndLeavesTheFileSound)
{
    const qint64 first = m_ids.front();
    ASSERT_EQ(scalar("SELECT min(id) FROM customers"), first);
    ASSERT_EQ(scalar("SELECT count(*) FROM scores WHERE customer_id = " + std::to_string(first)), 1);
    ASSERT_GT(scalar("SELECT count(*) FROM orders WHERE customer_id = " + std::to_string(first)), 0);
    const qint64 scores = scalar("SELECT count(*) FROM scores");
    // The command, with the foreign keys on (the shell's default is off; the orders' ON DELETE CASCADE
    // needs them, as in any tool).
    const Shell deleted = shell(QStringLiteral("PRAGMA foreign_keys = ON; "
                                               "DELETE FROM customers WHERE id = (SELECT min(id) FROM customers)"));
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    EXPECT_EQ(deleted.err, QString());
    EXPECT_EQ(scalar("SELECT count(*) FROM customers WHERE id = " + std::to_string(first)), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM scores WHERE customer_id = " + std::to_string(first)), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM scores"), scores - 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM orders WHERE customer_id = " + std::to_string(first)), 0);
    expectSound();
}

TEST_F(SqliteShellTest, WithTheShellsDefaultsTheTriggerStillRemovesTheScore)
{
    // A scored customer without orders or other rows that name it: nothing for foreign keys to cascade to.
    const qint64 id = m_ids[9];
    ASSERT_EQ(scalar("SELECT count(*) FROM orders WHERE customer_id = " + std::to_string(id)), 0);
    ASSERT_EQ(scalar("SELECT count(*) FROM scores WHERE customer_id = " + std::to_string(id)), 1);
    const Shell deleted = shell(QStringLiteral("DELETE FROM customers WHERE id = %1").arg(id));
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    EXPECT_EQ(deleted.err, QString());
    EXPECT_EQ(scalar("SELECT count(*) FROM scores WHERE customer_id = " + std::to_string(id)), 0);
    expectSound();
}

TEST_F(ScoreRepositoryTest, ARunAgainOnTheSameDataStoresWhatTheFirstRunStoredAndLeavesWalOn)
{
    auto rows = [&] {
        std::vector<std::string> all;
        SQLite::Statement q(m_db->sql(),
                            "SELECT customer_id, x, tx_days, t_days, monetary_mean, p_alive, clv_12m, abc, "
                            "rfm, churn_risk, hex(churn_reasons), lifecycle_stage, advice FROM scores "
                            "ORDER BY customer_id");
        while (q.executeStep()) {
            std::string row;
            for (int c = 0; c < q.getColumnCount(); ++c)
                row += q.getColumn(c).getString() + "|";
            all.push_back(row);
        }
        return all;
    };
    const std::vector<std::string> viaWal = rows();
    const qint64 history = scalar("SELECT count(*) FROM lifecycle_history");
    {
        auto again = ScoringService::score(*m_adminSession, kAsOf);
        ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    }
    EXPECT_EQ(rows(), viaWal);                                            // same data, same scores
    EXPECT_EQ(scalar("SELECT count(*) FROM lifecycle_history"), history); // no stage changed
    EXPECT_EQ(scalar("SELECT count(*) FROM score_runs"), 2);
    EXPECT_EQ(m_db->sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(m_db->sql().execAndGet("PRAGMA integrity_check").getString(), "ok");
    EXPECT_EQ(scalar("PRAGMA foreign_keys"), 1);
}

TEST_F(ScoreRepositoryTest, OrdersReadOnASecondConnectionAreThoseThisConnectionSees)
{
    const std::string asOf = "2025-03-31";
    OrderScan scan(m_path, asOf);
    auto scanned = scan.take();
    ASSERT_TRUE(scanned.ok()) << scanned.error().toString().toStdString();
    std::vector<OrderScan::Order> here;
    ASSERT_TRUE(m_db->read([&]() -> core::Status {
        here = OrderScan::read(m_db->sql(), asOf);
        return {};
    }));
    EXPECT_EQ(static_cast<qint64>(scanned->size()),
              scalar("SELECT count(*) FROM orders WHERE order_date <= '" + asOf + "'"));
    EXPECT_LT(scanned->size(), static_cast<std::size_t>(scalar("SELECT count(*) FROM orders"))); // the date filters
    ASSERT_EQ(scanned->size(), here.size());
    const std::int32_t last = analytics::dayNumber(2025, 3, 31);
    for (std::size_t k = 0; k < here.size(); ++k) {
        EXPECT_EQ((*scanned)[k].customerId, here[k].customerId);
        EXPECT_EQ((*scanned)[k].day, here[k].day);
        EXPECT_EQ((*scanned)[k].amount, here[k].amount);
        EXPECT_LE(here[k].day, last);
    }
}

TEST_F(ScoreRepositoryTest, AnOrderScanThatCannotOpenItsFileSaysWhy)
{
    OrderScan scan(m_path + QStringLiteral(".missing"), "2025-06-30");
    auto scanned = scan.take();
    ASSERT_FALSE(scanned.ok());
    EXPECT_TRUE(scanned.error().message.contains(QStringLiteral("does not exist")))
        << scanned.error().toString().toStdString();
}

TEST_F(ScoreRepositoryTest, ARepsScoringInputHoldsTheirOwnCustomersOrdersOnly)
{
    // The orders are read without a scope test (on a second connection); the rep's customers select them.
    auto data = ScoreRepository(*m_rep1aSession).load(kAsOf);
    ASSERT_TRUE(data.ok()) << data.error().toString().toStdString();
    const std::string own =
        "SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.owner_id = " +
        std::to_string(m_rep1a.id) + " AND o.order_date <= '2025-06-30'";
    EXPECT_EQ(static_cast<qint64>(data->orderDay.size()), scalar(own));
    EXPECT_EQ(static_cast<qint64>(data->ids.size()),
              scalar("SELECT count(*) FROM customers WHERE owner_id = " + std::to_string(m_rep1a.id)));
    double total = 0.0;
    for (const double amount : data->orderAmount)
        total += amount;
    EXPECT_NEAR(total,
                m_db->sql()
                    .execAndGet("SELECT total(o.amount) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE "
                                "c.owner_id = " +
                                std::to_string(m_rep1a.id) + " AND o.order_date <= '2025-06-30'")
                    .getDouble(),
                1e-6);
    // Placed by customer, each customer's orders by day.
    for (std::size_t k = 1; k < data->orderDay.size(); ++k) {
        ASSERT_LE(data->orderCustomer[k - 1], data->orderCustomer[k]);
        if (data->orderCustomer[k - 1] == data->orderCustomer[k]) {
            EXPECT_LE(data->orderDay[k - 1], data->orderDay[k]);
        }
    }
}

TEST(ChurnReasonCodec, RoundTripsEveryNumberAndSkipsUnknownCodes)
{
    std::vector<analytics::ChurnReason> reasons(4);
    reasons[0].code = analytics::ChurnReasonCode::NoOrderForDays;
    reasons[0].days = 142;
    reasons[0].usualIntervalDays = 30;
    reasons[1].code = analytics::ChurnReasonCode::SpendDown;
    reasons[1].percent = 41.25;
    reasons[1].days = 182;
    reasons[2].code = analytics::ChurnReasonCode::OverdueReceivables;
    reasons[2].amount = 1234.5;
    reasons[3].code = analytics::ChurnReasonCode::OpenComplaints;
    reasons[3].count = 2;
    const std::string bytes = ChurnReasonCodec::encode(reasons);
    EXPECT_LT(bytes.size(), 50u); // 2 bytes a reason plus its numbers
    auto back = ChurnReasonCodec::decode(bytes.data(), static_cast<int>(bytes.size()));
    ASSERT_EQ(back.size(), 4u);
    EXPECT_EQ(back[0].code, analytics::ChurnReasonCode::NoOrderForDays);
    EXPECT_EQ(back[0].days, 142);
    EXPECT_EQ(back[0].usualIntervalDays, 30);
    EXPECT_EQ(back[1].code, analytics::ChurnReasonCode::SpendDown);
    EXPECT_DOUBLE_EQ(back[1].percent, 41.25);
    EXPECT_EQ(back[1].days, 182);
    EXPECT_DOUBLE_EQ(back[2].amount, 1234.5);
    EXPECT_EQ(back[3].count, 2);
    EXPECT_TRUE(ChurnReasonCodec::encode({}).empty());
    EXPECT_TRUE(ChurnReasonCodec::decode(nullptr, 0).empty());
    // Into a reused buffer (the scoring run's): its old bytes are replaced, not appended to.
    std::string reused = "left over from the row before";
    ChurnReasonCodec::encode(reasons, reused);
    EXPECT_EQ(reused, bytes);
    ChurnReasonCodec::encode({}, reused);
    EXPECT_TRUE(reused.empty());

    // A code from a newer version (with a count) between two known ones: skipped, the rest kept.
    std::string mixed = ChurnReasonCodec::encode(std::span(reasons).first(1));
    mixed += std::string("\x63\x04\x07\x00\x00\x00", 6);
    mixed += ChurnReasonCodec::encode(std::span(reasons).subspan(3, 1));
    auto known = ChurnReasonCodec::decode(mixed.data(), static_cast<int>(mixed.size()));
    ASSERT_EQ(known.size(), 2u);
    EXPECT_EQ(known[1].count, 2);
    // Cut short: what was whole is kept.
    auto cut = ChurnReasonCodec::decode(bytes.data(), static_cast<int>(bytes.size()) - 3);
    EXPECT_EQ(cut.size(), 3u);
    EXPECT_EQ(ChurnReasonCodec::describe(std::span(reasons).first(1)),
              QString::fromStdString(analytics::ChurnAssessor::describe(reasons[0])));
}

TEST_F(ScoreRepositoryTest, AFirstClassificationIsInTheHistoryWithoutARowUntilTheStageChanges)
{
    // The set-up's run classified everyone for the first time: no rows, yet every reader sees the first stage.
    EXPECT_EQ(scalar("SELECT count(*) FROM lifecycle_history"), 0);
    const qint64 id = m_ids[1];
    auto firstHistory = recordedHistory(id);
    ASSERT_TRUE(firstHistory.ok());
    ASSERT_EQ(firstHistory->size(), 1u);
    const core::LifecycleEntry first = firstHistory->front();
    SQLite::Statement stored(m_db->sql(), "SELECT lifecycle_stage, lifecycle_rule FROM scores WHERE customer_id = ?");
    stored.bind(1, static_cast<int64_t>(id));
    ASSERT_TRUE(stored.executeStep());
    EXPECT_TRUE(first.fromStage.isEmpty());
    EXPECT_EQ(first.toStage, QString::fromStdString(stored.getColumn(0).getString()));
    EXPECT_EQ(first.rule, ScoreRepository::ruleId(stored.getColumn(1).getInt()));
    EXPECT_EQ(first.changedOn, kAsOf);
    EXPECT_FALSE(first.manual);
    stored.reset();
    auto moves = LifecycleQueries(*m_adminSession).transitions(kAsOf, kAsOf, {});
    ASSERT_TRUE(moves.ok());
    EXPECT_EQ(moves->size(), m_ids.size());
    auto months = LifecycleQueries(*m_adminSession).monthlyStageCounts(2, kAsOf);
    ASSERT_TRUE(months.ok());
    qint64 counted = 0;
    for (const qint64 count : months->back().counts)
        counted += count;
    EXPECT_EQ(counted, static_cast<qint64>(m_ids.size()));

    // A later run that moves the stage writes the first stage's row (its day and rule) and the move; the history
    // then shows both, once each.
    ScoreRepository repo(*m_adminSession);
    auto data = repo.load(kAsOf);
    ASSERT_TRUE(data.ok());
    const std::size_t i = indexOf(id);
    data->previousStage[i] = analytics::LifecycleStage::WonBack;
    EXPECT_EQ(data->previousStageRecorded[i], 0); // as the set-up's run stored it
    data->previousStageStartRule[i] = static_cast<std::uint8_t>(analytics::LifecycleRule::WonBackRecent);
    data->previousStageDay[i] = analytics::dayNumber(2025, 1, 15);
    scoreAndSave(repo, *data);
    auto history = recordedHistory(id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ(history->at(1).toStage, QStringLiteral("won_back"));
    EXPECT_TRUE(history->at(1).fromStage.isEmpty());
    EXPECT_EQ(history->at(1).changedOn, QDate(2025, 1, 15));
    EXPECT_EQ(history->at(1).rule, QStringLiteral("wonback.recent"));
    EXPECT_EQ(history->at(0).fromStage, QStringLiteral("won_back"));
    EXPECT_EQ(history->at(0).toStage, first.toStage);
    EXPECT_EQ(history->at(0).changedOn, kAsOf);
    EXPECT_EQ(scalar("SELECT count(*) FROM lifecycle_history"), 2);
    EXPECT_EQ(scalar("SELECT stage_recorded FROM scores WHERE customer_id = " + std::to_string(id)), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM scores WHERE stage_recorded = 0"), static_cast<qint64>(m_ids.size()) - 1);
}

TEST_F(ScoreRepositoryTest, TheRuleThatBeganAFirstStageStaysWithItWhileOtherRulesKeepTheCustomerThere)
{
    // The set-up's run began customer 1's stage by some rule; a later run keeps the stage by another rule (as
    // exploration.new becomes exploration.few_repeats): the card shows today's rule, the history the first one.
    const qint64 id = m_ids[1];
    const std::string where = " FROM scores WHERE customer_id = " + std::to_string(id);
    const qint64 firstRule = scalar("SELECT lifecycle_rule" + where);
    ScoreRepository repo(*m_adminSession);
    auto data = repo.load(kAsOf);
    ASSERT_TRUE(data.ok());
    const std::size_t i = indexOf(id);
    analytics::ScoringResult result = analytics::CustomerScorer::score(data->input(
        analytics::dayNumber(kAsOf.year(), static_cast<unsigned>(kAsOf.month()), static_cast<unsigned>(kAsOf.day()))));
    ASSERT_TRUE(result.ok);
    ASSERT_EQ(result.stage[i], data->previousStage[i]);
    const auto otherRule = static_cast<analytics::LifecycleRule>(firstRule == 1 ? 2 : 1);
    result.stageRule[i] = otherRule;
    data->keepRevenueAndReleaseOrders(0);
    ASSERT_TRUE(repo.save(kAsOf, *data, result, 0.1, QJsonObject()).ok());
    EXPECT_EQ(scalar("SELECT lifecycle_rule" + where), static_cast<qint64>(otherRule));
    auto history = recordedHistory(id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1u);
    EXPECT_EQ(history->front().rule, ScoreRepository::ruleId(static_cast<int>(firstRule)));

    // When the stage then changes, the first stage's row keeps the rule that began it.
    auto next = repo.load(kAsOf);
    ASSERT_TRUE(next.ok());
    next->previousStage[i] = analytics::LifecycleStage::WonBack; // a stage the rules will leave
    next->previousStageDay[i] = analytics::dayNumber(2025, 1, 15);
    scoreAndSave(repo, *next);
    SQLite::Statement row(m_db->sql(),
                          "SELECT rule FROM lifecycle_history WHERE customer_id = ? AND from_stage IS NULL");
    row.bind(1, static_cast<int64_t>(id));
    ASSERT_TRUE(row.executeStep());
    EXPECT_EQ(QString::fromStdString(row.getColumn(0).getString()),
              ScoreRepository::ruleId(static_cast<int>(firstRule)));
}

TEST_F(ScoreRepositoryTest, ARunSavedMeanwhileIsWhatTheStageChangesAreRecordedAgainst)
{
    // The admin reads; a rep's run then moves one of their customers and records it (the first stage's row and the
    // move); the admin's run, saved last, must neither record the move again nor show the first stage twice.
    ScoreRepository admin(*m_adminSession);
    auto adminData = admin.load(kAsOf);
    ASSERT_TRUE(adminData.ok());
    const qint64 id = m_ids[1]; // rep 1a's
    ScoreRepository rep(*m_rep1aSession);
    auto repData = rep.load(kAsOf);
    ASSERT_TRUE(repData.ok());
    const auto k =
        static_cast<std::size_t>(std::find(repData->ids.begin(), repData->ids.end(), id) - repData->ids.begin());
    ASSERT_LT(k, repData->ids.size());
    const analytics::LifecycleStage first = repData->previousStage[k];
    repData->previousStage[k] = analytics::LifecycleStage::WonBack; // as if the rep's data had moved it
    repData->previousStageDay[k] = analytics::dayNumber(2025, 1, 15);
    scoreAndSave(rep, *repData);
    const qint64 rowsAfterRep =
        scalar("SELECT count(*) FROM lifecycle_history WHERE customer_id = " + std::to_string(id));
    ASSERT_EQ(rowsAfterRep, 2); // no stage -> won back (first), won back -> today's
    scoreAndSave(admin, *adminData);
    EXPECT_EQ(scalar("SELECT count(*) FROM lifecycle_history WHERE customer_id = " + std::to_string(id)), rowsAfterRep);
    EXPECT_EQ(scalar("SELECT stage_recorded FROM scores WHERE customer_id = " + std::to_string(id)), 1);
    auto history = recordedHistory(id);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->size(), 2u);
    EXPECT_EQ(history->front().toStage, ScoreRepository::stageName(first));
}

TEST_F(ScoreRepositoryTest, TheNextRunContinuesTheStageAndStartTheTableHolds)
{
    // A customer of the first block whose stage is in lifecycle_history (as after an earlier change).
    const qint64 id = m_ids[0];
    const std::string stage =
        m_db->sql()
            .execAndGet("SELECT lifecycle_stage FROM scores WHERE customer_id = " + std::to_string(id))
            .getString();
    m_db->sql().exec("UPDATE scores SET stage_recorded = 1, stage_since = '2025-01-01' WHERE customer_id = " +
                     std::to_string(id));
    m_db->sql().exec("INSERT INTO lifecycle_history (customer_id, from_stage, to_stage, changed_on, rule) VALUES (" +
                     std::to_string(id) + ", NULL, '" + stage + "', '2025-01-01', 'exploration.new')");
    // The next run reads the stage, its start and the recorded flag from the row: no second first stage, no move
    // recorded, the start kept.
    const auto report = ScoringService::score(*m_adminSession, kAsOf);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    auto history = recordedHistory(id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1u);
    EXPECT_EQ(history->front().changedOn, QDate(2025, 1, 1));
    EXPECT_EQ(scalar("SELECT stage_recorded FROM scores WHERE customer_id = " + std::to_string(id)), 1);
    EXPECT_EQ(
        m_db->sql().execAndGet("SELECT stage_since FROM scores WHERE customer_id = " + std::to_string(id)).getString(),
        "2025-01-01");
}

} // namespace
} // namespace carddesk::storage::test
