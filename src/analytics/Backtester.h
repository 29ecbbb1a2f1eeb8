#pragma once

#include "analytics/BgNbdModel.h"
#include "analytics/OrderColumns.h"

#include <cstdint>
#include <string>
#include <vector>

namespace carddesk::analytics {

struct BacktestResult
{
    bool ok = false;
    std::string error;
    BgNbdFit fit;
    std::size_t customers = 0; // customers with a first order on or before the calibration end
    double holdoutWeeks = 0.0;
    double actualRepeat = 0.0;    // purchase days in (calibrationEnd, holdoutEnd]
    double predictedRepeat = 0.0; // sum of E[Y(holdoutWeeks)]
    double correlation = 0.0;     // Pearson, per customer, actual vs predicted
    // P(alive) separating "bought again in the holdout" from "did not". BG/NBD gives every one-time buyer
    // P(alive) = 1, so on data dominated by one-time buyers this is weak (CDNOW: 0.32, below chance);
    // aucExpected ranks by E[Y(holdout)] instead, which folds in the purchase rate.
    double auc = 0.0;
    double aucExpected = 0.0;
    std::vector<double> actual; // per customer index (0 for customers outside the calibration)
    std::vector<double> predicted;
};

// Fit on the calibration period, compare predictions with what happened in the holdout period.
class Backtester
{
public:
    static BacktestResult run(const OrderColumns& orders, std::size_t customerCount, std::int32_t calibrationEnd,
                              std::int32_t holdoutEnd, const BgNbdFitOptions& options = {});
    // Area under the ROC curve of `score` for the positives; ties count one half.
    static double auc(const std::vector<double>& score, const std::vector<std::uint8_t>& positive,
                      const std::vector<std::uint8_t>& include);
};

} // namespace carddesk::analytics
