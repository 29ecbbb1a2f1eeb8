#pragma once

namespace carddesk::analytics {

// Small numeric helpers shared by the models; all are finite for finite input.
double digamma(double x); // x > 0
double logSumExp(double a, double b);
double logistic(double logOdds); // 1 / (1 + exp(-logOdds)) without overflow
double log1pExp(double v);       // log(1 + exp(v)) without overflow

} // namespace carddesk::analytics
