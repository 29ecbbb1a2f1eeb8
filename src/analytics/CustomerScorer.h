#pragma once

#include "analytics/AbcClassifier.h"
#include "analytics/BgNbdModel.h"
#include "analytics/ChurnAssessor.h"
#include "analytics/CustomerSummary.h"
#include "analytics/GammaGammaModel.h"
#include "analytics/LifecycleClassifier.h"
#include "analytics/OrderColumns.h"
#include "analytics/PurchaseModelSelector.h"
#include "analytics/RfmScorer.h"
#include "analytics/WinBackAdvisor.h"

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace carddesk::analytics {

// Everything the storage layer hands in. Spans are borrowed for the duration of score(); optional columns are
// empty spans when not available, otherwise one entry per customer.
struct ScoringInput
{
    OrderColumns orders; // sorted by (customer, day)
    std::size_t customerCount = 0;
    std::int32_t asOfDay = 0;

    std::span<const std::int32_t> openComplaints;
    std::span<const double> overdueAmount;
    std::span<const LifecycleStage> previousStage; // stage stored by the last run (None = none)
    std::span<const std::int32_t> previousStageDay;
    std::span<const LifecycleStage> manualStage; // set by hand (None = none)
    std::span<const std::int32_t> manualStageDay;
    std::span<const ChurnLevel> manualChurnLevel; // churn level when the manual stage was set (None = unknown)

    // Reuse earlier fits instead of fitting again (e.g. daily re-scoring with weekly re-fits); a fixed BG/NBD
    // is used as it is, whatever ScoringSettings::purchaseModel says.
    std::optional<BgNbdParams> fixedBgNbd;
    std::optional<GammaGammaParams> fixedGammaGamma;
};

struct ScoringSettings
{
    std::int32_t trendWindowDays = 182;
    std::int32_t revenueWindowDays = 0; // ABC revenue window ending at as-of; 0 = all history
    std::array<double, 4> horizonWeeks{4.0, 13.0, 26.0, 52.0};
    AbcSettings abc;
    ChurnSettings churn;
    LifecycleSettings lifecycle;
    WinBackSettings winBack;
    ClvOptions clv;
    BgNbdFitOptions bgnbd; // also the options of the modified BG/NBD and Pareto/NBD fits
    GammaGammaFitOptions gammaGamma;
    // Which purchase model gives P(alive) and E[Y(t)] to everything downstream (stages, risk, advice, CLV). Auto
    // fits all three and takes the one with the best backtest (PurchaseModelSelector); a named one is fitted alone.
    PurchaseModelChoice purchaseModel = PurchaseModelChoice::Auto;
    SelectionOptions selection;
    int threads = 2;
    bool sentences = false; // also render English lifecycle sentences (costs a string per customer)
    // Keep E[Y(t)] at every horizon per customer (4 doubles each). The storage layer does not: it recomputes
    // them for the customers it shows from x, t_x, T and the parameters, and saves 32 MB per million customers.
    bool keepExpectedPurchases = true;
};

// Model-level and per-customer outputs. Per-customer vectors have customerCount entries; customers without orders
// ("potential") have zeros, class None and stage Potential. Model columns are 0 when the chosen purchase model could
// not be fitted (purchaseModelOk() == false): results never contain NaN.
struct ScoringResult
{
    bool ok = false;
    bool cancelled = false;
    std::string error; // fatal errors only (bad input, cancelled); model failures are in bgnbd / gammaGamma

    CustomerSummary summary; // x, tx, T, m, frequency, monetary, recency, trend windows, ...

    std::vector<double> pAlive;
    std::array<std::vector<double>, 4> expectedPurchases; // at ScoringSettings::horizonWeeks; empty when not kept
    std::vector<double> expectedOrderValue;               // Gamma-Gamma E[M]
    std::vector<double> clv;                              // over clv.months
    std::vector<AbcClass> abc;
    RfmResult rfm;
    std::vector<double> churnRisk; // 1 - P(alive)
    std::vector<ChurnLevel> churnLevel;
    std::vector<ChurnReason> reasons;        // flat; customer i owns [reasonOffset[i], reasonOffset[i + 1])
    std::vector<std::uint32_t> reasonOffset; // customerCount + 1 entries
    std::vector<LifecycleStage> stage;
    std::vector<LifecycleRule> stageRule;
    std::vector<std::string> stageSentence; // only with ScoringSettings::sentences
    std::vector<double> valuePercentile;    // the value the win-back advice used
    std::vector<WinBackAdvice> advice;

    PurchaseModelKind model = PurchaseModelKind::BgNbd; // the one every per-customer figure comes from
    std::array<bool, 3> fitted{};                       // by PurchaseModelKind: which of the fits below were run
    BgNbdFit bgnbd;
    BgNbdFit mbgnbd;
    ParetoNbdFit paretoNbd;
    ModelSelection selection; // the backtest behind `auto` (backtested == false otherwise) and the reason
    GammaGammaFit gammaGamma;
    AbcResult abcSummary; // counts, total revenue, Pareto curve (its per-customer classes moved to `abc`)
    std::array<std::size_t, 11> segmentCounts{}; // by RfmSegment
    std::array<std::size_t, 8> stageCounts{};    // by LifecycleStage
    std::array<std::size_t, 4> churnLevelCounts{};
    std::array<std::size_t, 4> adviceCounts{};
    std::size_t customersWithOrders = 0;

    bool purchaseModelOk() const;
    PurchaseModel purchaseModel() const; // the chosen model with its fitted parameters

    std::span<const ChurnReason> reasonsOf(std::size_t customer) const
    {
        return std::span<const ChurnReason>(reasons).subspan(reasonOffset[customer],
                                                             reasonOffset[customer + 1] - reasonOffset[customer]);
    }
};

// fraction in [0, 1] and the step being worked on; called from the scoring thread.
using ProgressFn = std::function<void(double fraction, std::string_view step)>;

// The one entry point the storage/CLI layers use: orders in, every per-customer score out.
class CustomerScorer
{
public:
    static ScoringResult score(const ScoringInput& input, const ScoringSettings& settings = {},
                               const ProgressFn& progress = {}, const std::atomic<bool>* cancel = nullptr);
};

} // namespace carddesk::analytics
