#include "CdnowData.h"

#include "analytics/BgNbdModel.h"
#include "analytics/CustomerSummary.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace carddesk::analytics;
using namespace carddesk::analytics::test;

namespace {

void expectRelative(double actual, double expected, double tolerance)
{
    EXPECT_NEAR(actual, expected, std::abs(expected) * tolerance) << "expected " << expected;
}

const CustomerSummary& calibrationSummary()
{
    static const CdnowOrders orders = loadCdnowOrders();
    static const CustomerSummary s =
        CustomerSummary::build(orders.columns(), orders.customers, {calibrationEnd(), 182, {}});
    return s;
}

BgNbdFit exactFit()
{
    const CustomerSummary& s = calibrationSummary();
    return BgNbdModel::fit(BgNbdPatterns::fromDays(s.x, s.txDays, s.TDays, s.hasOrders));
}

BgNbdModel summaryFileModel()
{
    const CdnowSummaryFile f = loadCdnowSummaryFile();
    return BgNbdModel(BgNbdModel::fit(f.x, f.tx, f.T).params);
}

} // namespace

TEST(BgNbdModel, CustomerOneSummary)
{
    const CustomerSummary& s = calibrationSummary();
    ASSERT_TRUE(s.ok) << s.error;
    EXPECT_EQ(s.size(), 2357u);
    EXPECT_EQ(s.x[0], 2);
    EXPECT_NEAR(s.tx[0], 30.4286, 1e-4);
    EXPECT_NEAR(s.T[0], 38.8571, 1e-4);
}

TEST(BgNbdModel, FitsExactCdnowTransactions)
{
    const BgNbdFit fit = exactFit();
    ASSERT_TRUE(fit.ok) << fit.error;
    EXPECT_TRUE(fit.converged);
    EXPECT_EQ(fit.patterns, 1016u);
    expectRelative(fit.params.r, 0.2425945, 1e-4);
    expectRelative(fit.params.alpha, 4.4136019, 1e-4);
    expectRelative(fit.params.a, 0.7929199, 1e-4);
    expectRelative(fit.params.b, 2.4258881, 1e-4);
    EXPECT_NEAR(fit.logLikelihood, -9582.429, 1e-3);
    for (double se : fit.standardErrors) {
        EXPECT_GT(se, 0.0);
        EXPECT_TRUE(std::isfinite(se));
    }
}

TEST(BgNbdModel, FitsRoundedSummaryFile)
{
    const CdnowSummaryFile f = loadCdnowSummaryFile();
    const BgNbdFit fit = BgNbdModel::fit(f.x, f.tx, f.T);
    ASSERT_TRUE(fit.ok) << fit.error;
    EXPECT_NEAR(fit.params.r, 0.242593, 5e-7);
    EXPECT_NEAR(fit.params.alpha, 4.413532, 5e-6);
    EXPECT_NEAR(fit.params.a, 0.792886, 5e-7);
    EXPECT_NEAR(fit.params.b, 2.425752, 5e-6);
}

TEST(BgNbdModel, ConditionalPredictionsMatchReference)
{
    const BgNbdModel model(exactFit().params);
    EXPECT_NEAR(model.probabilityAlive(2, 30.43, 38.86), 0.726609, 5e-7);
    EXPECT_NEAR(model.expectedPurchases(39, 2, 30.43, 38.86), 1.2259, 5e-5);
    EXPECT_NEAR(model.expectedPurchases(52, 26, 30.857, 31), 25.757, 5e-4);
    EXPECT_NEAR(model.probabilityAlive(26, 30.857, 31), 0.96885, 5e-6);
}

TEST(BgNbdModel, PopulationCurveMatchesReference)
{
    const BgNbdModel model(exactFit().params);
    const double t[] = {1, 3, 32, 52, 78};
    // ANALYTICS.md prints 1.8576 at t = 78; an independent mpmath evaluation of the closed form at these
    // parameters gives 1.857956, which is what we check (the other four agree with the document).
    const double expected[] = {0.0532, 0.1506, 1.0437, 1.4440, 1.85796};
    for (int i = 0; i < 5; ++i) {
        EXPECT_NEAR(model.populationExpected(t[i]), expected[i], 5e-5) << "t = " << t[i];
    }
}

TEST(BgNbdModel, ExtremeInputsStayFinite)
{
    const BgNbdModel model(exactFit().params);
    EXPECT_EQ(model.probabilityAlive(1000, 10, 100), 0.0);
    EXPECT_EQ(model.probabilityAlive(0, 0, 100), 1.0);
    EXPECT_EQ(model.expectedPurchases(52, 1000, 10, 100), 0.0);
    const double busy = model.expectedPurchases(52, 1000, 99.9, 100);
    EXPECT_TRUE(std::isfinite(busy));
    EXPECT_GT(busy, 100.0); // ~10 a week while alive
    // Long horizon: z = t / (alpha + T + t) close to 1.
    const double longRun = model.expectedPurchases(100000, 0, 0, 0.1);
    EXPECT_TRUE(std::isfinite(longRun));
    EXPECT_GT(longRun, model.expectedPurchases(1000, 0, 0, 0.1));
}

TEST(BgNbdModel, DropoutParameterNearOne)
{
    // a = 1 makes the textbook formula 0/0; the transformed series has a finite limit, continuous across a = 1.
    const BgNbdParams base{0.25, 4.4, 1.0, 2.4};
    const BgNbdModel at(base);
    BgNbdParams lo = base, hi = base;
    lo.a = 1.0 - 1e-7;
    hi.a = 1.0 + 1e-7;
    const double v = at.expectedPurchases(39, 3, 20, 38);
    EXPECT_TRUE(std::isfinite(v));
    EXPECT_NEAR(BgNbdModel(lo).expectedPurchases(39, 3, 20, 38), v, 1e-6);
    EXPECT_NEAR(BgNbdModel(hi).expectedPurchases(39, 3, 20, 38), v, 1e-6);
    EXPECT_TRUE(std::isfinite(at.populationExpected(52)));
}

namespace {

// E[Y(t) | alive] by Euler's transformed series in long double, summed to the end however many terms it takes:
// the reference for the faster series the model picks when a is large.
double transformedSeriesReference(const BgNbdParams& p, double t, int x, double T)
{
    const long double c = p.a + p.b + x - 1.0L;
    const long double logOneMinusZ =
        std::log(static_cast<long double>(p.alpha + T)) - std::log(static_cast<long double>(p.alpha + T + t));
    const long double z = t / (p.alpha + T + static_cast<long double>(t));
    const long double u = (p.a - 1.0L) * logOneMinusZ;
    const long double first = -logOneMinusZ * std::expm1(u) / u;
    const long double ca = p.a + p.b - 1.0L - p.r;
    long double term = ca / c * z;
    long double sum = term;
    long double logScale = 0.0L; // the terms grow past any float's range when a is in the millions
    for (long k = 1; k < 200'000'000L; ++k) {
        const long double ratio = (ca + k) * (p.a + k - 1.0L) / ((c + k) * (k + 1.0L)) * z;
        term *= ratio;
        sum += term;
        if (sum > 1e300L) {
            sum *= 1e-300L;
            term *= 1e-300L;
            logScale += 300.0L * std::log(10.0L);
        }
        if (ratio < 1.0L && term * ratio <= 1e-19L * sum * (1.0L - ratio))
            break;
    }
    return static_cast<double>(c * (first - std::exp(u + logScale + std::log(sum))));
}

} // namespace

TEST(BgNbdModel, LargeDropoutParametersUseTheSeriesThatConvergesAndAgree)
{
    // Where both series converge, the one the model picks (the original series once a - 1 > r + x) agrees with
    // the transformed one to near double precision.
    for (const BgNbdParams p : {BgNbdParams{0.5, 5.0, 3.0, 30.0}, BgNbdParams{1.2, 8.0, 10.5, 300.0},
                                BgNbdParams{0.8, 2.0, 50.0, 5000.0}, BgNbdParams{2.0, 12.0, 2000.0, 180000.0}}) {
        const BgNbdModel model(p);
        for (const int x : {0, 1, 5, 30})
            for (const double T : {10.0, 100.0})
                for (const double t : {4.0, 52.0, 200.0}) {
                    const double reference = transformedSeriesReference(p, t, x, T);
                    EXPECT_NEAR(model.expectedIfAlive(t, x, T), reference, 1e-10 * reference)
                        << "a " << p.a << " x " << x << " T " << T << " t " << t;
                }
    }
    // The fit of sixty very regular buyers (scoring's storage tests): drop-out all but nil, a and b in the
    // millions. The transformed series needs ~7 million terms here (and stopped at 5 million before: wrong and
    // seconds per run); the value must still match it.
    const BgNbdParams regular{1.2415973912415774, 8.035349722604396, 15101116.898199596, 1340143632.8065054};
    const BgNbdModel model(regular);
    for (const double t : {4.0, 52.0}) {
        const double reference = transformedSeriesReference(regular, t, 3, 100.0);
        EXPECT_NEAR(model.expectedIfAlive(t, 3, 100.0), reference, 1e-8 * reference) << "t " << t;
    }
    // Independent references: c / (a - 1) (1 - (1-z)^(r+x) 2F1(r+x, b+x; c; z)) in 50-digit arithmetic (mpmath).
    expectRelative(model.expectedIfAlive(4.0, 3, 100.0), 0.1568751406845355, 1e-10);
    expectRelative(model.expectedIfAlive(0.1, 0, 100.0), 0.001149237765121366, 1e-9);
    expectRelative(model.expectedIfAlive(0.1, 3, 100.0), 0.003926013800820018, 1e-9);
    expectRelative(model.expectedIfAlive(52.0, 1000, 100.0), 89.32098478600898, 1e-12);
    // A long horizon: more purchases than over a year, towards the limit c / (a - 1) as z -> 1.
    EXPECT_GT(model.expectedIfAlive(520.0, 1000, 100.0), model.expectedIfAlive(52.0, 1000, 100.0));
    const double limit = (regular.a + regular.b + 1000 - 1.0) / (regular.a - 1.0);
    expectRelative(model.expectedIfAlive(1e6, 1000, 0.5), limit, 1e-6);
}

TEST(BgNbdModel, ShortHorizonsKeepFullPrecisionWhenBIsMuchLargerThanA)
{
    // Values of c / (a - 1) (1 - (1-z)^(r+x) 2F1(r+x, b+x; c; z)) in 50-digit arithmetic (mpmath). With b >> a and
    // t << alpha + T the bracket is 1 minus almost 1: the subtraction kept only 4-7 digits; Pfaff's alternating
    // series keeps them all.
    struct Case
    {
        BgNbdParams p;
        double t;
        int x;
        double T;
        double expected;
    };
    for (const Case& c : {Case{{1.5, 8.0, 1.5, 1e8}, 0.01, 0, 100.0, 0.00013888888888864777},
                          Case{{3.0, 5.0, 3.0, 1e6}, 0.01, 2, 50.0, 0.00090909090760331324},
                          Case{{0.243, 4.414, 0.793, 2.426}, 4.35, 2, 38.0, 0.2244614129883208},
                          Case{{0.243, 4.414, 0.793, 2.426}, 0.5, 0, 10.0, 0.0083850226884899716},
                          Case{{0.5, 5.0, 1.0000001, 2.4}, 3.0, 3, 38.0, 0.23839576435928977}})
        expectRelative(BgNbdModel(c.p).expectedIfAlive(c.t, c.x, c.T), c.expected, 1e-13);
}

TEST(BgNbdModel, SummaryFileModelPredicts)
{
    const BgNbdModel model = summaryFileModel();
    EXPECT_NEAR(model.probabilityAlive(2, 30.43, 38.86), 0.7266, 1e-3);
}

TEST(BgNbdModel, NoRepeatCustomersIsAnError)
{
    const std::vector<std::int32_t> x{0, 0, 0};
    const std::vector<double> tx{0, 0, 0}, T{10, 20, 30};
    const BgNbdFit fit = BgNbdModel::fit(x, tx, T);
    EXPECT_FALSE(fit.ok);
    EXPECT_FALSE(fit.error.empty());
}
