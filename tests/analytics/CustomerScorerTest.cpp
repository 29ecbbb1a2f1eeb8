#include "CdnowData.h"

#include "analytics/CustomerScorer.h"
#include "analytics/DayNumber.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

using namespace carddesk::analytics;
using namespace carddesk::analytics::test;

namespace {

const CdnowOrders& cdnow()
{
    static const CdnowOrders orders = loadCdnowOrders();
    return orders;
}

ScoringInput cdnowInput(std::size_t extraCustomers = 0)
{
    ScoringInput in;
    in.orders = cdnow().columns();
    in.customerCount = cdnow().customers + extraCustomers;
    in.asOfDay = calibrationEnd();
    return in;
}

template <typename Container> std::size_t total(const Container& c)
{
    return std::accumulate(c.begin(), c.end(), std::size_t{0});
}

} // namespace

TEST(DayNumber, RoundTrips)
{
    EXPECT_EQ(dayNumber(1970, 1, 1), 0);
    EXPECT_EQ(dayNumberFromYmd(19970930) - dayNumberFromYmd(19970101), 272);
    const CivilDate d = civilDate(dayNumber(2024, 2, 29));
    EXPECT_EQ(d.year, 2024);
    EXPECT_EQ(d.month, 2u);
    EXPECT_EQ(d.day, 29u);
}

TEST(CustomerScorer, ScoresCdnowEndToEnd)
{
    std::vector<double> fractions;
    ScoringSettings bgnbdOnly; // the published BG/NBD figures; `auto` is tested in PurchaseModelSelectorTest
    bgnbdOnly.purchaseModel = PurchaseModelChoice::BgNbd;
    const ScoringResult r = CustomerScorer::score(cdnowInput(3), bgnbdOnly, [&](double f, std::string_view step) {
        EXPECT_FALSE(step.empty());
        fractions.push_back(f);
    });
    ASSERT_TRUE(r.ok) << r.error;
    ASSERT_TRUE(r.bgnbd.ok) << r.bgnbd.error;
    ASSERT_TRUE(r.gammaGamma.ok) << r.gammaGamma.error;
    EXPECT_TRUE(std::is_sorted(fractions.begin(), fractions.end()));
    EXPECT_EQ(fractions.back(), 1.0);

    const std::size_t n = cdnow().customers + 3;
    EXPECT_EQ(r.customersWithOrders, 2357u);
    EXPECT_NEAR(r.bgnbd.params.r, 0.2425945, 0.2425945e-4);
    EXPECT_NEAR(r.bgnbd.logLikelihood, -9582.429, 1e-3);

    // Customer 1: x = 2, t_x = 30.43, T = 38.86.
    EXPECT_NEAR(r.pAlive[0], 0.7266, 1e-3);
    EXPECT_NEAR(r.churnRisk[0], 1.0 - r.pAlive[0], 1e-15);
    EXPECT_NEAR(r.expectedOrderValue[0], 24.66, 0.05);
    EXPECT_NEAR(r.clv[0], 36.3, 0.2);
    EXPECT_GT(r.expectedPurchases[3][0], r.expectedPurchases[0][0]);

    for (std::size_t i = 0; i < n; ++i) {
        for (double v : {r.pAlive[i], r.expectedPurchases[0][i], r.expectedPurchases[1][i], r.expectedPurchases[2][i],
                         r.expectedPurchases[3][i], r.expectedOrderValue[i], r.clv[i], r.churnRisk[i]}) {
            ASSERT_TRUE(std::isfinite(v)) << "customer " << i;
        }
    }
    // The three extra customers have no orders: potential, unclassified.
    for (std::size_t i = n - 3; i < n; ++i) {
        EXPECT_EQ(r.stage[i], LifecycleStage::Potential);
        EXPECT_EQ(r.abc[i], AbcClass::None);
        EXPECT_EQ(r.rfm.segment[i], RfmSegment::None);
        EXPECT_EQ(r.churnLevel[i], ChurnLevel::None);
        EXPECT_TRUE(r.reasonsOf(i).empty());
    }
    EXPECT_EQ(total(r.stageCounts), n);
    EXPECT_EQ(r.stageCounts[static_cast<int>(LifecycleStage::Potential)], 3u);
    EXPECT_EQ(total(r.segmentCounts), n);
    EXPECT_EQ(total(r.churnLevelCounts), n);
    EXPECT_EQ(total(r.adviceCounts), n);
    EXPECT_EQ(r.abcSummary.countA + r.abcSummary.countB + r.abcSummary.countC, 2357u);
    EXPECT_EQ(r.reasonOffset.size(), n + 1);
    EXPECT_EQ(r.reasonOffset.back(), r.reasons.size());
    // Only declining or lost customers get win-back advice.
    for (std::size_t i = 0; i < n; ++i) {
        const bool atRisk = r.stage[i] == LifecycleStage::Decline || r.stage[i] == LifecycleStage::Lost;
        EXPECT_EQ(r.advice[i] != WinBackAdvice::None, atRisk);
    }
}

TEST(CustomerScorer, WithoutExpectedPurchasesEverythingElseIsTheSame)
{
    const ScoringResult full = CustomerScorer::score(cdnowInput(0));
    ScoringSettings lean;
    lean.keepExpectedPurchases = false;
    const ScoringResult r = CustomerScorer::score(cdnowInput(0), lean);
    ASSERT_TRUE(r.ok && full.ok);
    for (const auto& horizon : r.expectedPurchases)
        EXPECT_TRUE(horizon.empty());
    EXPECT_EQ(r.pAlive, full.pAlive);
    EXPECT_EQ(r.clv, full.clv);
    EXPECT_EQ(r.stage, full.stage);
    EXPECT_EQ(r.churnLevel, full.churnLevel);
}

TEST(CustomerScorer, FixedParametersAndSentences)
{
    ScoringInput in = cdnowInput();
    in.fixedBgNbd = BgNbdParams{0.2425945, 4.4136019, 0.7929199, 2.4258881};
    in.fixedGammaGamma = GammaGammaParams{6.25, 3.74, 15.44};
    ScoringSettings settings;
    settings.sentences = true;
    settings.threads = 1;
    const ScoringResult r = CustomerScorer::score(in, settings);
    ASSERT_TRUE(r.ok);
    EXPECT_NEAR(r.pAlive[0], 0.7266, 1e-3);
    ASSERT_EQ(r.stageSentence.size(), cdnow().customers);
    EXPECT_FALSE(r.stageSentence[0].empty());
}

TEST(CustomerScorer, OptionalColumnsFeedChurnAndLifecycle)
{
    const std::size_t n = cdnow().customers;
    std::vector<std::int32_t> complaints(n, 0);
    std::vector<double> overdue(n, 0.0);
    std::vector<LifecycleStage> previous(n, LifecycleStage::None), manual(n, LifecycleStage::None);
    std::vector<std::int32_t> previousDay(n, 0), manualDay(n, 0);
    complaints[0] = 3;
    overdue[0] = 50.0;
    manual[1] = LifecycleStage::Stability; // customer 2 last bought in January 1997
    manualDay[1] = calibrationEnd() - 1;
    ScoringInput in = cdnowInput();
    in.openComplaints = complaints;
    in.overdueAmount = overdue;
    in.previousStage = previous;
    in.previousStageDay = previousDay;
    in.manualStage = manual;
    in.manualStageDay = manualDay;
    const ScoringResult r = CustomerScorer::score(in);
    ASSERT_TRUE(r.ok) << r.error;
    bool complaint = false, overdueSeen = false;
    for (const ChurnReason& reason : r.reasonsOf(0)) {
        complaint = complaint || (reason.code == ChurnReasonCode::OpenComplaints && reason.count == 3);
        overdueSeen = overdueSeen || (reason.code == ChurnReasonCode::OverdueReceivables && reason.amount == 50.0);
    }
    EXPECT_TRUE(complaint);
    EXPECT_TRUE(overdueSeen);
    EXPECT_EQ(r.stage[1], LifecycleStage::Stability);
    EXPECT_EQ(r.stageRule[1], LifecycleRule::ManualKept);

    std::vector<std::int32_t> wrongSize(3, 0);
    in.openComplaints = wrongSize;
    EXPECT_FALSE(CustomerScorer::score(in).ok);
}

TEST(CustomerScorer, CancellationStopsEarly)
{
    std::atomic<bool> cancel{false};
    int calls = 0;
    const ScoringResult r = CustomerScorer::score(
        cdnowInput(), {},
        [&](double, std::string_view) {
            if (++calls == 2) {
                cancel = true;
            }
        },
        &cancel);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(calls, 2);
    EXPECT_TRUE(r.pAlive.empty());
}

TEST(CustomerScorer, UnsortedOrdersAreAnError)
{
    const std::vector<std::int32_t> customer{0, 0}, day{10, 5};
    const std::vector<double> amount{1.0, 2.0};
    ScoringInput in;
    in.orders = {customer, day, amount};
    in.customerCount = 1;
    in.asOfDay = 20;
    const ScoringResult r = CustomerScorer::score(in);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("row 1"), std::string::npos);
}

TEST(CustomerScorer, ModelFailureLeavesZerosNotNaN)
{
    // Two one-time buyers: BG/NBD cannot be fitted; rules still run on recency.
    const std::vector<std::int32_t> customer{0, 1}, day{10, 300};
    const std::vector<double> amount{5.0, 7.0};
    ScoringInput in;
    in.orders = {customer, day, amount};
    in.customerCount = 2;
    in.asOfDay = 400;
    const ScoringResult r = CustomerScorer::score(in);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_FALSE(r.bgnbd.ok);
    EXPECT_FALSE(r.bgnbd.error.empty());
    EXPECT_EQ(r.pAlive[0], 0.0);
    EXPECT_EQ(r.clv[0], 0.0);
    EXPECT_EQ(r.churnLevel[0], ChurnLevel::High); // 390 days since the only order
    EXPECT_EQ(r.stage[0], LifecycleStage::Lost);
    EXPECT_EQ(r.stage[1], LifecycleStage::Exploration);
}

TEST(CustomerSummary, MergesSameDayOrdersAndIgnoresLaterOnes)
{
    const std::vector<std::int32_t> customer{0, 0, 0, 0, 0};
    const std::vector<std::int32_t> day{0, 0, 14, 14, 100};
    const std::vector<double> amount{5, 5, 10, 20, 99};
    const CustomerSummary s = CustomerSummary::build({customer, day, amount}, 2, {28, 14, {}});
    ASSERT_TRUE(s.ok);
    EXPECT_EQ(s.x[0], 1);
    EXPECT_DOUBLE_EQ(s.m[0], 30.0);
    EXPECT_DOUBLE_EQ(s.tx[0], 2.0);
    EXPECT_DOUBLE_EQ(s.T[0], 4.0);
    EXPECT_EQ(s.frequency[0], 2);
    EXPECT_DOUBLE_EQ(s.monetary[0], 40.0);
    EXPECT_EQ(s.recencyDays[0], 14);
    EXPECT_DOUBLE_EQ(s.meanIntervalDays[0], 14.0);
    EXPECT_DOUBLE_EQ(s.recentSpend[0], 0.0);    // (14, 28]
    EXPECT_DOUBLE_EQ(s.previousSpend[0], 30.0); // (0, 14]
    EXPECT_EQ(s.hasOrders[1], 0);
}
