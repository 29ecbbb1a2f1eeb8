#include "analytics/LogParameterFitter.h"

#include <cmath>
#include <cstdio>

namespace carddesk::analytics {

namespace {

// Standard errors from the observed information: forward differences of the analytic gradient (5 passes).
std::array<double, 4> standardErrors(const SummedLikelihood& likelihood, const std::array<double, 4>& p)
{
    double h[4][4];
    std::array<double, 4> g0{};
    likelihood(p, &g0);
    for (int j = 0; j < 4; ++j) {
        const double step = 1e-6 * p[j];
        std::array<double, 4> plus = p, gPlus{};
        plus[j] += step;
        likelihood(plus, &gPlus);
        for (int i = 0; i < 4; ++i) {
            h[i][j] = (gPlus[i] - g0[i]) / step;
        }
    }
    double m[4][8];
    for (int i = 0; i < 4; ++i) {
        for (int j = 0; j < 4; ++j) {
            m[i][j] = -0.5 * (h[i][j] + h[j][i]);
            m[i][j + 4] = i == j ? 1.0 : 0.0;
        }
    }
    for (int c = 0; c < 4; ++c) {
        int pivot = c;
        for (int r = c + 1; r < 4; ++r) {
            if (std::abs(m[r][c]) > std::abs(m[pivot][c])) {
                pivot = r;
            }
        }
        if (std::abs(m[pivot][c]) < 1e-300) {
            return {};
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
    std::array<double, 4> se{};
    for (int i = 0; i < 4; ++i) {
        if (!(m[i][i + 4] > 0.0) || !std::isfinite(m[i][i + 4])) {
            return {};
        }
        se[i] = std::sqrt(m[i][i + 4]);
    }
    return se;
}

MinimizeResult minimizeMeanNegative(const SummedLikelihood& likelihood, double customers, double penalty,
                                    const std::vector<double>& start, const MinimizeOptions& options)
{
    const double scale = 1.0 / customers;
    auto objective = [&](std::span<const double> theta, std::span<double> grad) -> double {
        for (double v : theta) {
            if (!(std::abs(v) < 30.0)) {
                return INFINITY; // parameters beyond e^30 mean the fit is running away
            }
        }
        const std::array<double, 4> p{std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]), std::exp(theta[3])};
        std::array<double, 4> g{};
        const double ll = likelihood(p, &g);
        double l2 = 0.0;
        for (int i = 0; i < 4; ++i) {
            l2 += p[i] * p[i];
            grad[i] = (-g[i] * scale + 2.0 * penalty * p[i]) * p[i]; // chain rule to the log-parameters
        }
        return -ll * scale + penalty * l2;
    };
    return BfgsMinimizer::minimize(objective, start, options);
}

// Where the minimiser stopped, for the error message (a runaway fit shows which parameter ran).
std::string where(const std::vector<double>& logParams)
{
    char text[160];
    std::snprintf(text, sizeof text, " (stopped at %.4g, %.4g, %.4g, %.4g)", std::exp(logParams[0]),
                  std::exp(logParams[1]), std::exp(logParams[2]), std::exp(logParams[3]));
    return text;
}

} // namespace

BgNbdPatterns LogParameterFitter::subsample(const BgNbdPatterns& patterns, std::size_t target)
{
    BgNbdPatterns sample;
    sample.xValues = patterns.xValues;
    sample.txValues = patterns.txValues;
    sample.TValues = patterns.TValues;
    const std::size_t stride = patterns.size() / std::max<std::size_t>(1, target) + 1;
    for (std::size_t i = 0; i < patterns.size(); i += stride) {
        sample.xIndex.push_back(patterns.xIndex[i]);
        sample.txIndex.push_back(patterns.txIndex[i]);
        sample.TIndex.push_back(patterns.TIndex[i]);
        sample.weight.push_back(patterns.weight[i]);
        sample.customers += patterns.weight[i];
    }
    return sample;
}

LogParameterFit LogParameterFitter::fit(const SummedLikelihood& likelihood, double customers,
                                        const LogParameterFitOptions& options, std::string_view modelName,
                                        const SummedLikelihood* warmUp, double warmUpCustomers)
{
    LogParameterFit result;
    if (customers < 1.0) {
        result.error = "no customers to fit the purchase model on";
        return result;
    }
    std::vector<double> start(4);
    for (int i = 0; i < 4; ++i) {
        start[i] = std::log(options.start[i]);
    }
    MinimizeOptions minimizeOptions = options.minimize;
    if (warmUp && warmUpCustomers >= 1.0) {
        MinimizeOptions loose = options.minimize;
        loose.gradientTolerance = 1e-6;
        const MinimizeResult warm = minimizeMeanNegative(*warmUp, warmUpCustomers, options.penalty, start, loose);
        if (warm.converged) {
            start = warm.x;
            minimizeOptions.initialInverseHessian = warm.inverseHessian;
        } else if (options.failWithWarmUp) {
            result.error = "purchase model (" + std::string(modelName) + ") did not converge: " + warm.message +
                           where(warm.x);
            return result;
        }
    }
    const MinimizeResult m = minimizeMeanNegative(likelihood, customers, options.penalty, start, minimizeOptions);
    result.iterations = m.iterations;
    result.converged = m.converged;
    result.inverseHessian = m.inverseHessian;
    for (int i = 0; i < 4; ++i) {
        result.params[i] = std::exp(m.x[i]);
    }
    result.logLikelihood = likelihood(result.params, nullptr);
    if (!m.converged || !std::isfinite(result.logLikelihood)) {
        result.error = "purchase model (" + std::string(modelName) + ") did not converge: " + m.message + where(m.x);
        return result;
    }
    if (options.standardErrors) {
        result.standardErrors = standardErrors(likelihood, result.params);
    }
    result.ok = true;
    return result;
}

} // namespace carddesk::analytics
