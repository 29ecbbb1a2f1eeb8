#pragma once

#include "analytics/OrderColumns.h"
#include "analytics/PurchaseModel.h"

#include <array>
#include <cstdint>
#include <string>

namespace carddesk::analytics {

// One model's backtest: fitted on the calibration period, compared with the holdout period.
struct ModelBacktest
{
    bool ok = false;
    std::string error;
    std::array<double, 4> params{}; // calibration fit
    double logLikelihood = 0.0;
    double meanAbsoluteError = 0.0; // per customer, |E[Y(holdout)] - holdout purchase days|
    double auc = 0.0;               // P(alive) at the calibration end vs "bought again in the holdout"
    double predictedRepeat = 0.0;   // summed over customers
    double actualRepeat = 0.0;
};

struct ModelSelection
{
    bool automatic = false;  // `auto` chose (false: the run named its model)
    bool backtested = false; // false: the history is too short (or no model fitted); the rule falls back
    std::int32_t calibrationEnd = 0;
    std::int32_t holdoutDays = 0;
    std::size_t customers = 0;           // customers with a first order on or before the calibration end
    std::array<ModelBacktest, 3> models; // by PurchaseModelKind
    PurchaseModelKind chosen = PurchaseModelKind::BgNbd;
    std::string reason; // one English sentence; the GUI words its own from the figures
};

struct SelectionOptions
{
    std::int32_t holdoutDays = 182; // 26 weeks, or half the history when that is shorter
    std::int32_t minimumHistoryDays = 84;
    double tolerance = 0.01; // MAEs within 1 % of the best count as a tie
    BgNbdFitOptions fit;     // threads, start, ... (standard errors are not computed)
};

// `auto`: which purchase model predicts this office's own next purchases best. The last `holdoutDays` before the
// as-of day are held out; each model is fitted on the orders before them and predicts every customer's purchase
// days in the holdout. Best = the lowest mean absolute error per customer (the figure CLV and the expected
// purchases rest on); models within `tolerance` of it count as equally good, and among those the highest AUC of
// P(alive) (the probability stage, risk and advice rest on) wins. Without a backtest (history shorter than
// minimumHistoryDays, or no model fits the calibration period) the model with the highest log-likelihood on the
// full history (`fullLogLikelihood`, same number of parameters) is chosen.
class PurchaseModelSelector
{
public:
    static ModelSelection backtest(const OrderColumns& orders, std::size_t customerCount, std::int32_t asOfDay,
                                   const SelectionOptions& options = {});
    // The three models on a period the caller names (the backtest command): each fitted on the orders up to
    // `calibrationEnd` and compared with the purchase days in (calibrationEnd, holdoutEnd]. Not chosen yet.
    static ModelSelection compare(const OrderColumns& orders, std::size_t customerCount, std::int32_t calibrationEnd,
                                  std::int32_t holdoutEnd, const SelectionOptions& options = {});
    // Applies the rule; `fullLogLikelihood[k]` is NaN for a model that did not fit the full history.
    static void choose(ModelSelection& selection, const std::array<double, 3>& fullLogLikelihood,
                       double tolerance = 0.01);
};

} // namespace carddesk::analytics
