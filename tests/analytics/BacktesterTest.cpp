#include "CdnowData.h"

#include "analytics/Backtester.h"

#include <gtest/gtest.h>

using namespace carddesk::analytics;
using namespace carddesk::analytics::test;

TEST(Backtester, CdnowHoldout)
{
    const CdnowOrders orders = loadCdnowOrders();
    const BacktestResult r = Backtester::run(orders.columns(), orders.customers, calibrationEnd(), holdoutEnd());
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.customers, 2357u);
    EXPECT_NEAR(r.holdoutWeeks, 39.0, 1e-12);
    EXPECT_EQ(r.actualRepeat, 1882.0);
    EXPECT_NEAR(r.predictedRepeat, 1653.0, 1.0);
    EXPECT_GT(r.correlation, 0.5);
    // One-time buyers all have P(alive) = 1 and mostly do not come back, hence the low P(alive) AUC.
    EXPECT_GT(r.auc, 0.0);
    EXPECT_LT(r.auc, 0.5);
    EXPECT_GT(r.aucExpected, 0.7);
    std::printf("predicted %.2f, correlation %.3f, AUC P(alive) %.3f, AUC E[Y] %.3f\n", r.predictedRepeat,
                r.correlation, r.auc, r.aucExpected);
}

TEST(Backtester, AucOfPerfectAndTiedScores)
{
    const std::vector<double> perfect{0.1, 0.2, 0.8, 0.9};
    const std::vector<std::uint8_t> positive{0, 0, 1, 1}, all{1, 1, 1, 1};
    EXPECT_DOUBLE_EQ(Backtester::auc(perfect, positive, all), 1.0);
    const std::vector<double> tied{0.5, 0.5, 0.5, 0.5};
    EXPECT_DOUBLE_EQ(Backtester::auc(tied, positive, all), 0.5);
}

TEST(Backtester, RejectsEmptyHoldout)
{
    const CdnowOrders orders = loadCdnowOrders();
    EXPECT_FALSE(Backtester::run(orders.columns(), orders.customers, holdoutEnd(), calibrationEnd()).ok);
}
