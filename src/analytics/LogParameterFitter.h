#pragma once

#include "analytics/BfgsMinimizer.h"
#include "analytics/BgNbdModel.h"

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace carddesk::analytics {

// The summed log-likelihood of a four-parameter model at natural parameters, and optionally its gradient.
using SummedLikelihood = std::function<double(const std::array<double, 4>& params, std::array<double, 4>* gradient)>;

struct LogParameterFit
{
    bool ok = false;
    std::string error;
    std::array<double, 4> params{};
    double logLikelihood = 0.0;
    std::array<double, 4> standardErrors{}; // 0 when not asked for or the Hessian is not negative definite
    int iterations = 0;
    bool converged = false;
    std::vector<double> inverseHessian; // over the log-parameters
};

struct LogParameterFitOptions
{
    std::array<double, 4> start{1.0, 1.0, 1.0, 1.0};
    double penalty = 0.0; // L2 on the natural parameters, as in the lifetimes library
    bool standardErrors = true;
    bool failWithWarmUp = false; // a warm-up fit that does not converge ends the fit with its error
    MinimizeOptions minimize;
};

// Maximum likelihood over the logs of four positive parameters with BfgsMinimizer, for the models beside BG/NBD
// (modified BG/NBD, Pareto/NBD). A warm-up likelihood (the same model on a subsample of the patterns) is fitted
// first when given; the full fit starts from its optimum and curvature and needs a handful of full passes.
class LogParameterFitter
{
public:
    static LogParameterFit fit(const SummedLikelihood& likelihood, double customers,
                               const LogParameterFitOptions& options, std::string_view modelName,
                               const SummedLikelihood* warmUp = nullptr, double warmUpCustomers = 0.0);

    // Every k-th pattern (with its weight), about `target` of them, for the warm-up fit.
    static BgNbdPatterns subsample(const BgNbdPatterns& patterns, std::size_t target);
};

} // namespace carddesk::analytics
