#pragma once

#include "analytics/BfgsMinimizer.h"
#include "analytics/BgNbdPatterns.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace carddesk::analytics {

struct BgNbdParams
{
    double r = 0.0;
    double alpha = 0.0;
    double a = 0.0;
    double b = 0.0;
};

struct BgNbdFitOptions
{
    std::array<double, 4> start{1.0, 3.0, 1.0, 3.0}; // r, alpha, a, b
    double penalty = 0.0;                            // L2 on the parameters, as in the lifetimes library
    int threads = 2;
    // Above this many patterns, first fit on every k-th pattern and start the full fit from there (with that
    // fit's curvature): the answer is the full-data optimum, reached with a handful of full-data passes.
    std::size_t warmStartAbove = 100000;
    bool standardErrors = true; // five more likelihood passes; a backtest's fits skip them
    MinimizeOptions minimize;
};

struct BgNbdFit
{
    bool ok = false;
    std::string error;
    BgNbdParams params;
    double logLikelihood = 0.0;             // summed over customers
    std::array<double, 4> standardErrors{}; // r, alpha, a, b; 0 when the Hessian is not negative definite
    int iterations = 0;
    bool converged = false;
    std::size_t patterns = 0;
    double customers = 0.0;
    std::vector<double> inverseHessian; // optimiser's curvature over the log-parameters (used for warm starts)
};

// BG/NBD (Fader, Hardie & Lee 2005). Times are in the caller's unit (CardDesk: weeks).
class BgNbdModel
{
public:
    BgNbdModel() = default;
    explicit BgNbdModel(const BgNbdParams& params) : m_params(params) {}

    const BgNbdParams& params() const { return m_params; }

    static BgNbdFit fit(const BgNbdPatterns& patterns, const BgNbdFitOptions& options = {});
    static BgNbdFit fit(std::span<const std::int32_t> x, std::span<const double> tx, std::span<const double> T,
                        const BgNbdFitOptions& options = {});
    // Summed log-likelihood and its gradient over (r, alpha, a, b); used by fit and by tests.
    static double logLikelihood(const BgNbdPatterns& patterns, const BgNbdParams& params,
                                std::array<double, 4>* gradient = nullptr, int threads = 1);

    double logLikelihood(int x, double tx, double T) const;
    double logOddsDead(int x, double tx, double T) const; // log of a/(b+x-1) ((alpha+T)/(alpha+tx))^(r+x)
    double probabilityAlive(int x, double tx, double T) const;
    // E[Y(t) | x, t_x, T] = expectedIfAlive(t, x, T) * P(alive); the first factor does not depend on t_x, so
    // callers scoring many customers can cache it per (x, T).
    double expectedIfAlive(double t, int x, double T) const;
    double expectedPurchases(double t, int x, double tx, double T) const;
    double populationExpected(double t) const; // E[X(t)] for a new customer

private:
    BgNbdParams m_params;
};

} // namespace carddesk::analytics
