#include "CdnowData.h"

#include "analytics/ModifiedBgNbdModel.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace carddesk::analytics;
using namespace carddesk::analytics::test;

TEST(ModifiedBgNbdModel, FitsTheCdnowSummaryAsBtydPlus)
{
    // BTYDplus mbgnbd.EstimateParameters on the CDNOW summary (as the lifetimes tests quote it, 3 decimals).
    const CdnowSummaryFile f = loadCdnowSummaryFile();
    const BgNbdFit fit = ModifiedBgNbdModel::fit(f.x, f.tx, f.T);
    ASSERT_TRUE(fit.ok) << fit.error;
    EXPECT_NEAR(fit.params.r, 0.525, 1e-3);
    EXPECT_NEAR(fit.params.alpha, 6.183, 1e-3);
    EXPECT_NEAR(fit.params.a, 0.891, 1e-3);
    EXPECT_NEAR(fit.params.b, 1.614, 1e-3);
    double sum = 0.0;
    const ModifiedBgNbdModel model(fit.params);
    for (std::size_t i = 0; i < f.x.size(); ++i) {
        sum += model.logLikelihood(f.x[i], f.tx[i], f.T[i]);
    }
    EXPECT_NEAR(fit.logLikelihood, sum, 1e-8 * std::abs(sum));
}

TEST(ModifiedBgNbdModel, AnalyticGradientMatchesDifferences)
{
    const CdnowSummaryFile f = loadCdnowSummaryFile();
    const BgNbdPatterns patterns = BgNbdPatterns::fromWeeks(f.x, f.tx, f.T);
    const BgNbdParams p{0.525, 6.183, 0.891, 1.614};
    std::array<double, 4> g{};
    ModifiedBgNbdModel::logLikelihood(patterns, p, &g);
    const std::array<double, 4> base{p.r, p.alpha, p.a, p.b};
    for (int k = 0; k < 4; ++k) {
        const double h = 1e-6 * base[k];
        std::array<double, 4> up = base, down = base;
        up[k] += h;
        down[k] -= h;
        const double numeric = (ModifiedBgNbdModel::logLikelihood(patterns, {up[0], up[1], up[2], up[3]}) -
                                ModifiedBgNbdModel::logLikelihood(patterns, {down[0], down[1], down[2], down[3]})) /
                               (2 * h);
        EXPECT_NEAR(g[k], numeric, 1e-4 * (1.0 + std::abs(numeric))) << "parameter " << k;
    }
}

TEST(ModifiedBgNbdModel, OneTimeBuyersFadeWithTimeUnlikeBgNbd)
{
    const BgNbdParams p{0.525, 6.183, 0.891, 1.614};
    const ModifiedBgNbdModel modified(p);
    const BgNbdModel plain(p);
    // P(alive | x = 0) = 1 / (1 + a/b ((alpha+T)/alpha)^r).
    EXPECT_NEAR(modified.probabilityAlive(0, 0.0, 38.0), 1.0 / (1.0 + 0.891 / 1.614 * std::pow(44.183 / 6.183, 0.525)),
                1e-14);
    double previous = 1.0;
    for (double T : {1.0, 10.0, 30.0, 60.0, 120.0}) {
        const double now = modified.probabilityAlive(0, 0.0, T);
        EXPECT_LT(now, previous) << T;
        EXPECT_DOUBLE_EQ(plain.probabilityAlive(0, 0.0, T), 1.0);
        previous = now;
    }
}

TEST(ModifiedBgNbdModel, ExpectationsAgreeWithEachOther)
{
    const ModifiedBgNbdModel model({0.525, 6.183, 0.891, 1.614});
    // A brand-new customer (x = 0 at T = 0) is the population; E[X(t)] = b/(a-1) [1 - (alpha/(alpha+t))^r 2F1(...)]
    // is increasing and its slope at 0 is the mean rate times P(alive at 0) = r/alpha * b/(a+b).
    for (double t : {1.0, 13.0, 52.0}) {
        EXPECT_NEAR(model.expectedPurchases(t, 0, 0.0, 0.0), model.populationExpected(t), 1e-12);
    }
    EXPECT_NEAR(model.populationExpected(1e-4) / 1e-4, 0.525 / 6.183 * 1.614 / (0.891 + 1.614), 1e-5);
    EXPECT_LT(model.populationExpected(13.0), model.populationExpected(52.0));
}
