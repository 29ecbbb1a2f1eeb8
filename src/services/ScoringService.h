#pragma once

#include "analytics/Backtester.h"
#include "analytics/CustomerScorer.h"
#include "analytics/PurchaseModelSelector.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>
#include <QJsonObject>

#include <atomic>
#include <vector>

namespace carddesk::storage {
class Database;
}

namespace carddesk::services {

struct ScoringReport
{
    QDate asOf;
    qint64 customers = 0;
    double seconds = 0;
    // ABC's revenue window from the office setting abc.window_months (0: all history up to the as-of date); the
    // window and the CLI use the same setting, so a customer's class does not depend on which face scored last.
    int abcWindowMonths = 12;
    analytics::ScoringResult result;

    // The `score --json` object: as_of, customers, seconds, model (the purchase model used), model_selection (the
    // backtest that chose it), one object per fitted purchase model (bgnbd, mbgnbd, pareto_nbd), gamma_gamma, abc,
    // rfm_segments, stages, ...
    QJsonObject toJson() const;
};

struct BacktestReport
{
    QDate calibrationEnd;
    QDate holdoutEnd;
    analytics::BacktestResult result; // BG/NBD: its fit, correlation and the AUCs
    analytics::ModelSelection models; // the three purchase models on the same periods, and the best by `auto`'s rule
    QJsonObject toJson() const;
};

// Scoring from end to end, an office job: read the whole office's orders (storage), fit and score (analytics),
// write every customer's scores back in one transaction, whoever starts it; the report a rep or manager gets back
// counts only their own customers (the fitted parameters are the office's). The GUI runs it on a worker thread with
// its own Database connection; the CLI runs it directly. A model that does not converge fails the run: nothing is
// stored.
class ScoringService
{
public:
    static core::Result<ScoringReport>
    score(storage::Session& session, const QDate& asOf, const analytics::ProgressFn& progress = {},
          const std::atomic<bool>* cancel = nullptr,
          analytics::PurchaseModelChoice model = analytics::PurchaseModelChoice::Auto);

    static core::Result<BacktestReport> backtest(storage::Session& session, const QDate& calibrationEnd,
                                                 const QDate& holdoutEnd);

    // Settings table values over the engine's defaults: abc.cutoff_a, abc.cutoff_b, abc.window_months,
    // churn.medium_risk, churn.high_risk, clv.months, clv.monthly_discount, winback.fight_for_percentile,
    // winback.case_by_case_percentile (docs/ANALYTICS_ENGINE.md).
    static analytics::ScoringSettings settings(storage::Database& db);

private:
    // The run over `office` (a whole-office session); `visibleIds`: the starter's scope, when narrower.
    static core::Result<ScoringReport> scoreOffice(storage::Session& office, const QDate& asOf,
                                                   const analytics::ProgressFn& progress,
                                                   const std::atomic<bool>* cancel,
                                                   analytics::PurchaseModelChoice model,
                                                   const std::vector<qint64>* visibleIds);
};

} // namespace carddesk::services
