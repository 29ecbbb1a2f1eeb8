#include "analytics/SpecialFunctions.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace carddesk::analytics;

TEST(Hypergeometric2F1, ClosedForms)
{
    // 2F1(1, 1; 2; z) = -log(1-z)/z; 2F1(a, b; b; z) = (1-z)^-a; 2F1(1/2, 1/2; 3/2; z^2) = asin(z)/z.
    EXPECT_NEAR(hypergeometric2F1(1.0, 1.0, 2.0, 0.5), 2.0 * std::log(2.0), 1e-15);
    EXPECT_NEAR(hypergeometric2F1(0.7, 2.3, 2.3, 0.9), std::pow(0.1, -0.7), 1e-13);
    EXPECT_NEAR(hypergeometric2F1(0.5, 0.5, 1.5, 0.81), std::asin(0.9) / 0.9, 1e-14);
    // Negative arguments go through Pfaff's transformation, also beyond -1.
    EXPECT_NEAR(hypergeometric2F1(1.0, 1.0, 2.0, -3.0), std::log(4.0) / 3.0, 1e-15);
    EXPECT_NEAR(hypergeometric2F1(1.0, 1.0, 2.0, -0.25), std::log(1.25) / 0.25, 1e-15);
    EXPECT_DOUBLE_EQ(hypergeometric2F1(3.0, 4.0, 5.0, 0.0), 1.0);
}

TEST(Hypergeometric2F1, MatchesMpmath)
{
    // mpmath.hyp2f1 at 30 digits.
    EXPECT_NEAR(hypergeometric2F1(2.5, 1.2, 3.7, 0.95), 6.1332126749228639376, 1e-12);
    EXPECT_NEAR(hypergeometric2F1(0.3, 4.2, 1.7, -0.6), 0.7434785633817640305, 1e-15);
    EXPECT_NEAR(hypergeometric2F1(1.1553, 1.6061, 3.7614, 0.3), 1.1807699497851509745, 1e-15);
    EXPECT_NEAR(hypergeometric2F1(26.6, 1.61, 28.2, 0.0401), 1.0640541188474331746, 1e-15);
    EXPECT_NEAR(hypergeometric2F1(0.2, 1.0, 1.3, 0.999), 1.9533336794791618944, 1e-12);
}

TEST(Hypergeometric2F1, OutsideItsDomainIsNaN)
{
    EXPECT_TRUE(std::isnan(hypergeometric2F1(1.0, 1.0, 2.0, 1.0)));
    EXPECT_TRUE(std::isnan(hypergeometric2F1(1.0, 1.0, -2.0, 0.5)));
    EXPECT_TRUE(std::isnan(hypergeometric2F1(1.0, 1.0, 0.0, 0.5)));
}

TEST(LogHypergeometricUnit, IsTheLogOfTheSeriesWithItsDerivatives)
{
    for (const auto& [d, c, z] :
         {std::tuple{0.55, 2.16, 0.1}, std::tuple{26.55, 28.16, 0.04}, std::tuple{1.61, 1.8, 0.9},
          std::tuple{0.2, 1.3, 0.999}, std::tuple{3.0, 40.0, 0.5}}) {
        const UnitHypergeometricLog v = logHypergeometricUnit(d, c, z);
        EXPECT_NEAR(v.value, std::log(hypergeometric2F1(d, 1.0, c, z)), 1e-13) << d << ' ' << c << ' ' << z;
        const double h = 1e-6;
        auto at = [](double dd, double cc, double zz) { return logHypergeometricUnit(dd, cc, zz).value; };
        EXPECT_NEAR(v.dd, (at(d + h, c, z) - at(d - h, c, z)) / (2 * h), 1e-6 * (1 + std::abs(v.dd)));
        EXPECT_NEAR(v.dc, (at(d, c + h, z) - at(d, c - h, z)) / (2 * h), 1e-6 * (1 + std::abs(v.dc)));
        const double hz = 1e-7 * (1 - z);
        EXPECT_NEAR(v.dz, (at(d, c, z + hz) - at(d, c, z - hz)) / (2 * hz), 1e-6 * (1 + std::abs(v.dz)));
    }
    const UnitHypergeometricLog zero = logHypergeometricUnit(2.0, 5.0, 0.0);
    EXPECT_DOUBLE_EQ(zero.value, 0.0);
    EXPECT_DOUBLE_EQ(zero.dz, 0.4);
}
