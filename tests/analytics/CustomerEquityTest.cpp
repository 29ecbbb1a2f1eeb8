#include "CdnowData.h"

#include "analytics/BgNbdModel.h"
#include "analytics/CustomerEquity.h"
#include "analytics/GammaGammaModel.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace carddesk::analytics;
using namespace carddesk::analytics::test;

namespace {

// Pareto/NBD r = 1, α = 9, s = 2, β = 9 has a closed form a hand can follow: for T = 1 week,
// E[Y(t) | alive] = (r+x)(β+T)/((α+T)(s−1)) · [1 − (β+T)/(β+T+t)] = (1+x) · t/(10+t).
const PurchaseModel kPareto(PurchaseModelKind::ParetoNbd, {1.0, 9.0, 2.0, 9.0});
// Gamma-Gamma p = 2, q = 3, v = 10: E[M] = p v/(q−1) = 10 for x = 0, p (v + x m)/(p x + q − 1) otherwise.
const GammaGammaModel kSpend(GammaGammaParams{2.0, 3.0, 10.0});
// Months of 5 weeks, 3 of them, 10 % a month: E[Y] at 5, 10, 15 weeks is (1+x) · 1/3, 1/2, 3/5.
const EquityOptions kThreeMonths{3, 0.10, 5.0, 1};
// (1/3)/1.1 + (1/2 − 1/3)/1.1² + (3/5 − 1/2)/1.1³ = 0.303030303 + 0.137741047 + 0.075131480
constexpr double kFactorX0 = 1.0 / 3.0 / 1.1 + (1.0 / 6.0) / 1.21 + 0.1 / 1.331;

} // namespace

TEST(CustomerEquity, DiscountedPurchasesByHand)
{
    const CustomerEquity equity(kPareto, kSpend, kThreeMonths);
    EXPECT_NEAR(kFactorX0, 0.515902830, 1e-9);
    EXPECT_NEAR(equity.discountedPurchasesIfAlive(0, 1.0), 0.515902830, 1e-9);
    EXPECT_NEAR(equity.discountedPurchasesIfAlive(2, 1.0), 3 * 0.515902830, 1e-9);
}

TEST(CustomerEquity, ValuesByHandWithStoredProbability)
{
    const CustomerEquity equity(kPareto, kSpend, kThreeMonths);
    // A one-time buyer (x = 0) and a customer with two repeat days at 20 each, both first bought a week ago.
    const std::vector<std::uint8_t> include{1, 1, 0};
    const std::vector<std::int32_t> x{0, 2, 0}, txDays{0, 5, 0}, TDays{7, 7, 0};
    const std::vector<double> m{0.0, 20.0, 0.0}, alive{0.5, 0.8, 0.0};
    const auto v = equity.values({include, x, txDays, TDays, m, alive});
    ASSERT_EQ(v.size(), 3u);
    EXPECT_NEAR(v[0], 10.0 * 0.5 * 0.515902830, 1e-8);              // 2.579514
    EXPECT_NEAR(v[1], (100.0 / 6.0) * 0.8 * 3 * 0.515902830, 1e-8); // 20.636113
    EXPECT_EQ(v[2], 0.0);                                           // no order: a potential customer
    // Without a stored probability the model's own is used.
    const auto own = equity.values({include, x, txDays, TDays, m, {}});
    EXPECT_NEAR(own[0], 10.0 * kPareto.probabilityAlive(0, 0.0, 1.0) * kFactorX0, 1e-10);
    EXPECT_NEAR(own[1], equity.value(2, 5 / 7.0, 1.0, 20.0), 1e-10);
}

TEST(CustomerEquity, DiscountAndHorizon)
{
    // No discount: the sum telescopes to E[Y(N f) | alive] = 3/5.
    EXPECT_NEAR(CustomerEquity(kPareto, kSpend, {3, 0.0, 5.0, 1}).discountedPurchasesIfAlive(0, 1.0), 0.6, 1e-12);
    // One month: E[Y(5)] / 1.1.
    EXPECT_NEAR(CustomerEquity(kPareto, kSpend, {1, 0.10, 5.0, 1}).discountedPurchasesIfAlive(0, 1.0),
                (1.0 / 3.0) / 1.1, 1e-12);
    // No horizon, no value.
    EXPECT_EQ(CustomerEquity(kPareto, kSpend, {0, 0.10, 5.0, 1}).discountedPurchasesIfAlive(0, 1.0), 0.0);
    // A higher rate or a shorter horizon never adds value.
    const double base = CustomerEquity(kPareto, kSpend, {36, 0.01, 4.345, 1}).discountedPurchasesIfAlive(1, 10.0);
    EXPECT_LT(CustomerEquity(kPareto, kSpend, {36, 0.02, 4.345, 1}).discountedPurchasesIfAlive(1, 10.0), base);
    EXPECT_LT(CustomerEquity(kPareto, kSpend, {24, 0.01, 4.345, 1}).discountedPurchasesIfAlive(1, 10.0), base);
}

TEST(CustomerEquity, TwelveMonthsIsThePublishedClv)
{
    // ANALYTICS.md: CDNOW customer 1, BG/NBD and Gamma-Gamma, 12 months at 1 % a month: CLV 36.28.
    const CdnowSummaryFile f = loadCdnowSummaryFile();
    const BgNbdParams bg = BgNbdModel::fit(f.x, f.tx, f.T).params;
    const GammaGammaModel spend(GammaGammaModel::fit(f.x, f.zbar).params);
    const CustomerEquity equity(PurchaseModel(PurchaseModelKind::BgNbd, {bg.r, bg.alpha, bg.a, bg.b}), spend,
                                {12, 0.01, 4.345, 2});
    EXPECT_NEAR(equity.value(f.x[0], f.tx[0], f.T[0], f.zbar[0]), 36.28, 0.005);
}

TEST(CustomerEquity, TrendFromTheOrdersOnEachDay)
{
    // Customer 0 buys on days 0 and 14 (20 each); customer 1 on day 10 only; customer 2 first on day 40.
    const std::vector<std::int32_t> customer{0, 0, 1, 2}, day{0, 14, 10, 40};
    const std::vector<double> amount{20.0, 20.0, 30.0, 50.0};
    const CustomerEquity equity(kPareto, kSpend, {36, 0.01, 4.345, 2});
    const std::vector<std::int32_t> days{-1, 7, 21};
    const auto totals = equity.totalsOn({customer, day, amount}, 3, days);
    ASSERT_EQ(totals.size(), 3u);
    EXPECT_EQ(totals[0], 0.0); // before any order
    // Day 7: only customer 0, one purchase day a week ago (the order of day 14 is not known yet).
    EXPECT_NEAR(totals[1], equity.value(0, 0.0, 1.0, 0.0), 1e-10);
    // Day 21: customer 0 with a repeat day (x = 1, t_x = 2 weeks, T = 3 weeks, m = 20) and customer 1 (x = 0, T = 11
    // days); customer 2 has not bought yet.
    EXPECT_NEAR(totals[2], equity.value(1, 2.0, 3.0, 20.0) + equity.value(0, 0.0, 11 / 7.0, 0.0), 1e-10);
    // Unsorted orders are refused, not summed.
    const std::vector<std::int32_t> unsortedDay{14, 0, 10, 40};
    EXPECT_TRUE(equity.totalsOn({customer, unsortedDay, amount}, 3, days).empty());
}
