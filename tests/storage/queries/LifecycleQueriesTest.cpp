#include "StorageFixture.h"

#include "analytics/WinBackAdvisor.h"
#include "storage/access/AccessScope.h"
#include "storage/queries/LifecycleQueries.h"
#include "storage/repositories/LifecycleRepository.h"
#include "storage/scores/ChurnReasonCodec.h"

#include <map>
#include <numeric>

namespace carddesk::storage::test {
namespace {

class LifecycleQueriesTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        db().sql().exec("INSERT INTO score_runs (id, as_of, run_at) VALUES (1, '2024-06-30', '2024-06-30T12:00:00Z')");
    }

    // A scores row written directly: what a scoring run leaves behind.
    // advice and reasons as scoring stores them: the analytics enum value and ChurnReasonCodec's bytes.
    void score(const core::Customer& customer, const char* stage, double revenue12m, double revenue, double clv,
               bool hasClv = true, analytics::WinBackAdvice advice = analytics::WinBackAdvice::None,
               const std::vector<analytics::ChurnReason>& reasons = {})
    {
        SQLite::Statement st(db().sql(), "INSERT INTO scores (customer_id, run_id, revenue, revenue_12m, clv_12m, "
                                         "stage_code, lifecycle_rule, advice, churn_reasons) "
                                         "VALUES (?, 1, ?, ?, ?, "
                                         "CASE ? WHEN 'potential' THEN 1 WHEN 'exploration' THEN 2 "
                                         "WHEN 'formation' THEN 3 WHEN 'stability' THEN 4 WHEN 'decline' THEN 5 "
                                         "WHEN 'lost' THEN 6 WHEN 'won_back' THEN 7 END, 6, ?, ?)");
        st.bind(1, static_cast<int64_t>(customer.id));
        st.bind(2, revenue);
        st.bind(3, revenue12m);
        if (hasClv)
            st.bind(4, clv);
        else
            st.bind(4);
        st.bind(5, stage);
        st.bind(6, static_cast<int>(advice));
        const std::string bytes = ChurnReasonCodec::encode(reasons);
        if (bytes.empty())
            st.bind(7);
        else
            st.bind(7, bytes.data(), static_cast<int>(bytes.size()));
        st.exec();
    }

    void history(const core::Customer& customer, const char* from, const char* to, const char* on,
                 const char* rule = "r")
    {
        SQLite::Statement st(db().sql(),
                             "INSERT INTO lifecycle_history (customer_id, from_stage, to_stage, changed_on, "
                             "rule) VALUES (?, ?, ?, ?, ?)");
        st.bind(1, static_cast<int64_t>(customer.id));
        if (from)
            st.bind(2, from);
        else
            st.bind(2);
        st.bind(3, to);
        st.bind(4, on);
        st.bind(5, rule);
        st.exec();
    }

    // The direct count the summary must agree with: scores joined to the customers the user may see.
    std::map<QString, qint64> directCounts(Session& session)
    {
        std::map<QString, qint64> counts;
        SQLite::Statement q(db().sql(), "SELECT s.lifecycle_stage, count(*) FROM scores s JOIN customers c ON "
                                        "c.id = s.customer_id WHERE " +
                                            AccessScope::customerFilter(session, "c") + " GROUP BY 1");
        while (q.executeStep())
            counts[QString::fromStdString(q.getColumn(0).getString())] = q.getColumn(1).getInt64();
        return counts;
    }

    // Customers in every role's scope: rep1a 4, rep1b 2, rep2 3.
    void fillOffice()
    {
        const char* stages1a[] = {"stability", "stability", "decline", "lost"};
        for (const char* stage : stages1a)
            score(createCustomer(*m_rep1aSession), stage, 100, 300, 50);
        score(createCustomer(*m_rep1bSession), "exploration", 10, 10, 5);
        score(createCustomer(*m_rep1bSession), "won_back", 20, 200, 0, false);
        const char* stages2[] = {"stability", "potential", "formation"};
        for (const char* stage : stages2)
            score(createCustomer(*m_rep2Session), stage, 1000, 2000, 700);
        createCustomer(*m_rep2Session); // never scored: in no stage
    }
};

TEST_F(LifecycleQueriesTest, StageCountsEqualTheScoresTableForEveryScope)
{
    fillOffice();
    for (Session* session : {m_rep1aSession.get(), m_rep1bSession.get(), m_rep2Session.get(), m_manager1Session.get(),
                             m_manager2Session.get(), m_adminSession.get()}) {
        const auto summary = must(LifecycleQueries(*session).stageSummary(), "stage summary");
        ASSERT_EQ(summary.size(), 7u);
        const std::map<QString, qint64> direct = directCounts(*session);
        qint64 total = 0;
        for (const StageSummary& row : summary) {
            const auto it = direct.find(row.stage);
            EXPECT_EQ(row.customers, it == direct.end() ? 0 : it->second)
                << session->user().username.toStdString() << " " << row.stage.toStdString();
            total += row.customers;
        }
        EXPECT_EQ(total, scalar("SELECT count(*) FROM scores s JOIN customers c ON c.id = s.customer_id WHERE " +
                                AccessScope::customerFilter(*session, "c")));
    }
    const auto rep = must(LifecycleQueries(*m_rep1aSession).stageSummary(), "rep");
    EXPECT_EQ(rep[3].stage, QStringLiteral("stability"));
    EXPECT_EQ(rep[3].customers, 2);
    EXPECT_DOUBLE_EQ(rep[3].revenue12m, 200);
    EXPECT_DOUBLE_EQ(rep[3].revenue, 600);
    EXPECT_DOUBLE_EQ(rep[3].clv12m, 100);
    const auto admin = must(LifecycleQueries(*m_adminSession).stageSummary(), "admin");
    EXPECT_EQ(admin[3].customers, 3);
    EXPECT_DOUBLE_EQ(admin[3].clv12m, 800);
    const auto manager1 = must(LifecycleQueries(*m_manager1Session).stageSummary(), "manager");
    EXPECT_EQ(manager1[0].customers, 0); // potential is rep2's, in area 2
    EXPECT_EQ(manager1[6].customers, 1); // won_back
}

TEST_F(LifecycleQueriesTest, StageCustomersAndWinBackQueueAreSortedByValue)
{
    const core::Customer small = createCustomer(*m_rep1aSession, QStringLiteral("小"));
    const core::Customer big = createCustomer(*m_rep1aSession, QStringLiteral("大"));
    const core::Customer noModel = createCustomer(*m_rep1aSession, QStringLiteral("无模型"));
    const core::Customer lost = createCustomer(*m_rep1aSession, QStringLiteral("流失"));
    const core::Customer otherRep = createCustomer(*m_rep1bSession);
    analytics::ChurnReason noOrder;
    noOrder.days = 200;
    analytics::ChurnReason complaints;
    complaints.code = analytics::ChurnReasonCode::OpenComplaints;
    complaints.count = 2;
    score(small, "decline", 10, 10, 5, true, analytics::WinBackAdvice::LetGo, {noOrder});
    score(big, "decline", 900, 900, 800, true, analytics::WinBackAdvice::FightFor);
    score(noModel, "decline", 5000, 5000, 0, false, analytics::WinBackAdvice::CaseByCase);
    score(lost, "lost", 100, 100, 300, true, analytics::WinBackAdvice::CaseByCase, {complaints});
    score(otherRep, "decline", 1, 1, 9999, true, analytics::WinBackAdvice::FightFor);

    const auto declining = must(LifecycleQueries(*m_rep1aSession).customersInStage(QStringLiteral("decline")), "stage");
    ASSERT_EQ(declining.size(), 3u);
    EXPECT_EQ(declining[0].customerId, big.id);
    EXPECT_EQ(declining[1].customerId, small.id);
    EXPECT_EQ(declining[2].customerId, noModel.id); // no CLV: after those with one
    EXPECT_FALSE(declining[2].hasClv);
    EXPECT_EQ(declining[0].ownerName, QStringLiteral("rep1a"));
    EXPECT_EQ(declining[0].advice, QStringLiteral("fight for"));

    const auto queue = must(LifecycleQueries(*m_rep1aSession).winBackQueue(), "queue");
    ASSERT_EQ(queue.size(), 4u);
    EXPECT_EQ(queue[0].customerId, big.id);
    EXPECT_EQ(queue[1].customerId, lost.id);
    EXPECT_EQ(queue[1].churnReasons, QString::fromStdString(analytics::ChurnAssessor::describe(complaints)));
    EXPECT_TRUE(queue[1].churnReasons.contains(QLatin1Char('2'))) << queue[1].churnReasons.toStdString();
    EXPECT_EQ(queue[1].rule, QStringLiteral("decline.gap")); // stored as its enum value
    EXPECT_EQ(queue[3].customerId, noModel.id);
    EXPECT_EQ(must(LifecycleQueries(*m_manager1Session).winBackQueue(), "queue").front().customerId, otherRep.id);
    EXPECT_EQ(must(LifecycleQueries(*m_rep1aSession).winBackQueue(1, 2), "page").size(), 2u);

    auto bad = LifecycleQueries(*m_rep1aSession).customersInStage(QStringLiteral("dormant"));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("stage"));
}

TEST_F(LifecycleQueriesTest, MonthlyCountsAreReconstructedFromTheHistory)
{
    const core::Customer a = createCustomer(*m_rep1aSession);
    const core::Customer b = createCustomer(*m_rep1aSession);
    const core::Customer c = createCustomer(*m_rep2Session);
    history(a, nullptr, "exploration", "2024-01-15");
    history(a, "exploration", "formation", "2024-02-29"); // the last day of February counts for February
    history(a, "formation", "decline", "2024-04-01");
    history(b, nullptr, "potential", "2024-03-31");
    history(b, "potential", "exploration", "2024-03-31"); // same day: the later row wins
    history(c, nullptr, "stability", "2024-01-01");

    const auto months = must(LifecycleQueries(*m_rep1aSession).monthlyStageCounts(4, QDate(2024, 4, 20)), "months");
    ASSERT_EQ(months.size(), 4u);
    EXPECT_EQ(months[0].monthEnd, QDate(2024, 1, 31));
    EXPECT_EQ(months[1].monthEnd, QDate(2024, 2, 29));
    EXPECT_EQ(months[3].monthEnd, QDate(2024, 4, 20));
    auto at = [&](std::size_t month, const char* stage) {
        return months[month]
            .counts[static_cast<std::size_t>(LifecycleRepository::stages().indexOf(QString::fromLatin1(stage)))];
    };
    EXPECT_EQ(at(0, "exploration"), 1);
    EXPECT_EQ(at(0, "stability"), 0); // rep2's customer is not in rep1a's scope
    EXPECT_EQ(at(1, "formation"), 1);
    EXPECT_EQ(at(1, "exploration"), 0);
    EXPECT_EQ(at(2, "formation"), 1);
    EXPECT_EQ(at(2, "exploration"), 1);
    EXPECT_EQ(at(2, "potential"), 0);
    EXPECT_EQ(at(3, "decline"), 1);
    EXPECT_EQ(at(3, "formation"), 0);
    const auto all = must(LifecycleQueries(*m_adminSession).monthlyStageCounts(1, QDate(2024, 1, 31)), "admin");
    EXPECT_EQ(
        all[0].counts[static_cast<std::size_t>(LifecycleRepository::stages().indexOf(QStringLiteral("stability")))], 1);
    EXPECT_FALSE(LifecycleQueries(*m_adminSession).monthlyStageCounts(0));
}

// Issue 15: an office never scored shows its past at once. Before a customer's first recorded event the month-end
// stage is replayed from the orders with the scorer's rules; from it on the record speaks. Each user counts only
// their own customers.
TEST_F(LifecycleQueriesTest, MonthlyCountsBeforeTheRecordComeFromTheOrders)
{
    const core::Customer a = createCustomer(*m_rep1aSession);
    const core::Customer b = createCustomer(*m_rep1aSession);
    const core::Customer other = createCustomer(*m_rep2Session);
    auto order = [this](const core::Customer& c, const char* day) {
        SQLite::Statement st(db().sql(), "INSERT INTO orders (customer_id, order_date, amount) VALUES (?, ?, 100)");
        st.bind(1, static_cast<int64_t>(c.id));
        st.bind(2, day);
        st.exec();
    };
    order(a, "2023-01-10"); // a one-time buyer: exploration, decline after 180 days, lost after 365
    order(b, "2023-05-05");
    order(b, "2023-06-05");
    order(b, "2023-07-05");
    history(b, nullptr, "stability", "2023-09-15"); // b's record begins here
    order(other, "2023-01-10");

    const auto months = must(LifecycleQueries(*m_rep1aSession).monthlyStageCounts(24, QDate(2024, 12, 31)), "months");
    ASSERT_EQ(months.size(), 24u);
    auto at = [&](const QDate& monthEnd, const char* stage) {
        for (const MonthStageCounts& m : months)
            if (m.monthEnd == monthEnd)
                return m.counts[static_cast<std::size_t>(
                    LifecycleRepository::stages().indexOf(QString::fromLatin1(stage)))];
        ADD_FAILURE() << "no month end " << monthEnd.toString(Qt::ISODate).toStdString();
        return qint64{-1};
    };
    auto total = [&](const QDate& monthEnd) {
        for (const MonthStageCounts& m : months)
            if (m.monthEnd == monthEnd)
                return std::accumulate(m.counts.begin(), m.counts.end(), qint64{0});
        return qint64{-1};
    };
    EXPECT_EQ(months.front().monthEnd, QDate(2023, 1, 31));
    EXPECT_EQ(at(QDate(2023, 1, 31), "exploration"), 1); // a, replayed; other is rep2's
    EXPECT_EQ(total(QDate(2023, 1, 31)), 1);
    EXPECT_EQ(at(QDate(2023, 6, 30), "exploration"), 2); // a (141 days, one purchase) and b (new)
    EXPECT_EQ(at(QDate(2023, 7, 31), "decline"), 1);     // a: no second order 202 days after the first
    EXPECT_EQ(at(QDate(2023, 9, 30), "stability"), 1);   // b: the record from 2023-09-15 on
    EXPECT_EQ(at(QDate(2024, 1, 31), "lost"), 1);        // a: no order for 386 days
    EXPECT_EQ(at(QDate(2024, 12, 31), "lost"), 1);
    EXPECT_EQ(at(QDate(2024, 12, 31), "stability"), 1);
    EXPECT_EQ(total(QDate(2024, 12, 31)), 2);

    // The admin sees the other rep's customer too.
    const auto all = must(LifecycleQueries(*m_adminSession).monthlyStageCounts(1, QDate(2023, 1, 31)), "admin");
    EXPECT_EQ(std::accumulate(all[0].counts.begin(), all[0].counts.end(), qint64{0}), 2);
}

// The card's stage history starts at the first order, not at the first recorded event: the stages at the first
// order and at each month end after it, as the chart counts them.
TEST_F(LifecycleQueriesTest, CardHistoryStartsAtTheFirstOrder)
{
    const core::Customer a = createCustomer(*m_rep1aSession);
    SQLite::Statement st(db().sql(),
                         "INSERT INTO orders (customer_id, order_date, amount) VALUES (?, '2023-01-10', 50)");
    st.bind(1, static_cast<int64_t>(a.id));
    st.exec();
    history(a, "lost", "won_back", "2024-06-01", "wonback.returned");
    const auto entries = must(LifecycleRepository(*m_rep1aSession).history(a.id), "history");
    ASSERT_EQ(entries.size(), 4u); // the record, then lost, decline, exploration replayed (newest first)
    EXPECT_FALSE(entries[0].replayed);
    EXPECT_EQ(entries[0].toStage, QStringLiteral("won_back"));
    EXPECT_TRUE(entries[1].replayed);
    EXPECT_EQ(entries[1].toStage, QStringLiteral("lost"));
    EXPECT_EQ(entries[1].changedOn, QDate(2024, 1, 31)); // the first month end more than 365 days after the order
    EXPECT_EQ(entries[1].rule, QStringLiteral("lost.no_order"));
    EXPECT_EQ(entries[2].toStage, QStringLiteral("decline"));
    EXPECT_EQ(entries[2].changedOn, QDate(2023, 7, 31));
    EXPECT_EQ(entries[3].toStage, QStringLiteral("exploration"));
    EXPECT_EQ(entries[3].changedOn, QDate(2023, 1, 10));
    EXPECT_TRUE(entries[3].fromStage.isEmpty());
    EXPECT_EQ(entries[3].id, 0);
}

TEST_F(LifecycleQueriesTest, TransitionsOfAPeriodWithRuleOrReason)
{
    const core::Customer a = createCustomer(*m_rep1aSession, QStringLiteral("甲"));
    const core::Customer b = createCustomer(*m_rep2Session);
    history(a, "stability", "decline", "2024-06-03", "no_order_2x_interval");
    history(a, "decline", "lost", "2024-06-10", "no_order_long");
    history(b, "stability", "decline", "2024-06-04");
    must(LifecycleRepository(*m_rep1aSession)
             .setManualStage(a.id, QStringLiteral("won_back"), QStringLiteral("重新下单")),
         "set the stage");
    const QDate today = QDate::currentDate();

    const auto week = must(LifecycleQueries(*m_rep1aSession).transitions(QDate(2024, 6, 3), QDate(2024, 6, 9)), "week");
    ASSERT_EQ(week.size(), 1u);
    EXPECT_EQ(week[0].entry.toStage, QStringLiteral("decline"));
    EXPECT_EQ(week[0].entry.rule, QStringLiteral("no_order_2x_interval"));
    EXPECT_EQ(week[0].customerName, QStringLiteral("甲"));
    EXPECT_EQ(week[0].ownerName, QStringLiteral("rep1a"));
    EXPECT_EQ(must(LifecycleQueries(*m_manager2Session).transitions(QDate(2024, 6, 3), QDate(2024, 6, 9)), "m2").size(),
              1u);

    const auto all = must(LifecycleQueries(*m_rep1aSession).transitions(QDate(2024, 1, 1), today), "all");
    ASSERT_EQ(all.size(), 3u);
    EXPECT_TRUE(all[0].entry.manual); // newest first
    EXPECT_EQ(all[0].entry.reason, QStringLiteral("重新下单"));
    EXPECT_EQ(all[0].entry.userName, QStringLiteral("rep1a"));
    const auto lostOnly =
        must(LifecycleQueries(*m_rep1aSession).transitions(QDate(2024, 1, 1), today, {QStringLiteral("lost")}), "lost");
    ASSERT_EQ(lostOnly.size(), 1u);
    EXPECT_EQ(lostOnly[0].entry.changedOn, QDate(2024, 6, 10));
    EXPECT_FALSE(LifecycleQueries(*m_rep1aSession).transitions(QDate(2024, 6, 9), QDate(2024, 6, 3)));
}

} // namespace
} // namespace carddesk::storage::test
