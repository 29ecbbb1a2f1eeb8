// The satisfaction-loyalty matrix: each cell's rule on hand-made evidence, the combination of survey and complaint
// satisfaction, and on a generated, scored demo office every customer in the cell its own figures say, every cell
// filled, each user seeing only the scope's customers.
#include "ScoredDemoSuite.h"

#include "services/SatisfactionMatrix.h"
#include "storage/access/AccessScope.h"
#include "storage/scores/ScoreRepository.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <set>

namespace carddesk::services::test {
namespace {

using analytics::LifecycleStage;
using analytics::LoyaltyLevel;
using analytics::SatisfactionCell;

storage::SatisfactionFacts facts(qint64 id, std::optional<double> survey, LifecycleStage stage, int repeats,
                                 double complaintSum = 0, int complaintCount = 0)
{
    storage::SatisfactionFacts f;
    f.customerId = id;
    f.latestSurveyMean = survey;
    f.complaintSatisfactionSum = complaintSum;
    f.complaintSatisfactionCount = complaintCount;
    f.scored = stage != LifecycleStage::None;
    f.stage = stage;
    f.repeatPurchases = repeats;
    return f;
}

TEST(SatisfactionMatrixRules, EachCellHasItsRule)
{
    storage::SatisfactionScope scope;
    scope.customers = 20;
    scope.rated = {
        facts(1, 4.5, LifecycleStage::Stability, 6),    // satisfied, buys again
        facts(2, 3.5, LifecycleStage::Formation, 1),    // exactly the threshold counts as satisfied
        facts(3, 4.0, LifecycleStage::Exploration, 0),  // satisfied after one purchase
        facts(4, 5.0, LifecycleStage::Decline, 8),      // satisfied but leaving
        facts(5, 4.25, LifecycleStage::Lost, 0),        // lost one-time buyer: leaving, not "one purchase"
        facts(6, 2.0, LifecycleStage::WonBack, 3),      // dissatisfied, staying (hostage)
        facts(7, 3.25, LifecycleStage::Exploration, 0), // dissatisfied after the first purchase
        facts(8, 1.5, LifecycleStage::Lost, 4),         // dissatisfied and leaving
        facts(9, 4.0, LifecycleStage::Potential, 0),    // no orders: rated, not placed
        facts(10, 4.0, LifecycleStage::None, 0),        // not scored yet: rated, not placed
        facts(11, std::nullopt, LifecycleStage::Stability, 5),
    };
    const SatisfactionMatrixReport report = SatisfactionMatrix::place(scope, {});
    auto cellOf = [&](qint64 id) -> std::optional<SatisfactionCell> {
        for (const SatisfactionMatrixEntry& e : report.entries)
            if (e.facts.customerId == id)
                return e.cell;
        return std::nullopt;
    };
    EXPECT_EQ(cellOf(1), SatisfactionCell::SatisfiedLoyal);
    EXPECT_EQ(cellOf(2), SatisfactionCell::SatisfiedLoyal);
    EXPECT_EQ(cellOf(3), SatisfactionCell::SatisfiedNew);
    EXPECT_EQ(cellOf(4), SatisfactionCell::SatisfiedLeaving);
    EXPECT_EQ(cellOf(5), SatisfactionCell::SatisfiedLeaving);
    EXPECT_EQ(cellOf(6), SatisfactionCell::DissatisfiedLoyal);
    EXPECT_EQ(cellOf(7), SatisfactionCell::DissatisfiedNew);
    EXPECT_EQ(cellOf(8), SatisfactionCell::DissatisfiedLeaving);
    EXPECT_EQ(cellOf(9), std::nullopt);
    EXPECT_EQ(cellOf(10), std::nullopt);
    EXPECT_EQ(cellOf(11), std::nullopt); // nothing rated it
    EXPECT_EQ(report.rated, 10);
    EXPECT_EQ(report.notPlaced, 2);
    EXPECT_EQ(report.customersInScope, 20);
    EXPECT_EQ(report.counts, (std::array<qint64, 6>{2, 1, 2, 1, 1, 1}));
    // A cell's list is its customers, the least satisfied first.
    const auto loyal = report.inCell(SatisfactionCell::SatisfiedLoyal);
    ASSERT_EQ(loyal.size(), 2u);
    EXPECT_EQ(loyal[0]->facts.customerId, 2);
    EXPECT_EQ(loyal[1]->facts.customerId, 1);
    // Another threshold moves customer 2 out of the satisfied row.
    analytics::SatisfactionLoyaltySettings strict;
    strict.satisfiedFrom = 4.0;
    EXPECT_EQ(SatisfactionMatrix::place(scope, strict).counts[static_cast<int>(SatisfactionCell::DissatisfiedLoyal)],
              2);
}

TEST(SatisfactionMatrixRules, LaterComplaintsCountBesideTheLatestSurvey)
{
    analytics::SatisfactionEvidence evidence;
    EXPECT_FALSE(analytics::combinedSatisfaction(evidence));
    evidence.complaintSatisfactionSum = 2 + 3;
    evidence.complaintSatisfactionCount = 2;
    EXPECT_DOUBLE_EQ(*analytics::combinedSatisfaction(evidence), 2.5); // complaints only
    evidence.latestSurveyMean = 5.0;
    EXPECT_DOUBLE_EQ(*analytics::combinedSatisfaction(evidence), 10.0 / 3.0); // each counts once
    evidence.complaintSatisfactionSum = 0;
    evidence.complaintSatisfactionCount = 0;
    EXPECT_DOUBLE_EQ(*analytics::combinedSatisfaction(evidence), 5.0);
    EXPECT_EQ(analytics::loyaltyLevel(LifecycleStage::Stability, 0), LoyaltyLevel::OnePurchase);
    EXPECT_EQ(analytics::loyaltyLevel(LifecycleStage::Decline, 0), LoyaltyLevel::Leaving);
    EXPECT_FALSE(analytics::loyaltyLevel(LifecycleStage::Potential, 0));
    for (int i = 0; i < analytics::kSatisfactionCells; ++i) {
        const auto cell = static_cast<SatisfactionCell>(i);
        EXPECT_EQ(analytics::satisfactionCellFromId(analytics::satisfactionCellId(cell)), cell);
    }
    EXPECT_FALSE(analytics::satisfactionCellFromId("loyal"));
}

class SatisfactionMatrixOfficeTest : public ScoredDemoSuite<1500>
{
};

TEST_F(SatisfactionMatrixOfficeTest, EveryCustomerIsInTheCellItsFiguresSayAndEveryCellHasCustomers)
{
    storage::Session admin = session(QStringLiteral("admin"), "admin1234");
    auto report = SatisfactionMatrix(admin).build();
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    auto& db = s_db->sql();
    const qint64 surveyed = db.execAndGet("SELECT count(DISTINCT customer_id) FROM satisfaction_surveys").getInt64();
    const qint64 buying = db.execAndGet("SELECT count(DISTINCT customer_id) FROM orders").getInt64();
    // The demo asked a plausible share of its buying customers.
    EXPECT_GT(surveyed, buying / 5);
    EXPECT_LT(surveyed, buying / 2);
    EXPECT_EQ(report->customersInScope, 1500);
    EXPECT_GE(report->rated, surveyed);
    for (int i = 0; i < analytics::kSatisfactionCells; ++i)
        EXPECT_GT(report->counts[static_cast<std::size_t>(i)], 0)
            << analytics::satisfactionCellId(static_cast<SatisfactionCell>(i));
    qint64 placed = 0;
    for (qint64 n : report->counts)
        placed += n;
    EXPECT_EQ(placed + report->notPlaced, report->rated);
    EXPECT_EQ(static_cast<qint64>(report->entries.size()), placed);

    // Each entry against the database's own figures, computed here independently in SQL.
    SQLite::Statement latest(db, "SELECT (product_score + service_score + staff_score + image_score) / 4.0, "
                                 "surveyed_on FROM satisfaction_surveys WHERE customer_id = ? "
                                 "ORDER BY surveyed_on DESC, id DESC LIMIT 1");
    SQLite::Statement complaints(db, "SELECT satisfaction, date(received_at, 'localtime') FROM complaints WHERE "
                                     "customer_id = ? AND status = 'closed' AND satisfaction > 0");
    SQLite::Statement score(db, "SELECT x, stage_code FROM scores WHERE customer_id = ?");
    for (const SatisfactionMatrixEntry& e : report->entries) {
        const qint64 id = e.facts.customerId;
        latest.bind(1, static_cast<int64_t>(id));
        std::optional<double> mean;
        std::string day;
        if (latest.executeStep()) {
            mean = latest.getColumn(0).getDouble();
            day = latest.getColumn(1).getString();
        }
        latest.reset();
        double sum = mean.value_or(0);
        int n = mean ? 1 : 0;
        complaints.bind(1, static_cast<int64_t>(id));
        while (complaints.executeStep())
            if (day.empty() || complaints.getColumn(1).getString() >= day) {
                sum += complaints.getColumn(0).getInt();
                ++n;
            }
        complaints.reset();
        ASSERT_GT(n, 0) << id;
        const double satisfaction = sum / n;
        EXPECT_NEAR(e.satisfaction, satisfaction, 1e-9) << id;
        score.bind(1, static_cast<int64_t>(id));
        ASSERT_TRUE(score.executeStep()) << id;
        const int x = score.getColumn(0).getInt();
        const auto stage = static_cast<LifecycleStage>(score.getColumn(1).getInt());
        score.reset();
        const bool satisfied = satisfaction >= 3.5;
        const bool leaving = stage == LifecycleStage::Decline || stage == LifecycleStage::Lost;
        SatisfactionCell expected;
        if (leaving)
            expected = satisfied ? SatisfactionCell::SatisfiedLeaving : SatisfactionCell::DissatisfiedLeaving;
        else if (x >= 1)
            expected = satisfied ? SatisfactionCell::SatisfiedLoyal : SatisfactionCell::DissatisfiedLoyal;
        else
            expected = satisfied ? SatisfactionCell::SatisfiedNew : SatisfactionCell::DissatisfiedNew;
        EXPECT_EQ(e.cell, expected) << id;
    }
    // The demo's surveys lean with loyalty: loyal customers are more often satisfied than leaving ones.
    const auto share = [&](SatisfactionCell satisfied, SatisfactionCell dissatisfied) {
        const double s = static_cast<double>(report->counts[static_cast<std::size_t>(satisfied)]);
        return s / (s + static_cast<double>(report->counts[static_cast<std::size_t>(dissatisfied)]));
    };
    EXPECT_GT(share(SatisfactionCell::SatisfiedLoyal, SatisfactionCell::DissatisfiedLoyal),
              share(SatisfactionCell::SatisfiedLeaving, SatisfactionCell::DissatisfiedLeaving));
}

TEST_F(SatisfactionMatrixOfficeTest, AUserSeesOnlyTheCustomersOfTheScope)
{
    storage::Session rep = session(QStringLiteral("rep01"));
    storage::Session manager = session(QStringLiteral("manager.east"));
    auto mine = SatisfactionMatrix(rep).build();
    auto area = SatisfactionMatrix(manager).build();
    storage::Session admin = session(QStringLiteral("admin"), "admin1234");
    auto all = SatisfactionMatrix(admin).build();
    ASSERT_TRUE(mine && area && all);
    EXPECT_LT(mine->customersInScope, area->customersInScope);
    EXPECT_LT(area->customersInScope, all->customersInScope);
    EXPECT_GT(mine->entries.size(), 0u);
    std::set<qint64> allowed;
    {
        SQLite::Statement q(s_db->sql(),
                            "SELECT c.id FROM customers c WHERE " + storage::AccessScope::customerFilter(rep, "c"));
        while (q.executeStep())
            allowed.insert(q.getColumn(0).getInt64());
    }
    EXPECT_EQ(static_cast<qint64>(allowed.size()), mine->customersInScope);
    for (const SatisfactionMatrixEntry& e : mine->entries)
        EXPECT_TRUE(allowed.count(e.facts.customerId)) << e.facts.customerId;
    // The same customer is in the same cell whoever looks.
    for (const SatisfactionMatrixEntry& e : mine->entries) {
        const auto found = std::find_if(all->entries.begin(), all->entries.end(),
                                        [&](const auto& a) { return a.facts.customerId == e.facts.customerId; });
        ASSERT_NE(found, all->entries.end());
        EXPECT_EQ(found->cell, e.cell);
    }
}

TEST_F(SatisfactionMatrixOfficeTest, TheDemoSurveysAreTheSameForTheSameSeed)
{
    // The demo office is deterministic: a second office of the same seed and day has the same surveys.
    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("again.db")));
    ASSERT_TRUE(db);
    io::DemoOptions options;
    options.customers = 1500;
    options.today = QDate::currentDate();
    ASSERT_TRUE(io::DemoOfficeGenerator::generate(**db, options, nullptr));
    const char* digest = "SELECT count(*), total(customer_id * 7 + product_score * 3 + service_score * 5 + "
                         "staff_score * 11 + image_score * 13 + coalesce(contact_id, 0)), group_concat(surveyed_on, "
                         "'') FROM (SELECT * FROM satisfaction_surveys ORDER BY id)";
    SQLite::Statement a(s_db->sql(), digest);
    SQLite::Statement b((*db)->sql(), digest);
    ASSERT_TRUE(a.executeStep() && b.executeStep());
    EXPECT_GT(a.getColumn(0).getInt64(), 0);
    EXPECT_EQ(a.getColumn(0).getInt64(), b.getColumn(0).getInt64());
    EXPECT_EQ(a.getColumn(1).getDouble(), b.getColumn(1).getDouble());
    EXPECT_EQ(a.getColumn(2).getString(), b.getColumn(2).getString());
}

} // namespace
} // namespace carddesk::services::test
