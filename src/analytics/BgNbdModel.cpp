#include "analytics/BgNbdModel.h"

#include "analytics/BgNbdGradientSums.h"
#include "analytics/ParallelRunner.h"
#include "analytics/SpecialFunctions.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace carddesk::analytics {

namespace {

// Per distinct x, the terms that do not depend on t_x or T.
struct XTerms
{
    std::vector<double> a12, c4, rx, invBx1, dr, da, db;
};

XTerms xTerms(const std::vector<std::int32_t>& xs, const BgNbdParams& p)
{
    XTerms t;
    const std::size_t n = xs.size();
    for (auto* v : {&t.a12, &t.c4, &t.rx, &t.invBx1, &t.dr, &t.da, &t.db}) {
        v->resize(n);
    }
    const double lgR = std::lgamma(p.r), lgB = std::lgamma(p.b), lgAB = std::lgamma(p.a + p.b);
    const double psiR = digamma(p.r), psiB = digamma(p.b), psiAB = digamma(p.a + p.b);
    const double logAlpha = std::log(p.alpha), logA = std::log(p.a);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = xs[i];
        t.a12[i] = std::lgamma(p.r + x) - lgR + p.r * logAlpha + lgAB + std::lgamma(p.b + x) - lgB -
                   std::lgamma(p.a + p.b + x);
        t.rx[i] = p.r + x;
        t.c4[i] = x > 0 ? logA - std::log(p.b + x - 1.0) : 0.0;
        t.invBx1[i] = x > 0 ? 1.0 / (p.b + x - 1.0) : 0.0;
        const double psiABX = digamma(p.a + p.b + x);
        t.dr[i] = digamma(p.r + x) - psiR + logAlpha;
        t.da[i] = psiAB - psiABX;
        t.db[i] = psiAB + digamma(p.b + x) - psiB - psiABX;
    }
    return t;
}

using Sums = BgNbdGradientSums;

// Natural-parameter Hessian of the summed LL by central differences of the analytic gradient.
std::array<double, 4> standardErrors(const BgNbdPatterns& patterns, const BgNbdParams& p, int threads)
{
    const std::array<double, 4> base{p.r, p.alpha, p.a, p.b};
    double h[4][4];
    // Forward differences (5 passes instead of 8): plenty for standard errors.
    std::array<double, 4> g0{};
    BgNbdModel::logLikelihood(patterns, p, &g0, threads);
    for (int j = 0; j < 4; ++j) {
        const double step = 1e-6 * base[j];
        std::array<double, 4> plus = base, gPlus{};
        plus[j] += step;
        BgNbdModel::logLikelihood(patterns, {plus[0], plus[1], plus[2], plus[3]}, &gPlus, threads);
        for (int i = 0; i < 4; ++i) {
            h[i][j] = (gPlus[i] - g0[i]) / step;
        }
    }
    // Covariance = inverse of the observed information (-H); Gauss-Jordan on a symmetrised copy.
    double m[4][8];
    for (int i = 0; i < 4; ++i) {
        for (int j = 0; j < 4; ++j) {
            m[i][j] = -0.5 * (h[i][j] + h[j][i]);
            m[i][j + 4] = i == j ? 1.0 : 0.0;
        }
    }
    std::array<double, 4> se{};
    for (int c = 0; c < 4; ++c) {
        int pivot = c;
        for (int r = c + 1; r < 4; ++r) {
            if (std::abs(m[r][c]) > std::abs(m[pivot][c])) {
                pivot = r;
            }
        }
        if (std::abs(m[pivot][c]) < 1e-300) {
            return se;
        }
        std::swap(m[c], m[pivot]);
        const double d = m[c][c];
        for (double& v : m[c]) {
            v /= d;
        }
        for (int r = 0; r < 4; ++r) {
            if (r != c) {
                const double f = m[r][c];
                for (int k = 0; k < 8; ++k) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
    }
    for (int i = 0; i < 4; ++i) {
        if (!(m[i][i + 4] > 0.0) || !std::isfinite(m[i][i + 4])) {
            return std::array<double, 4>{};
        }
    }
    for (int i = 0; i < 4; ++i) {
        se[i] = std::sqrt(m[i][i + 4]);
    }
    return se;
}

} // namespace

double BgNbdModel::logLikelihood(const BgNbdPatterns& pat, const BgNbdParams& p, std::array<double, 4>* gradient,
                                 int threads)
{
    const XTerms xt = xTerms(pat.xValues, p);
    std::vector<double> logT(pat.TValues.size()), invT(pat.TValues.size());
    std::vector<double> logTx(pat.txValues.size()), invTx(pat.txValues.size());
    for (std::size_t i = 0; i < pat.TValues.size(); ++i) {
        logT[i] = std::log(p.alpha + pat.TValues[i]);
        invT[i] = 1.0 / (p.alpha + pat.TValues[i]);
    }
    for (std::size_t i = 0; i < pat.txValues.size(); ++i) {
        logTx[i] = std::log(p.alpha + pat.txValues[i]);
        invTx[i] = 1.0 / (p.alpha + pat.txValues[i]);
    }
    const ParallelRunner runner(threads);
    const std::size_t n = pat.size();
    std::vector<Sums> partial(runner.chunkCount(n));
    const double invA = 1.0 / p.a;
    runner.run(n, [&](std::size_t chunk, std::size_t begin, std::size_t end) {
        Sums s;
        for (std::size_t i = begin; i < end; ++i) {
            const std::uint32_t xi = pat.xIndex[i];
            const double w = pat.weight[i];
            const double lT = logT[pat.TIndex[i]];
            const double rx = xt.rx[xi];
            const double a3 = -rx * lT;
            if (pat.xValues[xi] == 0) {
                // No A4 term: the customer cannot have dropped out without a repeat purchase.
                s.ll += w * (xt.a12[xi] + a3);
                s.gr += w * (xt.dr[xi] - lT);
                s.galpha -= w * rx * invT[pat.TIndex[i]];
                s.ga += w * xt.da[xi];
                s.gb += w * xt.db[xi];
                continue;
            }
            const double lTx = logTx[pat.txIndex[i]];
            const double a4 = xt.c4[xi] - rx * lTx;
            const double d = a4 - a3;
            const double e = std::exp(-std::abs(d));
            const double lse = std::max(a3, a4) + std::log1p(e);
            const double w4 = d >= 0.0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
            const double w3 = 1.0 - w4;
            s.ll += w * (xt.a12[xi] + lse);
            s.gr += w * (xt.dr[xi] - w3 * lT - w4 * lTx);
            s.galpha -= w * rx * (w3 * invT[pat.TIndex[i]] + w4 * invTx[pat.txIndex[i]]);
            s.ga += w * (xt.da[xi] + w4 * invA);
            s.gb += w * (xt.db[xi] - w4 * xt.invBx1[xi]);
        }
        partial[chunk] = s;
    });
    const Sums total = Sums::total(partial);
    if (gradient) {
        // dA1/dalpha = r / alpha for every customer.
        *gradient = {total.gr, total.galpha + pat.customers * p.r / p.alpha, total.ga, total.gb};
    }
    return total.ll;
}

BgNbdFit BgNbdModel::fit(std::span<const std::int32_t> x, std::span<const double> tx, std::span<const double> T,
                         const BgNbdFitOptions& options)
{
    return fitWeekColumns<BgNbdFit>(x, tx, T, [&](const BgNbdPatterns& patterns) { return fit(patterns, options); });
}

BgNbdFit BgNbdModel::fit(const BgNbdPatterns& patterns, const BgNbdFitOptions& options)
{
    BgNbdFit result;
    result.patterns = patterns.size();
    result.customers = patterns.customers;
    if (patterns.customers < 1.0) {
        result.error = "no customers to fit the purchase model on";
        return result;
    }
    if (!patterns.hasRepeatPurchase()) {
        result.error = "no customer has a repeat purchase; the purchase model cannot be fitted";
        return result;
    }
    const double scale = 1.0 / patterns.customers;
    auto objective = [&](std::span<const double> theta, std::span<double> grad) -> double {
        for (double v : theta) {
            if (!(std::abs(v) < 30.0)) {
                return INFINITY; // parameters beyond e^30 mean the fit is running away
            }
        }
        const BgNbdParams p{std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]), std::exp(theta[3])};
        std::array<double, 4> g{};
        const double ll = logLikelihood(patterns, p, &g, options.threads);
        const std::array<double, 4> nat{p.r, p.alpha, p.a, p.b};
        double penalty = 0.0;
        for (int i = 0; i < 4; ++i) {
            penalty += nat[i] * nat[i];
            // Chain rule to log-parameters; minimise the mean negative LL plus the L2 penalty.
            grad[i] = (-g[i] * scale + 2.0 * options.penalty * nat[i]) * nat[i];
        }
        return -ll * scale + options.penalty * penalty;
    };
    std::vector<double> start(4);
    for (int i = 0; i < 4; ++i) {
        start[i] = std::log(options.start[i]);
    }
    MinimizeOptions minimizeOptions = options.minimize;
    if (patterns.size() > options.warmStartAbove && options.warmStartAbove > 0) {
        BgNbdPatterns sample;
        sample.xValues = patterns.xValues;
        sample.txValues = patterns.txValues;
        sample.TValues = patterns.TValues;
        const std::size_t stride = patterns.size() / (options.warmStartAbove / 2) + 1;
        for (std::size_t i = 0; i < patterns.size(); i += stride) {
            sample.xIndex.push_back(patterns.xIndex[i]);
            sample.txIndex.push_back(patterns.txIndex[i]);
            sample.TIndex.push_back(patterns.TIndex[i]);
            sample.weight.push_back(patterns.weight[i]);
            sample.customers += patterns.weight[i];
        }
        BgNbdFitOptions sampleOptions = options;
        sampleOptions.warmStartAbove = 0;
        sampleOptions.minimize.gradientTolerance = 1e-6;
        const BgNbdFit warm = fit(sample, sampleOptions);
        if (warm.ok) {
            start = {std::log(warm.params.r), std::log(warm.params.alpha), std::log(warm.params.a),
                     std::log(warm.params.b)};
            minimizeOptions.initialInverseHessian = warm.inverseHessian;
        }
    }
    const MinimizeResult m = BfgsMinimizer::minimize(objective, start, minimizeOptions);
    result.iterations = m.iterations;
    result.converged = m.converged;
    result.inverseHessian = m.inverseHessian;
    result.params = {std::exp(m.x[0]), std::exp(m.x[1]), std::exp(m.x[2]), std::exp(m.x[3])};
    result.logLikelihood = logLikelihood(patterns, result.params, nullptr, options.threads);
    if (!m.converged || !std::isfinite(result.logLikelihood)) {
        result.error = "purchase model (BG/NBD) did not converge: " + m.message;
        return result;
    }
    if (options.standardErrors) {
        result.standardErrors = standardErrors(patterns, result.params, options.threads);
    }
    result.ok = true;
    return result;
}

double BgNbdModel::logLikelihood(int x, double tx, double T) const
{
    const BgNbdParams& p = m_params;
    const double a1 = std::lgamma(p.r + x) - std::lgamma(p.r) + p.r * std::log(p.alpha);
    const double a2 = std::lgamma(p.a + p.b) + std::lgamma(p.b + x) - std::lgamma(p.b) - std::lgamma(p.a + p.b + x);
    const double a3 = -(p.r + x) * std::log(p.alpha + T);
    if (x == 0) {
        return a1 + a2 + a3;
    }
    const double a4 = std::log(p.a) - std::log(p.b + x - 1.0) - (p.r + x) * std::log(p.alpha + tx);
    return a1 + a2 + logSumExp(a3, a4);
}

double BgNbdModel::logOddsDead(int x, double tx, double T) const
{
    const BgNbdParams& p = m_params;
    return std::log(p.a) - std::log(p.b + x - 1.0) + (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
}

double BgNbdModel::probabilityAlive(int x, double tx, double T) const
{
    if (x <= 0) {
        return 1.0;
    }
    return logistic(-logOddsDead(x, tx, T));
}

double BgNbdModel::expectedIfAlive(double t, int x, double T) const
{
    if (!(t > 0.0)) {
        return 0.0;
    }
    const BgNbdParams& p = m_params;
    const double c = p.a + p.b + x - 1.0;
    // Short horizons, w = t / (alpha + T) with (r+x+1) w < 1: by Pfaff's transformation the bracket is
    // 1 - 2F1(r+x, a-1; c; -w), so E = c * sum_k>=1 (r+x)_k (a)_(k-1) / ((c)_k k!) (-1)^(k+1) w^k. Its terms shrink
    // from the first (ratio below (r+x+1) w), so the alternating sum loses nothing to cancellation, unlike
    // 1 - (...) below when b >> a (4-7 digits there), and has no 0/0 at a = 1.
    const double w = t / (p.alpha + T);
    if ((p.r + x + 1.0) * w < 1.0) {
        double term = (p.r + x) / c * w;
        double sum = 0.0;
        for (int k = 1; k < 100'000; ++k) {
            sum += (k % 2 == 1) ? term : -term;
            const double next = term * (p.r + x + k) * (p.a + k - 1.0) / ((c + k) * (k + 1.0)) * w;
            if (next <= 1e-17 * std::abs(sum)) {
                break; // an alternating sum of shrinking terms is within its next term
            }
            term = next;
        }
        const double value = c * sum;
        return value > 0.0 ? value : 0.0;
    }
    const double logOneMinusZ = std::log(p.alpha + T) - std::log(p.alpha + T + t);
    const double z = t / (p.alpha + T + t);
    // Both series below need about (numerator parameter) * z / (1 - z) terms before theirs shrink: the
    // transformed one a - 1, the original one r + x. A fit whose drop-out is all but nil ends with a and b in
    // the millions (a = 1.5e7, b = 1.3e9 on sixty very regular buyers), where the transformed series would need
    // millions of terms per customer; the original one needs a few dozen there.
    if (p.a - 1.0 > p.r + x) {
        // E = c / (a - 1) * (1 - (1-z)^(r+x) 2F1(r+x, b+x; c; z)). The terms are summed relative to a running
        // scale, so that (1-z)^(r+x) (tiny for large x) and 2F1 (huge) never overflow or underflow on their own.
        double logScale = (p.r + x) * logOneMinusZ;
        double term = 1.0;
        double sum = 1.0;
        for (int k = 0; k < 5'000'000; ++k) {
            const double ratio = (p.r + x + k) * (p.b + x + k) / ((c + k) * (k + 1.0)) * z;
            term *= ratio;
            sum += term;
            if (sum > 1e250) {
                sum *= 1e-250;
                term *= 1e-250;
                logScale += 250.0 * std::log(10.0);
            }
            // Here the ratios approach z from below, so once one is under z the rest of the sum is at most
            // term * z / (1 - z).
            if (ratio <= z && term * z <= 1e-17 * sum * (1.0 - z)) {
                break;
            }
        }
        const double scaled = std::exp(logScale + std::log(sum)); // (1-z)^(r+x) 2F1(...), at most 1
        const double value = c / (p.a - 1.0) * (1.0 - scaled);
        return value > 0.0 ? value : 0.0;
    }
    // Euler's transformation turns (1-z)^(r+x) 2F1(r+x, b+x; c; z) into (1-z)^(a-1) 2F1(a+b-1-r, a-1; c; z) with
    // c = a+b+x-1. The new series has no x in its numerator parameters (no overflow for large x) and a factor
    // (a-1) in every term after the first, which cancels the 1/(a-1) in front: no 0/0 as a -> 1.
    const double u = (p.a - 1.0) * logOneMinusZ;
    const double expm1OverU = std::abs(u) < 1e-300 ? 1.0 : std::expm1(u) / u;
    const double first = -logOneMinusZ * expm1OverU; // (1 - (1-z)^(a-1)) / (a-1)
    const double ca = p.a + p.b - 1.0 - p.r;
    double term = ca / c * z;
    double sum = term;
    // The ratio of consecutive terms tends to z; near z = 1 (long horizons) this needs ~37/(1-z) terms.
    for (int k = 1; k < 5'000'000; ++k) {
        const double ratio = (ca + k) * (p.a + k - 1.0) / ((c + k) * (k + 1.0)) * z;
        term *= ratio;
        sum += term;
        // Stop on the tail bound term * ratio / (1 - ratio), once (ca + k) can no longer change sign.
        if (k > 1.0 - ca && ratio < 1.0 && std::abs(term) * ratio <= 1e-16 * std::abs(sum) * (1.0 - ratio)) {
            break;
        }
        if (term == 0.0) {
            break;
        }
    }
    const double value = (p.a + p.b + x - 1.0) * (first - std::exp(u) * sum);
    return value > 0.0 ? value : 0.0;
}

double BgNbdModel::expectedPurchases(double t, int x, double tx, double T) const
{
    return expectedIfAlive(t, x, T) * probabilityAlive(x, tx, T);
}

double BgNbdModel::populationExpected(double t) const
{
    return expectedIfAlive(t, 0, 0.0);
}

} // namespace carddesk::analytics
