#pragma once

#include <functional>
#include <span>
#include <string>
#include <vector>

namespace carddesk::analytics {

struct MinimizeOptions
{
    int maxIterations = 300;
    double gradientTolerance = 1e-9;  // on max |g_i|
    double functionTolerance = 1e-15; // relative change that counts as "no progress"
    // Optional n x n row-major start for the inverse Hessian (e.g. from a fit on a subsample); identity otherwise.
    std::vector<double> initialInverseHessian;
};

struct MinimizeResult
{
    bool converged = false;
    std::string message;
    std::vector<double> x;
    std::vector<double> inverseHessian; // final BFGS approximation, row-major
    double value = 0.0;
    int iterations = 0;
    int evaluations = 0;
};

// Quasi-Newton minimiser (BFGS with a backtracking Armijo line search) for small, smooth problems such as the
// model likelihoods over log-parameters. The objective returns f(x) and writes the gradient; a non-finite f
// means "outside the domain" and makes the line search step back.
class BfgsMinimizer
{
public:
    using Objective = std::function<double(std::span<const double> x, std::span<double> gradient)>;

    static MinimizeResult minimize(const Objective& objective, std::vector<double> start,
                                   const MinimizeOptions& options = {});
};

} // namespace carddesk::analytics
