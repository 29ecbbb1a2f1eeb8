#pragma once

#include "analytics/BgNbdModel.h"

#include <array>
#include <span>

namespace carddesk::analytics {

// Modified BG/NBD (Batislam, Denizel & Filiztekin 2007): BG/NBD with a chance to drop out at time 0, right after
// the first purchase, as well as after every repeat purchase. A customer without a repeat purchase therefore has
// P(alive) < 1, falling with the time since that purchase, where BG/NBD keeps it at 1. Same parameters (r, alpha,
// a, b), the same pattern summary and fit options as BgNbdModel; times in weeks.
class ModifiedBgNbdModel
{
public:
    ModifiedBgNbdModel() = default;
    explicit ModifiedBgNbdModel(const BgNbdParams& params) : m_params(params) {}

    const BgNbdParams& params() const { return m_params; }

    static BgNbdFit fit(const BgNbdPatterns& patterns, const BgNbdFitOptions& options = {});
    static BgNbdFit fit(std::span<const std::int32_t> x, std::span<const double> tx, std::span<const double> T,
                        const BgNbdFitOptions& options = {});
    static double logLikelihood(const BgNbdPatterns& patterns, const BgNbdParams& params,
                                std::array<double, 4>* gradient = nullptr, int threads = 1);

    double logLikelihood(int x, double tx, double T) const;
    // log of a/(b+x) ((alpha+T)/(alpha+tx))^(r+x): the odds of having dropped out, for every x including 0.
    double logOddsDead(int x, double tx, double T) const;
    double probabilityAlive(int x, double tx, double T) const;
    // E[Y(t) | alive, x, T]: BG/NBD's with b + 1 in place of b (the extra drop-out chance shifts the beta
    // distribution's count by one).
    double expectedIfAlive(double t, int x, double T) const;
    double expectedPurchases(double t, int x, double tx, double T) const;
    double populationExpected(double t) const; // E[X(t)] for a new customer

private:
    BgNbdParams m_params;
};

} // namespace carddesk::analytics
