#include "analytics/SpecialFunctions.h"

#include <cmath>
#include <limits>

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

namespace {

bool nonPositiveInteger(double v)
{
    return v <= 0.0 && v == std::floor(v);
}

// The plain series for 0 <= z < 1.
double gaussSeries(double a, double b, double c, double z)
{
    double term = 1.0;
    double sum = 1.0;
    for (int k = 0; k < 10'000'000; ++k) {
        const double ratio = (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
        term *= ratio;
        sum += term;
        if (term == 0.0) {
            return sum;
        }
        // Once the numerator and denominator parameters are past their sign changes the ratios only grow
        // towards z, so the rest of the sum is at most |term| * z / (1 - z).
        const bool settled = k + 1.0 > -a && k + 1.0 > -b && k + 1.0 > -c;
        if (settled && std::abs(term) * z <= 1e-17 * std::abs(sum) * (1.0 - z)) {
            return sum;
        }
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace

double hypergeometric2F1(double a, double b, double c, double z)
{
    if (!(z < 1.0) || nonPositiveInteger(c) || !std::isfinite(a) || !std::isfinite(b) || !std::isfinite(c)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (z < 0.0) {
        const double w = z / (z - 1.0);
        return std::exp(-a * std::log1p(-z)) * gaussSeries(a, c - b, c, w);
    }
    return gaussSeries(a, b, c, z);
}

UnitHypergeometricLog logHypergeometricUnit(double d, double c, double z, int maxTerms)
{
    UnitHypergeometricLog out;
    if (z <= 0.0) {
        out.dz = d / c; // the first term's slope; the sum is 1 at z = 0
        return out;
    }
    // t_k = (d)_k / (c)_k z^k; d t_k / dd = t_k sum_{j<k} 1/(d+j), d t_k / dc = -t_k sum_{j<k} 1/(c+j),
    // d t_k / dz = k t_k / z: four running sums in one pass.
    double term = 1.0, sum = 1.0, sumD = 0.0, sumC = 0.0, sumK = 0.0;
    double harmonicD = 0.0, harmonicC = 0.0;
    const double tailFactor = z / (1.0 - z);
    bool converged = false;
    for (int k = 1; k <= maxTerms; ++k) {
        const double dk = d + (k - 1), ck = c + (k - 1);
        harmonicD += 1.0 / dk;
        harmonicC += 1.0 / ck;
        term *= dk / ck * z;
        sum += term;
        sumD += term * harmonicD;
        sumC += term * harmonicC;
        sumK += term * k;
        // The tails of the k-weighted and harmonic-weighted sums shrink more slowly than the plain one by about
        // k + 1/(1-z); stop when even those are below rounding.
        if (term * tailFactor * (k + harmonicD + harmonicC + 1.0 / (1.0 - z)) <= 1e-17 * sum) {
            converged = true;
            break;
        }
    }
    if (!converged) {
        out.value = std::numeric_limits<double>::quiet_NaN();
        return out;
    }
    out.value = std::log(sum);
    out.dd = sumD / sum;
    out.dc = -sumC / sum;
    out.dz = sumK / (z * sum);
    return out;
}

} // namespace carddesk::analytics
