#include "analytics/SpecialFunctions.h"

#include <cmath>

namespace carddesk::analytics {

double digamma(double x)
{
    double result = 0.0;
    // Recurrence up to where the asymptotic series is accurate to double precision.
    while (x < 10.0) {
        result -= 1.0 / x;
        x += 1.0;
    }
    const double inv = 1.0 / x;
    const double inv2 = inv * inv;
    const double series =
        inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 * (1.0 / 132)))));
    return result + std::log(x) - 0.5 * inv - series;
}

double logSumExp(double a, double b)
{
    return a > b ? a + std::log1p(std::exp(b - a)) : b + std::log1p(std::exp(a - b));
}

double logistic(double logOdds)
{
    if (logOdds >= 0.0) {
        return 1.0 / (1.0 + std::exp(-logOdds));
    }
    const double e = std::exp(logOdds);
    return e / (1.0 + e);
}

double log1pExp(double v)
{
    return v > 0.0 ? v + std::log1p(std::exp(-v)) : std::log1p(std::exp(v));
}

} // namespace carddesk::analytics
