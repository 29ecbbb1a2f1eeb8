#pragma once

#include "analytics/GammaGammaModel.h"
#include "analytics/OrderColumns.h"
#include "analytics/PurchaseModel.h"

#include <cstdint>
#include <span>
#include <vector>

namespace carddesk::analytics {

// Customer equity's horizon and discounting (客户资产, DOMAIN.md; the office settings
// analytics.equity_horizon_months and analytics.equity_discount_monthly).
struct EquityOptions
{
    int months = 36;
    double monthlyDiscount = 0.01;
    double periodsPerMonth = 4.345; // model time is weeks
    int threads = 2;
};

// Day-based columns of the customers to value, as CustomerSummary and the scores table hold them. Spans are
// borrowed for the call; include[i] == 0 (no order yet: a potential customer) values the customer at 0.
struct EquityColumns
{
    std::span<const std::uint8_t> include;
    std::span<const std::int32_t> x;
    std::span<const std::int32_t> txDays;
    std::span<const std::int32_t> TDays;
    std::span<const double> m;      // mean repeat spend (0 for one purchase day)
    std::span<const double> pAlive; // empty: computed from the model (a stored P(alive) is the same number)
};

// Customer equity: the discounted expected value of the customers' purchases over the horizon,
//   value_i = E[M_i] · P(alive_i) · Σ_{k=1..N} (E[Y(k f) | alive] − E[Y((k−1) f) | alive]) / (1+d)^k,
// the CLV formula of ANALYTICS.md (Gamma-Gamma spend times the purchase model's expected purchase days, month by
// month, discounted) with the equity's own horizon N and monthly rate d, for whichever purchase model the
// scoring run chose (BG/NBD, MBG/NBD or Pareto/NBD: E[Y(t) | alive] depends on x and T only). Equity = the sum
// over the customers with orders. The discounted sum is computed once per distinct (x, T days).
class CustomerEquity
{
public:
    CustomerEquity(const PurchaseModel& purchases, const GammaGammaModel& spend, const EquityOptions& options);

    // Σ_k (E[Y(k f) | alive] − E[Y((k−1) f) | alive]) / (1+d)^k for a customer with x repeat days, T weeks old.
    double discountedPurchasesIfAlive(int x, double T) const;
    // One customer's value with the model's own P(alive).
    double value(int x, double tx, double T, double m) const;

    // Every customer's value (0 where include is 0).
    std::vector<double> values(const EquityColumns& customers) const;

    // The equity (sum over customers) on each of `days`, each from the orders on or before that day with these
    // fitted parameters: the month-end trend. The parameters are not refitted per day (see ANALYTICS_ENGINE.md).
    // Empty when the orders are not sorted by (customer, day).
    std::vector<double> totalsOn(const OrderColumns& orders, std::size_t customerCount,
                                 std::span<const std::int32_t> days) const;

private:
    PurchaseModel m_purchases;
    GammaGammaModel m_spend;
    EquityOptions m_options;
    std::vector<double> m_discount; // 1/(1+d)^k, k = 0..N
};

} // namespace carddesk::analytics
