#include "analytics/ModifiedBgNbdModel.h"

#include "analytics/BgNbdGradientSums.h"
#include "analytics/LogParameterFitter.h"
#include "analytics/ParallelRunner.h"
#include "analytics/SpecialFunctions.h"

#include <cmath>

namespace carddesk::analytics {

namespace {

using Sums = BgNbdGradientSums;

} // namespace

double ModifiedBgNbdModel::logLikelihood(const BgNbdPatterns& pat, const BgNbdParams& p,
                                         std::array<double, 4>* gradient, int threads)
{
    // Per distinct x: A1 + A2 of the likelihood, their gradients and log a - log(b + x).
    const std::size_t nx = pat.xValues.size();
    std::vector<double> base(nx), rx(nx), c4(nx), invBx(nx), dr(nx), da(nx), db(nx);
    const double lgR = std::lgamma(p.r), lgB = std::lgamma(p.b), lgAB = std::lgamma(p.a + p.b);
    const double psiR = digamma(p.r), psiB = digamma(p.b), psiAB = digamma(p.a + p.b);
    const double logAlpha = std::log(p.alpha), logA = std::log(p.a);
    for (std::size_t i = 0; i < nx; ++i) {
        const double x = pat.xValues[i];
        base[i] = std::lgamma(p.r + x) - lgR + p.r * logAlpha + lgAB + std::lgamma(p.b + x + 1.0) - lgB -
                  std::lgamma(p.a + p.b + x + 1.0);
        rx[i] = p.r + x;
        c4[i] = logA - std::log(p.b + x);
        invBx[i] = 1.0 / (p.b + x);
        const double psiABX = digamma(p.a + p.b + x + 1.0);
        dr[i] = digamma(p.r + x) - psiR + logAlpha;
        da[i] = psiAB - psiABX;
        db[i] = psiAB + digamma(p.b + x + 1.0) - psiB - psiABX;
    }
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
            const double lT = logT[pat.TIndex[i]], lTx = logTx[pat.txIndex[i]];
            // LL = A1 + A2 - (r+x) log(alpha+T) + log(1 + exp(A4)), A4 = log a/(b+x) + (r+x) log((alpha+T)/(alpha+tx))
            const double a4 = c4[xi] + rx[xi] * (lT - lTx);
            const double sigma = logistic(a4);
            s.ll += w * (base[xi] - rx[xi] * lT + log1pExp(a4));
            s.gr += w * (dr[xi] - lT + sigma * (lT - lTx));
            s.galpha +=
                w * (-rx[xi] * invT[pat.TIndex[i]] + sigma * rx[xi] * (invT[pat.TIndex[i]] - invTx[pat.txIndex[i]]));
            s.ga += w * (da[xi] + sigma * invA);
            s.gb += w * (db[xi] - sigma * invBx[xi]);
        }
        partial[chunk] = s;
    });
    const Sums total = Sums::total(partial);
    if (gradient) {
        *gradient = {total.gr, total.galpha + pat.customers * p.r / p.alpha, total.ga, total.gb};
    }
    return total.ll;
}

BgNbdFit ModifiedBgNbdModel::fit(std::span<const std::int32_t> x, std::span<const double> tx, std::span<const double> T,
                                 const BgNbdFitOptions& options)
{
    return fitWeekColumns<BgNbdFit>(x, tx, T, [&](const BgNbdPatterns& patterns) { return fit(patterns, options); });
}

BgNbdFit ModifiedBgNbdModel::fit(const BgNbdPatterns& patterns, const BgNbdFitOptions& options)
{
    BgNbdFit result;
    result.patterns = patterns.size();
    result.customers = patterns.customers;
    if (patterns.customers >= 1.0 && !patterns.hasRepeatPurchase()) {
        result.error = "no customer has a repeat purchase; the purchase model cannot be fitted";
        return result;
    }
    auto likelihoodOf = [&options](const BgNbdPatterns& pat) -> SummedLikelihood {
        return [&pat, &options](const std::array<double, 4>& q, std::array<double, 4>* g) {
            return logLikelihood(pat, {q[0], q[1], q[2], q[3]}, g, options.threads);
        };
    };
    LogParameterFitOptions fitOptions;
    fitOptions.start = options.start;
    fitOptions.penalty = options.penalty;
    fitOptions.standardErrors = options.standardErrors;
    fitOptions.minimize = options.minimize;
    const SummedLikelihood full = likelihoodOf(patterns);
    LogParameterFit f;
    if (options.warmStartAbove > 0 && patterns.size() > options.warmStartAbove) {
        const BgNbdPatterns sample = LogParameterFitter::subsample(patterns, options.warmStartAbove / 2);
        const SummedLikelihood warm = likelihoodOf(sample);
        f = LogParameterFitter::fit(full, patterns.customers, fitOptions, "modified BG/NBD", &warm, sample.customers);
    } else {
        f = LogParameterFitter::fit(full, patterns.customers, fitOptions, "modified BG/NBD");
    }
    result.ok = f.ok;
    result.error = f.error;
    result.params = {f.params[0], f.params[1], f.params[2], f.params[3]};
    result.logLikelihood = f.logLikelihood;
    result.standardErrors = f.standardErrors;
    result.iterations = f.iterations;
    result.converged = f.converged;
    result.inverseHessian = f.inverseHessian;
    return result;
}

double ModifiedBgNbdModel::logLikelihood(int x, double tx, double T) const
{
    const BgNbdParams& p = m_params;
    const double a1 = std::lgamma(p.r + x) - std::lgamma(p.r) + p.r * std::log(p.alpha);
    const double a2 =
        std::lgamma(p.a + p.b) + std::lgamma(p.b + x + 1.0) - std::lgamma(p.b) - std::lgamma(p.a + p.b + x + 1.0);
    const double a3 = -(p.r + x) * std::log(p.alpha + T);
    return a1 + a2 + a3 + log1pExp(logOddsDead(x, tx, T));
}

double ModifiedBgNbdModel::logOddsDead(int x, double tx, double T) const
{
    const BgNbdParams& p = m_params;
    return std::log(p.a) - std::log(p.b + x) + (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
}

double ModifiedBgNbdModel::probabilityAlive(int x, double tx, double T) const
{
    return logistic(-logOddsDead(x, tx, T));
}

double ModifiedBgNbdModel::expectedIfAlive(double t, int x, double T) const
{
    const BgNbdParams& p = m_params;
    return BgNbdModel(BgNbdParams{p.r, p.alpha, p.a, p.b + 1.0}).expectedIfAlive(t, x, T);
}

double ModifiedBgNbdModel::expectedPurchases(double t, int x, double tx, double T) const
{
    return expectedIfAlive(t, x, T) * probabilityAlive(x, tx, T);
}

double ModifiedBgNbdModel::populationExpected(double t) const
{
    // A new customer (x = 0, T = 0) is alive with probability b / (a + b).
    return expectedIfAlive(t, 0, 0.0) * m_params.b / (m_params.a + m_params.b);
}

} // namespace carddesk::analytics
