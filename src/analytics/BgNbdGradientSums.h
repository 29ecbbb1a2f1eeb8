#pragma once

#include <vector>

namespace carddesk::analytics {

// One chunk's share of a BG/NBD-family log-likelihood and of its gradient over (r, alpha, a, b); the likelihoods
// sum them per chunk on the worker threads, then add the chunks up.
struct BgNbdGradientSums
{
    double ll = 0.0, gr = 0.0, galpha = 0.0, ga = 0.0, gb = 0.0;

    static BgNbdGradientSums total(const std::vector<BgNbdGradientSums>& parts)
    {
        BgNbdGradientSums sum;
        for (const BgNbdGradientSums& s : parts) {
            sum.ll += s.ll;
            sum.gr += s.gr;
            sum.galpha += s.galpha;
            sum.ga += s.ga;
            sum.gb += s.gb;
        }
        return sum;
    }
};

} // namespace carddesk::analytics
