#include "analytics/Backtester.h"

#include "analytics/CustomerSummary.h"
#include "analytics/RadixSort.h"

#include <cmath>

namespace carddesk::analytics {

double Backtester::auc(const std::vector<double>& score, const std::vector<std::uint8_t>& positive,
                       const std::vector<std::uint8_t>& include)
{
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> rows;
    for (std::size_t i = 0; i < score.size(); ++i) {
        if (include[i]) {
            keys.push_back(RadixSort::orderedKey(score[i]));
            rows.push_back(static_cast<std::uint32_t>(i));
        }
    }
    const std::vector<std::uint32_t> order = RadixSort::stableOrder(keys);
    // Mann-Whitney U with mid-ranks for ties.
    double rankSumPositive = 0.0, positives = 0.0;
    for (std::size_t k = 0; k < order.size();) {
        std::size_t j = k;
        while (j < order.size() && keys[order[j]] == keys[order[k]]) {
            ++j;
        }
        const double midRank = (static_cast<double>(k + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t t = k; t < j; ++t) {
            if (positive[rows[order[t]]]) {
                rankSumPositive += midRank;
                positives += 1.0;
            }
        }
        k = j;
    }
    const double negatives = static_cast<double>(order.size()) - positives;
    if (positives == 0.0 || negatives == 0.0) {
        return 0.5;
    }
    return (rankSumPositive - positives * (positives + 1.0) / 2.0) / (positives * negatives);
}

BacktestResult Backtester::run(const OrderColumns& orders, std::size_t customerCount, std::int32_t calibrationEnd,
                               std::int32_t holdoutEnd, const BgNbdFitOptions& options)
{
    BacktestResult result;
    if (holdoutEnd <= calibrationEnd) {
        result.error = "the holdout period must end after the calibration period";
        return result;
    }
    const CustomerSummary s = CustomerSummary::build(orders, customerCount, {calibrationEnd, 182, {}});
    if (!s.ok) {
        result.error = s.error;
        return result;
    }
    result.fit = BgNbdModel::fit(BgNbdPatterns::fromDays(s.x, s.txDays, s.TDays, s.hasOrders), options);
    if (!result.fit.ok) {
        result.error = result.fit.error;
        return result;
    }
    const BgNbdModel model(result.fit.params);
    result.holdoutWeeks = (holdoutEnd - calibrationEnd) / 7.0;
    result.actual.assign(customerCount, 0.0);
    result.predicted.assign(customerCount, 0.0);
    // Holdout purchase days per customer (same-day orders merged, as in calibration).
    std::int32_t lastCustomer = -1, lastDay = 0;
    for (std::size_t i = 0; i < orders.size(); ++i) {
        const std::int32_t c = orders.customer[i], d = orders.day[i];
        if (d <= calibrationEnd || d > holdoutEnd || !s.hasOrders[c]) {
            continue;
        }
        if (c != lastCustomer || d != lastDay) {
            result.actual[c] += 1.0;
        }
        lastCustomer = c;
        lastDay = d;
    }
    std::vector<double> pAlive(customerCount, 0.0);
    std::vector<std::uint8_t> boughtAgain(customerCount, 0);
    double sa = 0, sp = 0, saa = 0, spp = 0, sap = 0, n = 0;
    for (std::size_t c = 0; c < customerCount; ++c) {
        if (!s.hasOrders[c]) {
            continue;
        }
        const double p = model.expectedPurchases(result.holdoutWeeks, s.x[c], s.tx[c], s.T[c]);
        const double a = result.actual[c];
        result.predicted[c] = p;
        pAlive[c] = model.probabilityAlive(s.x[c], s.tx[c], s.T[c]);
        boughtAgain[c] = a > 0.0;
        result.actualRepeat += a;
        result.predictedRepeat += p;
        sa += a;
        sp += p;
        saa += a * a;
        spp += p * p;
        sap += a * p;
        n += 1.0;
    }
    result.customers = static_cast<std::size_t>(n);
    const double cov = sap - sa * sp / n, va = saa - sa * sa / n, vp = spp - sp * sp / n;
    result.correlation = va > 0.0 && vp > 0.0 ? cov / std::sqrt(va * vp) : 0.0;
    result.auc = auc(pAlive, boughtAgain, s.hasOrders);
    result.aucExpected = auc(result.predicted, boughtAgain, s.hasOrders);
    result.ok = true;
    return result;
}

} // namespace carddesk::analytics
