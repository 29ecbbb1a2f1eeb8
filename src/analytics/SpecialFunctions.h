#pragma once

namespace carddesk::analytics {

// Small numeric helpers shared by the models; all are finite for finite input.
double digamma(double x); // x > 0
double logSumExp(double a, double b);
double logistic(double logOdds); // 1 / (1 + exp(-logOdds)) without overflow
double log1pExp(double v);       // log(1 + exp(v)) without overflow

// Gauss hypergeometric 2F1(a, b; c; z) for real z < 1 (c not 0, -1, -2, ...); NaN outside. Series in z for
// 0 <= z < 1; below 0 Pfaff's transformation (1-z)^-a 2F1(a, c-b; c; z/(z-1)) moves the argument into (0, 1), so
// the series has no alternating terms to cancel when a, b, c > 0. Near z = 1 the series needs about 40/(1-z) terms.
double hypergeometric2F1(double a, double b, double c, double z);

// log 2F1(d, 1; c; z) = log sum_k (d)_k / (c)_k z^k for 0 < d < c and 0 <= z < 1, and its partial derivatives in d,
// c and z. Every term is positive and each ratio (d+k)/(c+k) z is below z, so the sum is exact to rounding and the
// tail after a term is at most term * z / (1 - z). This is the Pareto/NBD likelihood's 2F1 after Euler's
// transformation (ParetoNbdModel). Near z = 1 the sum needs about 40/(1-z) terms; past `maxTerms` the value is NaN
// (a fit exploring far-off parameters gives up on that point instead of summing millions of terms).
struct UnitHypergeometricLog
{
    double value = 0.0;
    double dd = 0.0;
    double dc = 0.0;
    double dz = 0.0;
};
UnitHypergeometricLog logHypergeometricUnit(double d, double c, double z, int maxTerms = 20'000'000);

} // namespace carddesk::analytics
