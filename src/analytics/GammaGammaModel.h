#pragma once

#include "analytics/BfgsMinimizer.h"
#include "analytics/BgNbdModel.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace carddesk::analytics {

struct GammaGammaParams
{
    double p = 0.0;
    double q = 0.0;
    double v = 0.0;
};

struct GammaGammaFitOptions
{
    std::array<double, 3> start{1.0, 1.0, 1.0}; // p, q, v
    double penalty = 0.0;
    int threads = 2;
    // Above this many repeat customers, fit every k-th first and start the full fit there (see BgNbdFitOptions).
    std::size_t warmStartAbove = 100000;
    MinimizeOptions minimize;
};

struct GammaGammaFit
{
    bool ok = false;
    std::string error;
    GammaGammaParams params;
    double logLikelihood = 0.0;
    std::size_t customers = 0; // customers with x > 0 and m > 0 that the fit used
    int iterations = 0;
    bool converged = false;
    std::vector<double> inverseHessian; // optimiser's curvature over the log-parameters
};

struct ClvOptions
{
    int months = 12;
    double monthlyDiscount = 0.01;
    double periodsPerMonth = 4.345; // weeks per month
};

// Gamma-Gamma spend model (Fader, Hardie & Lee 2005b) and the discounted CLV it feeds.
class GammaGammaModel
{
public:
    GammaGammaModel() = default;
    explicit GammaGammaModel(const GammaGammaParams& params) : m_params(params) {}

    const GammaGammaParams& params() const { return m_params; }

    // Rows with x <= 0 or m <= 0 are skipped (the model is defined on repeat customers only).
    static GammaGammaFit fit(std::span<const std::int32_t> x, std::span<const double> m,
                             const GammaGammaFitOptions& options = {});
    static double logLikelihood(std::span<const std::int32_t> x, std::span<const double> m,
                                const GammaGammaParams& params);

    // E[M | x, m]; for x = 0 this is the population mean p v / (q - 1).
    double expectedAverageValue(int x, double m) const;
    // Sum over months i of E[M] (E[Y(i f)] - E[Y((i-1) f)]) / (1+d)^i.
    static double customerLifetimeValue(const BgNbdModel& purchases, double expectedValue, int x, double tx, double T,
                                        const ClvOptions& options = {});

private:
    GammaGammaParams m_params;
};

} // namespace carddesk::analytics
