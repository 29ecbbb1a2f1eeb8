#include "analytics/GammaGammaModel.h"

#include "analytics/ParallelRunner.h"
#include "analytics/SpecialFunctions.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace carddesk::analytics {

namespace {

// Customers grouped by x: the lgamma/digamma terms depend on x only, so per customer a single log remains.
struct Groups
{
    std::vector<double> x;            // distinct x
    std::vector<double> count;        // customers with that x
    std::vector<double> sumLogM;      // sum of ln m
    std::vector<std::uint32_t> group; // per used customer
    std::vector<double> xm;           // per used customer: x m
};

Groups makeGroups(std::span<const std::int32_t> x, std::span<const double> m)
{
    Groups g;
    std::int32_t maxX = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (x[i] > 0 && m[i] > 0.0) {
            maxX = std::max(maxX, x[i]);
        }
    }
    std::vector<std::int32_t> slot(static_cast<std::size_t>(maxX) + 1, -1);
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!(x[i] > 0 && m[i] > 0.0)) {
            continue;
        }
        if (slot[x[i]] < 0) {
            slot[x[i]] = static_cast<std::int32_t>(g.x.size());
            g.x.push_back(x[i]);
            g.count.push_back(0.0);
            g.sumLogM.push_back(0.0);
        }
        const auto k = static_cast<std::uint32_t>(slot[x[i]]);
        g.count[k] += 1.0;
        g.sumLogM[k] += std::log(m[i]);
        g.group.push_back(k);
        g.xm.push_back(x[i] * m[i]);
    }
    return g;
}

double groupedLogLikelihood(const Groups& g, const GammaGammaParams& p, std::array<double, 3>* grad, int threads)
{
    const std::size_t k = g.x.size();
    const ParallelRunner runner(threads);
    const std::size_t n = g.group.size();
    const std::size_t chunks = runner.chunkCount(n);
    // Per chunk and group: sum ln(xm + v) and sum 1/(xm + v).
    std::vector<double> sumLog(chunks * k, 0.0), sumInv(chunks * k, 0.0);
    runner.run(n, [&](std::size_t chunk, std::size_t begin, std::size_t end) {
        double* sl = sumLog.data() + chunk * k;
        double* si = sumInv.data() + chunk * k;
        for (std::size_t i = begin; i < end; ++i) {
            const double d = g.xm[i] + p.v;
            sl[g.group[i]] += std::log(d);
            si[g.group[i]] += 1.0 / d;
        }
    });
    double ll = 0.0, gp = 0.0, gq = 0.0, gv = 0.0;
    const double lgQ = std::lgamma(p.q), psiQ = digamma(p.q), logV = std::log(p.v);
    for (std::size_t j = 0; j < k; ++j) {
        double sl = 0.0, si = 0.0;
        for (std::size_t c = 0; c < chunks; ++c) {
            sl += sumLog[c * k + j];
            si += sumInv[c * k + j];
        }
        const double x = g.x[j], n = g.count[j], px = p.p * x;
        ll += n * (std::lgamma(px + p.q) - std::lgamma(px) - lgQ + p.q * logV + px * std::log(x)) +
              (px - 1.0) * g.sumLogM[j] - (px + p.q) * sl;
        const double psiPQ = digamma(px + p.q);
        gp += n * x * (psiPQ - digamma(px) + std::log(x)) + x * g.sumLogM[j] - x * sl;
        gq += n * (psiPQ - psiQ + logV) - sl;
        gv += n * p.q / p.v - (px + p.q) * si;
    }
    if (grad) {
        *grad = {gp, gq, gv};
    }
    return ll;
}

} // namespace

double GammaGammaModel::logLikelihood(std::span<const std::int32_t> x, std::span<const double> m,
                                      const GammaGammaParams& params)
{
    return groupedLogLikelihood(makeGroups(x, m), params, nullptr, 1);
}

GammaGammaFit GammaGammaModel::fit(std::span<const std::int32_t> x, std::span<const double> m,
                                   const GammaGammaFitOptions& options)
{
    GammaGammaFit result;
    if (x.size() != m.size()) {
        result.error = "x and m have different lengths";
        return result;
    }
    const Groups groups = makeGroups(x, m);
    result.customers = groups.group.size();
    if (result.customers < 2) {
        result.error = "too few repeat customers to fit the spend model";
        return result;
    }
    const double scale = 1.0 / static_cast<double>(result.customers);
    auto objective = [&](std::span<const double> theta, std::span<double> grad) -> double {
        for (double t : theta) {
            if (!(std::abs(t) < 30.0)) {
                return INFINITY;
            }
        }
        const GammaGammaParams p{std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2])};
        std::array<double, 3> g{};
        const double ll = groupedLogLikelihood(groups, p, &g, options.threads);
        const std::array<double, 3> nat{p.p, p.q, p.v};
        double penalty = 0.0;
        for (int i = 0; i < 3; ++i) {
            penalty += nat[i] * nat[i];
            grad[i] = (-g[i] * scale + 2.0 * options.penalty * nat[i]) * nat[i];
        }
        return -ll * scale + options.penalty * penalty;
    };
    std::vector<double> start{std::log(options.start[0]), std::log(options.start[1]), std::log(options.start[2])};
    MinimizeOptions minimizeOptions = options.minimize;
    if (options.warmStartAbove > 0 && result.customers > options.warmStartAbove) {
        const std::size_t stride = x.size() / (options.warmStartAbove / 2) + 1;
        std::vector<std::int32_t> sx;
        std::vector<double> sm;
        for (std::size_t i = 0; i < x.size(); i += stride) {
            sx.push_back(x[i]);
            sm.push_back(m[i]);
        }
        GammaGammaFitOptions sampleOptions = options;
        sampleOptions.warmStartAbove = 0;
        sampleOptions.minimize.gradientTolerance = 1e-6;
        const GammaGammaFit warm = fit(sx, sm, sampleOptions);
        if (warm.ok) {
            start = {std::log(warm.params.p), std::log(warm.params.q), std::log(warm.params.v)};
            minimizeOptions.initialInverseHessian = warm.inverseHessian;
        }
    }
    const MinimizeResult mr = BfgsMinimizer::minimize(objective, start, minimizeOptions);
    result.inverseHessian = mr.inverseHessian;
    result.iterations = mr.iterations;
    result.converged = mr.converged;
    result.params = {std::exp(mr.x[0]), std::exp(mr.x[1]), std::exp(mr.x[2])};
    result.logLikelihood = groupedLogLikelihood(groups, result.params, nullptr, options.threads);
    if (!mr.converged || !std::isfinite(result.logLikelihood)) {
        result.error = "spend model (Gamma-Gamma) did not converge: " + mr.message;
        return result;
    }
    if (result.params.q <= 1.0) {
        // E[M] needs q > 1; a smaller q means spend is too dispersed for the model to give a finite mean.
        result.error = "spend model (Gamma-Gamma) gives no finite mean spend (q <= 1)";
        return result;
    }
    result.ok = true;
    return result;
}

double GammaGammaModel::expectedAverageValue(int x, double m) const
{
    const GammaGammaParams& p = m_params;
    if (x <= 0 || !(m > 0.0)) {
        return p.p * p.v / (p.q - 1.0);
    }
    return p.p * (p.v + x * m) / (p.p * x + p.q - 1.0);
}

double GammaGammaModel::customerLifetimeValue(const BgNbdModel& purchases, double expectedValue, int x, double tx,
                                              double T, const ClvOptions& options)
{
    const double alive = purchases.probabilityAlive(x, tx, T);
    double clv = 0.0, previous = 0.0;
    for (int i = 1; i <= options.months; ++i) {
        const double cumulative = purchases.expectedIfAlive(i * options.periodsPerMonth, x, T);
        clv += expectedValue * alive * (cumulative - previous) / std::pow(1.0 + options.monthlyDiscount, i);
        previous = cumulative;
    }
    return clv;
}

} // namespace carddesk::analytics
