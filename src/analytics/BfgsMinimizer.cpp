#include "analytics/BfgsMinimizer.h"

#include <algorithm>
#include <cmath>

namespace carddesk::analytics {

namespace {

double maxAbs(const std::vector<double>& v)
{
    double m = 0.0;
    for (double e : v) {
        m = std::max(m, std::abs(e));
    }
    return m;
}

double dot(const std::vector<double>& a, const std::vector<double>& b)
{
    double s = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        s += a[i] * b[i];
    }
    return s;
}

} // namespace

MinimizeResult BfgsMinimizer::minimize(const Objective& objective, std::vector<double> start,
                                       const MinimizeOptions& options)
{
    const std::size_t n = start.size();
    MinimizeResult result;
    std::vector<double> x = std::move(start);
    std::vector<double> g(n), gNew(n), xNew(n), direction(n), s(n), y(n), hy(n);
    double f = objective(x, g);
    result.evaluations = 1;
    if (!std::isfinite(f) || !std::isfinite(maxAbs(g))) {
        result.message = "objective is not finite at the starting point";
        result.x = x;
        return result;
    }
    // Inverse Hessian approximation, row-major; identity until the first curvature pair rescales it.
    std::vector<double> h(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        h[i * n + i] = 1.0;
    }
    bool firstUpdate = true;
    if (options.initialInverseHessian.size() == n * n) {
        h = options.initialInverseHessian;
        firstUpdate = false;
    }
    int stalled = 0;
    for (int iter = 0; iter < options.maxIterations; ++iter) {
        result.iterations = iter;
        if (maxAbs(g) < options.gradientTolerance) {
            result.converged = true;
            break;
        }
        for (std::size_t i = 0; i < n; ++i) {
            double d = 0.0;
            for (std::size_t j = 0; j < n; ++j) {
                d -= h[i * n + j] * g[j];
            }
            direction[i] = d;
        }
        double slope = dot(direction, g);
        if (slope >= 0.0) {
            // Lost positive definiteness: restart from steepest descent.
            std::fill(h.begin(), h.end(), 0.0);
            for (std::size_t i = 0; i < n; ++i) {
                h[i * n + i] = 1.0;
                direction[i] = -g[i];
            }
            slope = dot(direction, g);
            firstUpdate = true;
        }
        // Cap the step so a bad early direction cannot jump the log-parameters by e^10.
        const double maxStep = maxAbs(direction);
        double step = maxStep > 5.0 ? 5.0 / maxStep : 1.0;
        double fNew = 0.0;
        bool accepted = false;
        for (int ls = 0; ls < 60; ++ls) {
            for (std::size_t i = 0; i < n; ++i) {
                xNew[i] = x[i] + step * direction[i];
            }
            fNew = objective(xNew, gNew);
            ++result.evaluations;
            if (std::isfinite(fNew) && fNew <= f + 1e-4 * step * slope && std::isfinite(maxAbs(gNew))) {
                accepted = true;
                break;
            }
            // Quadratic interpolation of the step, kept within [0.1, 0.5] of the previous one.
            double next = 0.5 * step;
            if (std::isfinite(fNew)) {
                const double denom = 2.0 * (fNew - f - slope * step);
                if (denom > 0.0) {
                    next = std::clamp(-slope * step * step / denom, 0.1 * step, 0.5 * step);
                }
            }
            step = next;
        }
        if (!accepted) {
            result.iterations = iter + 1;
            // No descent possible at machine precision: accept as converged if the gradient is already tiny.
            result.converged = maxAbs(g) < 1e3 * options.gradientTolerance;
            if (!result.converged) {
                result.message = "line search failed";
            }
            break;
        }
        for (std::size_t i = 0; i < n; ++i) {
            s[i] = xNew[i] - x[i];
            y[i] = gNew[i] - g[i];
        }
        const double change = std::abs(f - fNew);
        x = xNew;
        g = gNew;
        const double fOld = f;
        f = fNew;
        const double sy = dot(s, y);
        if (sy > 1e-300) {
            if (firstUpdate) {
                // Scale the initial inverse Hessian to the observed curvature (Nocedal & Wright 6.20).
                const double scale = sy / dot(y, y);
                for (std::size_t i = 0; i < n; ++i) {
                    h[i * n + i] = scale;
                }
                firstUpdate = false;
            }
            const double rho = 1.0 / sy;
            for (std::size_t i = 0; i < n; ++i) {
                double v = 0.0;
                for (std::size_t j = 0; j < n; ++j) {
                    v += h[i * n + j] * y[j];
                }
                hy[i] = v;
            }
            const double yhy = dot(y, hy);
            for (std::size_t i = 0; i < n; ++i) {
                for (std::size_t j = 0; j < n; ++j) {
                    h[i * n + j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
                }
            }
        }
        result.iterations = iter + 1;
        if (change <= options.functionTolerance * std::max(1.0, std::abs(fOld))) {
            if (++stalled >= 3) {
                // The objective no longer changes in double precision: the rounding noise of a sum over many
                // customers keeps the gradient from reaching gradientTolerance, so accept a gradient that is
                // small against the objective's own scale; a large one means the search is really stuck.
                result.converged =
                    maxAbs(g) < std::max(1e3 * options.gradientTolerance, 1e-4 * std::max(1.0, std::abs(f)));
                if (!result.converged) {
                    result.message = "no progress (largest gradient component " + std::to_string(maxAbs(g)) + ")";
                }
                break;
            }
        } else {
            stalled = 0;
        }
    }
    if (!result.converged && result.message.empty()) {
        if (maxAbs(g) < options.gradientTolerance) {
            result.converged = true;
        } else {
            result.message = "iteration limit reached";
        }
    }
    result.x = x;
    result.inverseHessian = h;
    result.value = f;
    return result;
}

} // namespace carddesk::analytics
