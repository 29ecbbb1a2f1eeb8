#include "analytics/BfgsMinimizer.h"

#include <gtest/gtest.h>

#include <cmath>

using carddesk::analytics::BfgsMinimizer;
using carddesk::analytics::MinimizeOptions;

// The stall rule accepts a gradient that is small against the objective (see BfgsMinimizer.cpp; the regression
// it fixed is ImportOrdersTest.EachRepScoresAndListsOnlyTheirOwnCustomers, a rep's half of CDNOW). A search that
// is stuck far from a stationary point is still reported as not converged.
TEST(BfgsMinimizerStallTest, LargeGradientWithoutProgressIsNotConverged)
{
    auto objective = [](std::span<const double> x, std::span<double> g) {
        g[0] = 1.0; // claims a slope the function does not have
        (void)x;
        return 4.6;
    };
    const auto result = BfgsMinimizer::minimize(objective, {0.0}, MinimizeOptions{});
    EXPECT_FALSE(result.converged);
}
