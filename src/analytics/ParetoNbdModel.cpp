#include "analytics/ParetoNbdModel.h"

#include "analytics/LogParameterFitter.h"
#include "analytics/ParallelRunner.h"
#include "analytics/SpecialFunctions.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>

namespace carddesk::analytics {

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

// log H(t) (see ParetoNbdModel::logTail) and its gradient over (r, alpha, s, beta). With A = r+x, B = s+1 and
// Euler's transformation 2F1(a, b; a+1; z) = (1-z)^(1-b) 2F1(1, a+1-b; a+1; z) the note's expression becomes
//   alpha >= beta: -s log(beta+t) - A log(alpha+t) + log 2F1(A, 1; A+B; (alpha-beta)/(alpha+t))
//   alpha <  beta: -(A-1) log(alpha+t) - B log(beta+t) + log 2F1(B, 1; A+B; (beta-alpha)/(beta+t))
// whose series has only positive terms (logHypergeometricUnit); both branches are the same integral.
double tailTerm(const ParetoNbdParams& p, double x, double t, std::array<double, 4>* g, int maxTerms = 20'000'000)
{
    const double A = p.r + x, B = p.s + 1.0, c = A + B;
    const double la = std::log(p.alpha + t), lb = std::log(p.beta + t);
    if (p.alpha >= p.beta) {
        const double z = (p.alpha - p.beta) / (p.alpha + t);
        const UnitHypergeometricLog L = logHypergeometricUnit(A, c, z, maxTerms);
        if (g) {
            (*g)[0] = -la + L.dd + L.dc;
            (*g)[1] = -A / (p.alpha + t) + L.dz * (p.beta + t) / ((p.alpha + t) * (p.alpha + t));
            (*g)[2] = -lb + L.dc;
            (*g)[3] = -p.s / (p.beta + t) - L.dz / (p.alpha + t);
        }
        return -p.s * lb - A * la + L.value;
    }
    const double z = (p.beta - p.alpha) / (p.beta + t);
    const UnitHypergeometricLog L = logHypergeometricUnit(B, c, z, maxTerms);
    if (g) {
        (*g)[0] = -la + L.dc;
        (*g)[1] = -(A - 1.0) / (p.alpha + t) - L.dz / (p.beta + t);
        (*g)[2] = -lb + L.dd + L.dc;
        (*g)[3] = -B / (p.beta + t) + L.dz * (p.alpha + t) / ((p.beta + t) * (p.beta + t));
    }
    return -(A - 1.0) * la - B * lb + L.value;
}

// Each pattern's (x, t_x) and (x, T) as slots in one list of distinct (x, time) pairs, so one likelihood pass
// computes the 2F1 once per pair: a 1 M-customer office has ~430 k patterns but a few tens of thousands of pairs.
struct TailPairs
{
    std::vector<std::uint32_t> x;             // index into xValues
    std::vector<double> time;                 // weeks
    std::vector<std::uint32_t> txSlot, TSlot; // per pattern
};

TailPairs tailPairs(const BgNbdPatterns& pat)
{
    TailPairs pairs;
    const std::size_t nx = pat.xValues.size(), ntx = pat.txValues.size(), nT = pat.TValues.size();
    // Keys: (x, time table, time index) in one 64-bit number; sorted distinct keys become the slots.
    auto key = [&](std::uint32_t xi, bool isT, std::uint32_t ti) {
        return (std::uint64_t{xi} << 33) | (std::uint64_t{isT} << 32) | ti;
    };
    std::vector<std::uint32_t> denseTx, denseT;
    const bool dense = nx * (ntx + nT) <= (std::size_t{1} << 24);
    std::vector<std::uint64_t> keys;
    if (dense) {
        denseTx.assign(nx * ntx, 0);
        denseT.assign(nx * nT, 0);
        for (std::size_t i = 0; i < pat.size(); ++i) {
            denseTx[pat.xIndex[i] * ntx + pat.txIndex[i]] = 1;
            denseT[pat.xIndex[i] * nT + pat.TIndex[i]] = 1;
        }
        for (std::uint32_t xi = 0; xi < nx; ++xi) {
            for (std::uint32_t ti = 0; ti < ntx; ++ti) {
                if (denseTx[xi * ntx + ti]) {
                    denseTx[xi * ntx + ti] = static_cast<std::uint32_t>(keys.size());
                    keys.push_back(key(xi, false, ti));
                }
            }
            for (std::uint32_t ti = 0; ti < nT; ++ti) {
                if (denseT[xi * nT + ti]) {
                    denseT[xi * nT + ti] = static_cast<std::uint32_t>(keys.size());
                    keys.push_back(key(xi, true, ti));
                }
            }
        }
    } else {
        keys.reserve(2 * pat.size());
        for (std::size_t i = 0; i < pat.size(); ++i) {
            keys.push_back(key(pat.xIndex[i], false, pat.txIndex[i]));
            keys.push_back(key(pat.xIndex[i], true, pat.TIndex[i]));
        }
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    }
    for (std::uint64_t k : keys) {
        const auto xi = static_cast<std::uint32_t>(k >> 33);
        const bool isT = ((k >> 32) & 1u) != 0;
        const auto ti = static_cast<std::uint32_t>(k & 0xffffffffu);
        pairs.x.push_back(xi);
        pairs.time.push_back(isT ? pat.TValues[ti] : pat.txValues[ti]);
    }
    pairs.txSlot.resize(pat.size());
    pairs.TSlot.resize(pat.size());
    for (std::size_t i = 0; i < pat.size(); ++i) {
        if (dense) {
            pairs.txSlot[i] = denseTx[pat.xIndex[i] * ntx + pat.txIndex[i]];
            pairs.TSlot[i] = denseT[pat.xIndex[i] * nT + pat.TIndex[i]];
        } else {
            auto slot = [&](std::uint64_t k) {
                return static_cast<std::uint32_t>(std::lower_bound(keys.begin(), keys.end(), k) - keys.begin());
            };
            pairs.txSlot[i] = slot(key(pat.xIndex[i], false, pat.txIndex[i]));
            pairs.TSlot[i] = slot(key(pat.xIndex[i], true, pat.TIndex[i]));
        }
    }
    return pairs;
}

struct Sums
{
    double ll = 0.0;
    std::array<double, 4> g{};
};

// The summed log-likelihood over patterns whose tail pairs are prepared.
double summedLikelihood(const BgNbdPatterns& pat, const TailPairs& pairs, const ParetoNbdParams& p,
                        std::array<double, 4>* gradient, int threads)
{
    // The fit's domain: the 2F1's argument z = |alpha-beta| / (max(alpha, beta) + t) below kMaxZ, where its series
    // needs a few hundred terms at most. Beyond it (one scale more than 20 times the other) a point counts as
    // outside (NaN: the line search steps back), so a Pareto/NBD whose optimum lies there does not converge and is
    // reported as such, rather than summing 10^4 terms for each of ~30,000 pairs per pass. Real optima are far inside
    // (CDNOW z = 0.09, the 1 M office 0.76).
    constexpr double kMaxZ = 0.95;
    if (std::abs(p.alpha - p.beta) > kMaxZ * std::max(p.alpha, p.beta)) {
        if (gradient) {
            gradient->fill(std::numeric_limits<double>::quiet_NaN());
        }
        return std::numeric_limits<double>::quiet_NaN();
    }
    const ParallelRunner runner(threads);
    const bool wantGradient = gradient != nullptr;
    std::vector<double> tail(pairs.x.size());
    std::vector<std::array<double, 4>> tailGrad(wantGradient ? pairs.x.size() : 0);
    // A safety net behind kMaxZ (large r + x slow the series too): a pair past kFitTerms gives the point up.
    constexpr int kFitTerms = 4'000;
    std::atomic<bool> gaveUp{false};
    runner.run(
        pairs.x.size(),
        [&](std::size_t, std::size_t begin, std::size_t end) {
            for (std::size_t k = begin; k < end && !gaveUp.load(std::memory_order_relaxed); ++k) {
                tail[k] = tailTerm(p, pat.xValues[pairs.x[k]], pairs.time[k], wantGradient ? &tailGrad[k] : nullptr,
                                   kFitTerms);
                if (std::isnan(tail[k])) {
                    gaveUp = true;
                }
            }
        },
        2000);
    if (gaveUp) {
        if (gradient) {
            gradient->fill(std::numeric_limits<double>::quiet_NaN());
        }
        return std::numeric_limits<double>::quiet_NaN();
    }
    // Per x: log of G(r+x) alpha^r beta^s / G(r) and its gradient; log s - log(r+s+x).
    const std::size_t nx = pat.xValues.size();
    std::vector<double> a1(nx), a1r(nx), c2(nx), invRsx(nx);
    const double lgR = std::lgamma(p.r), psiR = digamma(p.r), logAlpha = std::log(p.alpha), logBeta = std::log(p.beta);
    for (std::size_t i = 0; i < nx; ++i) {
        const double x = pat.xValues[i];
        a1[i] = std::lgamma(p.r + x) - lgR + p.r * logAlpha + p.s * logBeta;
        a1r[i] = digamma(p.r + x) - psiR + logAlpha;
        c2[i] = std::log(p.s) - std::log(p.r + p.s + x);
        invRsx[i] = 1.0 / (p.r + p.s + x);
    }
    const std::size_t nT = pat.TValues.size();
    std::vector<double> logAT(nT), logBT(nT), invAT(nT), invBT(nT);
    for (std::size_t i = 0; i < nT; ++i) {
        logAT[i] = std::log(p.alpha + pat.TValues[i]);
        logBT[i] = std::log(p.beta + pat.TValues[i]);
        invAT[i] = 1.0 / (p.alpha + pat.TValues[i]);
        invBT[i] = 1.0 / (p.beta + pat.TValues[i]);
    }
    const double invS = 1.0 / p.s;
    const std::size_t n = pat.size();
    std::vector<Sums> partial(runner.chunkCount(n));
    runner.run(n, [&](std::size_t chunk, std::size_t begin, std::size_t end) {
        Sums s;
        for (std::size_t i = begin; i < end; ++i) {
            const std::uint32_t xi = pat.xIndex[i], Ti = pat.TIndex[i];
            const double w = pat.weight[i];
            const double A = p.r + pat.xValues[xi];
            // Alive at T: (alpha+T)^-(r+x) (beta+T)^-s.
            const double logE1 = -A * logAT[Ti] - p.s * logBT[Ti];
            const double h1 = tail[pairs.txSlot[i]], h2 = tail[pairs.TSlot[i]];
            const double oneMinusW = -std::expm1(h2 - h1); // 1 - H(T)/H(t_x); 0 when t_x = T
            double lse = logE1, p2 = 0.0, omw = 0.0, wRatio = 0.0;
            if (oneMinusW > 1e-300 && h1 > kNegInf) {
                // Dropped out between t_x and T: E2 = s/(r+s+x) A0 = s (H(t_x) - H(T)); three transcendentals per
                // pattern with the ratio E2/E1 (log-sum-exp form where it would overflow).
                const double logRatio = c2[xi] + h1 - logE1;
                if (logRatio < 700.0) {
                    const double ratio = std::exp(logRatio) * oneMinusW;
                    lse = logE1 + std::log1p(ratio);
                    p2 = ratio / (1.0 + ratio);
                } else {
                    const double logE2 = logE1 + logRatio + std::log(oneMinusW);
                    const double e1 = std::exp(logE1 - logE2);
                    lse = logE2 + std::log1p(e1);
                    p2 = 1.0 / (1.0 + e1);
                }
                omw = oneMinusW;
                wRatio = 1.0 - oneMinusW;
            }
            s.ll += w * (a1[xi] + lse);
            if (!wantGradient) {
                continue;
            }
            const double p1 = 1.0 - p2;
            std::array<double, 4> dA0{};
            if (p2 > 0.0) {
                const auto& g1 = tailGrad[pairs.txSlot[i]];
                const auto& g2 = tailGrad[pairs.TSlot[i]];
                for (int k = 0; k < 4; ++k) {
                    dA0[k] = (g1[k] - wRatio * g2[k]) / omw;
                }
            }
            s.g[0] += w * (a1r[xi] - p1 * logAT[Ti] + p2 * (-invRsx[xi] + dA0[0]));
            s.g[1] += w * (-p1 * A * invAT[Ti] + p2 * dA0[1]);
            s.g[2] += w * (logBeta - p1 * logBT[Ti] + p2 * (invS - invRsx[xi] + dA0[2]));
            s.g[3] += w * (-p1 * p.s * invBT[Ti] + p2 * dA0[3]);
        }
        partial[chunk] = s;
    });
    Sums total;
    for (const Sums& s : partial) {
        total.ll += s.ll;
        for (int k = 0; k < 4; ++k) {
            total.g[k] += s.g[k];
        }
    }
    if (gradient) {
        // d/dalpha and d/dbeta of r log alpha + s log beta, for every customer.
        total.g[1] += pat.customers * p.r / p.alpha;
        total.g[3] += pat.customers * p.s / p.beta;
        *gradient = total.g;
    }
    return total.ll;
}

} // namespace

BgNbdPatterns ParetoNbdModel::roundedToWeeks(const BgNbdPatterns& pat)
{
    auto week = [](double t) { return static_cast<std::uint64_t>(std::llround(t)); };
    std::vector<std::pair<std::uint64_t, double>> rows;
    rows.reserve(pat.size());
    for (std::size_t i = 0; i < pat.size(); ++i) {
        const std::uint64_t key = (std::uint64_t{pat.xIndex[i]} << 40) | (week(pat.TValues[pat.TIndex[i]]) << 20) |
                                  week(pat.txValues[pat.txIndex[i]]);
        rows.emplace_back(key, pat.weight[i]);
    }
    std::sort(rows.begin(), rows.end());
    BgNbdPatterns out;
    out.xValues = pat.xValues;
    std::uint64_t maxWeek = 0;
    for (const auto& row : rows) {
        maxWeek = std::max({maxWeek, (row.first >> 20) & 0xfffffu, row.first & 0xfffffu});
    }
    for (std::uint64_t w = 0; w <= maxWeek; ++w) {
        out.txValues.push_back(static_cast<double>(w));
    }
    out.TValues = out.txValues;
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i;
        double weight = 0.0;
        while (j < rows.size() && rows[j].first == rows[i].first) {
            weight += rows[j].second;
            ++j;
        }
        out.xIndex.push_back(static_cast<std::uint32_t>(rows[i].first >> 40));
        out.TIndex.push_back(static_cast<std::uint32_t>((rows[i].first >> 20) & 0xfffffu));
        out.txIndex.push_back(static_cast<std::uint32_t>(rows[i].first & 0xfffffu));
        out.weight.push_back(weight);
        out.customers += weight;
        i = j;
    }
    return out;
}

double ParetoNbdModel::logLikelihood(const BgNbdPatterns& patterns, const ParetoNbdParams& params,
                                     std::array<double, 4>* gradient, int threads)
{
    return summedLikelihood(patterns, tailPairs(patterns), params, gradient, threads);
}

ParetoNbdFit ParetoNbdModel::fit(std::span<const std::int32_t> x, std::span<const double> tx, std::span<const double> T,
                                 const BgNbdFitOptions& options)
{
    return fitWeekColumns<ParetoNbdFit>(x, tx, T,
                                        [&](const BgNbdPatterns& patterns) { return fit(patterns, options); });
}

ParetoNbdFit ParetoNbdModel::fit(const BgNbdPatterns& patterns, const BgNbdFitOptions& options)
{
    ParetoNbdFit result;
    result.patterns = patterns.size();
    result.customers = patterns.customers;
    if (patterns.customers >= 1.0 && !patterns.hasRepeatPurchase()) {
        result.error = "no customer has a repeat purchase; the purchase model cannot be fitted";
        return result;
    }
    struct Prepared
    {
        const BgNbdPatterns* patterns;
        TailPairs pairs;
    };
    auto likelihoodOf = [&options](const Prepared& prepared) -> SummedLikelihood {
        return [&prepared, &options](const std::array<double, 4>& q, std::array<double, 4>* g) {
            return summedLikelihood(*prepared.patterns, prepared.pairs, {q[0], q[1], q[2], q[3]}, g, options.threads);
        };
    };
    LogParameterFitOptions fitOptions;
    // BG/NBD's default start (1, 3, 1, 3) reads as r, alpha, s, beta just as well.
    fitOptions.start = options.start;
    fitOptions.penalty = options.penalty;
    fitOptions.standardErrors = options.standardErrors;
    fitOptions.minimize = options.minimize;
    const Prepared full{&patterns, tailPairs(patterns)};
    LogParameterFit f;
    // The cost of a pass is the 2F1 per distinct (x, t) pair, and a subsample of patterns keeps nearly all pairs.
    // So the warm-up fit runs on the patterns with t_x and T rounded to whole weeks instead (the 1 M office: 37 k
    // patterns instead of 427 k); the full fit then starts at its optimum with its curvature.
    if (options.warmStartAbove > 0 && patterns.size() > options.warmStartAbove) {
        const BgNbdPatterns coarse = roundedToWeeks(patterns);
        const Prepared prepared{&coarse, tailPairs(coarse)};
        const SummedLikelihood warm = likelihoodOf(prepared);
        // A warm-up that does not converge (its optimum outside the domain above) means the full fit would not
        // either: stop there instead of paying full passes to find out.
        fitOptions.failWithWarmUp = true;
        f = LogParameterFitter::fit(likelihoodOf(full), patterns.customers, fitOptions, "Pareto/NBD", &warm,
                                    coarse.customers);
    } else {
        f = LogParameterFitter::fit(likelihoodOf(full), patterns.customers, fitOptions, "Pareto/NBD");
    }
    result.ok = f.ok;
    result.error = f.error;
    result.params = {f.params[0], f.params[1], f.params[2], f.params[3]};
    result.logLikelihood = f.logLikelihood;
    result.standardErrors = f.standardErrors;
    result.iterations = f.iterations;
    result.converged = f.converged;
    return result;
}

double ParetoNbdModel::logTail(int x, double t, std::array<double, 4>* gradient) const
{
    return tailTerm(m_params, x, t, gradient);
}

double ParetoNbdModel::logLikelihood(int x, double tx, double T) const
{
    const ParetoNbdParams& p = m_params;
    const double a1 = std::lgamma(p.r + x) - std::lgamma(p.r) + p.r * std::log(p.alpha) + p.s * std::log(p.beta);
    const double logE1 = -(p.r + x) * std::log(p.alpha + T) - p.s * std::log(p.beta + T);
    const double h1 = logTail(x, tx), h2 = logTail(x, T);
    const double oneMinusW = -std::expm1(h2 - h1);
    if (!(oneMinusW > 0.0)) {
        return a1 + logE1;
    }
    const double logE2 = std::log(p.s) - std::log(p.r + p.s + x) + h1 + std::log(oneMinusW);
    return a1 + logSumExp(logE1, logE2);
}

double ParetoNbdModel::probabilityAliveFromTails(int x, double T, double logTailTx, double logTailT) const
{
    const ParetoNbdParams& p = m_params;
    const double oneMinusW = -std::expm1(logTailT - logTailTx);
    if (!(oneMinusW > 0.0)) {
        return 1.0; // t_x = T: bought today
    }
    // Odds of having dropped out = s/(r+s+x) A0 (alpha+T)^(r+x) (beta+T)^s.
    const double logOddsDead = std::log(p.s) - std::log(p.r + p.s + x) + logTailTx + std::log(oneMinusW) +
                               (p.r + x) * std::log(p.alpha + T) + p.s * std::log(p.beta + T);
    return logistic(-logOddsDead);
}

double ParetoNbdModel::probabilityAlive(int x, double tx, double T) const
{
    return probabilityAliveFromTails(x, T, logTail(x, tx), logTail(x, T));
}

double ParetoNbdModel::expectedIfAlive(double t, int x, double T) const
{
    if (!(t > 0.0)) {
        return 0.0;
    }
    const ParetoNbdParams& p = m_params;
    // With L = log(1 + t/(beta+T)) and v = -(s-1) L: [1 - ((beta+T)/(beta+T+t))^(s-1)] / (s-1) = L expm1(v)/v,
    // which stays exact as s -> 1 (where it tends to L).
    const double L = std::log1p(t / (p.beta + T));
    const double v = -(p.s - 1.0) * L;
    const double factor = std::abs(v) < 1e-12 ? L : L * (std::expm1(v) / v);
    return (p.r + x) * (p.beta + T) / (p.alpha + T) * factor;
}

double ParetoNbdModel::expectedPurchases(double t, int x, double tx, double T) const
{
    return expectedIfAlive(t, x, T) * probabilityAlive(x, tx, T);
}

double ParetoNbdModel::populationExpected(double t) const
{
    return expectedIfAlive(t, 0, 0.0);
}

} // namespace carddesk::analytics
