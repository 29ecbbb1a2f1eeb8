#include "analytics/CustomerScorer.h"

#include "analytics/ParallelRunner.h"
#include "analytics/SpecialFunctions.h"
#include "analytics/StoryAssessor.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace carddesk::analytics {

namespace {

class Cancelled
{
};

// Reports progress and turns a raised cancel flag into an early return.
class Steps
{
public:
    Steps(const ProgressFn& progress, const std::atomic<bool>* cancel) : m_progress(progress), m_cancel(cancel) {}

    void at(double fraction, std::string_view step) const
    {
        check();
        if (m_progress) {
            m_progress(fraction, step);
        }
    }
    void check() const
    {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            throw Cancelled{};
        }
    }

private:
    const ProgressFn& m_progress;
    const std::atomic<bool>* m_cancel;
};

template <typename T> bool badColumn(std::span<const T> column, std::size_t n)
{
    return !column.empty() && column.size() != n;
}

// E[Y(t)]/P(alive) depends on (x, T) only: one entry per distinct pair, shared by every customer with it.
struct ExpectationCache
{
    std::vector<std::uint64_t> keys; // sorted distinct x << 32 | T days (sparse mode)
    std::vector<std::int32_t> dense; // (x * (maxT + 1) + T) -> slot (dense mode)
    std::int32_t denseStride = 0;
    std::vector<std::array<double, 5>> value; // 4 horizons + discounted CLV factor

    std::size_t slot(std::int32_t x, std::int32_t T) const
    {
        if (!dense.empty()) {
            return static_cast<std::size_t>(dense[static_cast<std::size_t>(x) * denseStride + T]);
        }
        const std::uint64_t k = (std::uint64_t(x) << 32) | std::uint32_t(T);
        return static_cast<std::size_t>(std::lower_bound(keys.begin(), keys.end(), k) - keys.begin());
    }
};

ExpectationCache buildCache(const CustomerSummary& s, const PurchaseModel& model, const ScoringSettings& settings)
{
    ExpectationCache cache;
    const std::size_t n = s.size();
    std::int32_t maxX = 0, maxT = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (s.hasOrders[i]) {
            maxX = std::max(maxX, s.x[i]);
            maxT = std::max(maxT, s.TDays[i]);
        }
    }
    std::vector<std::uint64_t> distinct;
    const std::uint64_t denseSize = (std::uint64_t(maxX) + 1) * (std::uint64_t(maxT) + 1);
    if (denseSize <= (std::uint64_t{1} << 22)) {
        cache.denseStride = maxT + 1;
        cache.dense.assign(denseSize, -1);
        for (std::size_t i = 0; i < n; ++i) {
            if (s.hasOrders[i]) {
                auto& d = cache.dense[static_cast<std::size_t>(s.x[i]) * cache.denseStride + s.TDays[i]];
                if (d < 0) {
                    d = static_cast<std::int32_t>(distinct.size());
                    distinct.push_back((std::uint64_t(s.x[i]) << 32) | std::uint32_t(s.TDays[i]));
                }
            }
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            if (s.hasOrders[i]) {
                distinct.push_back((std::uint64_t(s.x[i]) << 32) | std::uint32_t(s.TDays[i]));
            }
        }
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        cache.keys = distinct;
    }
    cache.value.resize(distinct.size());
    std::vector<double> discount(static_cast<std::size_t>(std::max(0, settings.clv.months)) + 1);
    for (std::size_t i = 1; i < discount.size(); ++i) {
        discount[i] = 1.0 / std::pow(1.0 + settings.clv.monthlyDiscount, static_cast<double>(i));
    }
    const ParallelRunner runner(settings.threads);
    runner.run(
        distinct.size(),
        [&](std::size_t, std::size_t begin, std::size_t end) {
            for (std::size_t k = begin; k < end; ++k) {
                const auto x = static_cast<std::int32_t>(distinct[k] >> 32);
                const double T = static_cast<std::int32_t>(distinct[k] & 0xffffffffu) / 7.0;
                auto& v = cache.value[k];
                for (int h = 0; h < 4; ++h) {
                    v[h] = model.expectedIfAlive(settings.horizonWeeks[h], x, T);
                }
                double factor = 0.0, previous = 0.0;
                for (std::size_t i = 1; i < discount.size(); ++i) {
                    const double cumulative =
                        model.expectedIfAlive(static_cast<double>(i) * settings.clv.periodsPerMonth, x, T);
                    factor += (cumulative - previous) * discount[i];
                    previous = cumulative;
                }
                v[4] = factor;
            }
        },
        64);
    return cache;
}

// Fits the purchase model(s) the settings ask for on the full history and, for `auto`, backtests all three on
// the office's own history to choose one (PurchaseModelSelector).
void fitPurchaseModels(const ScoringInput& in, const ScoringSettings& settings, const Steps& steps, ScoringResult& res)
{
    const CustomerSummary& s = res.summary;
    const BgNbdPatterns patterns = BgNbdPatterns::fromDays(s.x, s.txDays, s.TDays, s.hasOrders);
    steps.check();
    BgNbdFitOptions options = settings.bgnbd;
    options.threads = settings.threads;
    const PurchaseModelChoice choice = settings.purchaseModel;
    const bool all = choice == PurchaseModelChoice::Auto;
    // Under `auto` only the chosen model's standard errors are shown: they are computed once it is known (five
    // likelihood passes each, the Pareto/NBD's the dearest).
    const bool wantedErrors = options.standardErrors;
    options.standardErrors = wantedErrors && !all;
    if (all || choice == PurchaseModelChoice::BgNbd) {
        res.bgnbd = BgNbdModel::fit(patterns, options);
        res.fitted[static_cast<std::size_t>(PurchaseModelKind::BgNbd)] = true;
        steps.check();
    }
    if (all || choice == PurchaseModelChoice::ModifiedBgNbd) {
        res.mbgnbd = ModifiedBgNbdModel::fit(patterns, options);
        res.fitted[static_cast<std::size_t>(PurchaseModelKind::ModifiedBgNbd)] = true;
        steps.check();
    }
    if (all || choice == PurchaseModelChoice::ParetoNbd) {
        res.paretoNbd = ParetoNbdModel::fit(patterns, options);
        res.fitted[static_cast<std::size_t>(PurchaseModelKind::ParetoNbd)] = true;
        steps.check();
    }
    if (!all) {
        res.model = static_cast<PurchaseModelKind>(static_cast<int>(choice) - 1);
        res.selection.chosen = res.model;
        res.selection.reason = std::string(purchaseModelName(res.model)) + ": chosen for this run";
        return;
    }
    steps.at(0.3, "model backtest");
    SelectionOptions selection = settings.selection;
    selection.fit = options;
    res.selection = PurchaseModelSelector::backtest(in.orders, in.customerCount, in.asOfDay, selection);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    PurchaseModelSelector::choose(res.selection,
                                  {res.bgnbd.ok ? res.bgnbd.logLikelihood : nan,
                                   res.mbgnbd.ok ? res.mbgnbd.logLikelihood : nan,
                                   res.paretoNbd.ok ? res.paretoNbd.logLikelihood : nan},
                                  selection.tolerance);
    res.selection.automatic = true;
    res.model = res.selection.chosen;
    if (wantedErrors && res.purchaseModelOk()) {
        // Refit from the optimum: the minimiser stops at once, then the standard errors.
        BgNbdFitOptions again = options;
        again.standardErrors = true;
        again.warmStartAbove = 0;
        const std::array<double, 4> at = res.purchaseModel().params();
        again.start = at;
        switch (res.model) {
        case PurchaseModelKind::BgNbd:
            res.bgnbd.standardErrors = BgNbdModel::fit(patterns, again).standardErrors;
            break;
        case PurchaseModelKind::ModifiedBgNbd:
            res.mbgnbd.standardErrors = ModifiedBgNbdModel::fit(patterns, again).standardErrors;
            break;
        case PurchaseModelKind::ParetoNbd:
            res.paretoNbd.standardErrors = ParetoNbdModel::fit(patterns, again).standardErrors;
            break;
        }
    }
}

} // namespace

bool ScoringResult::purchaseModelOk() const
{
    switch (model) {
    case PurchaseModelKind::BgNbd:
        return bgnbd.ok;
    case PurchaseModelKind::ModifiedBgNbd:
        return mbgnbd.ok;
    case PurchaseModelKind::ParetoNbd:
        return paretoNbd.ok;
    }
    return false;
}

PurchaseModel ScoringResult::purchaseModel() const
{
    switch (model) {
    case PurchaseModelKind::BgNbd:
        return PurchaseModel(model, {bgnbd.params.r, bgnbd.params.alpha, bgnbd.params.a, bgnbd.params.b});
    case PurchaseModelKind::ModifiedBgNbd:
        return PurchaseModel(model, {mbgnbd.params.r, mbgnbd.params.alpha, mbgnbd.params.a, mbgnbd.params.b});
    case PurchaseModelKind::ParetoNbd:
        return PurchaseModel(model,
                             {paretoNbd.params.r, paretoNbd.params.alpha, paretoNbd.params.s, paretoNbd.params.beta});
    }
    return {};
}

ScoringResult CustomerScorer::score(const ScoringInput& in, const ScoringSettings& settings, const ProgressFn& progress,
                                    const std::atomic<bool>* cancel)
{
    ScoringResult res;
    const std::size_t n = in.customerCount;
    if (badColumn(in.openComplaints, n) || badColumn(in.overdueAmount, n) || badColumn(in.previousStage, n) ||
        badColumn(in.previousStageDay, n) || badColumn(in.manualStage, n) || badColumn(in.manualStageDay, n) ||
        badColumn(in.manualChurnLevel, n) || in.previousStage.size() != in.previousStageDay.size() ||
        in.manualStage.size() != in.manualStageDay.size()) {
        res.error = "optional input columns must be empty or have one entry per customer";
        return res;
    }
    const Steps steps(progress, cancel);
    try {
        steps.at(0.0, "summary");
        SummaryOptions so;
        so.asOfDay = in.asOfDay;
        so.trendWindowDays = settings.trendWindowDays;
        if (settings.revenueWindowDays > 0) {
            so.revenueFromDay = in.asOfDay - settings.revenueWindowDays + 1;
        }
        res.summary = CustomerSummary::build(in.orders, n, so);
        if (!res.summary.ok) {
            res.error = res.summary.error;
            return res;
        }
        const CustomerSummary& s = res.summary;

        // Purchase model.
        steps.at(0.15, "purchase model");
        if (in.fixedBgNbd) {
            res.model = PurchaseModelKind::BgNbd;
            res.fitted[0] = true;
            res.bgnbd.ok = true;
            res.bgnbd.params = *in.fixedBgNbd;
        } else {
            fitPurchaseModels(in, settings, steps, res);
        }
        steps.at(0.45, "spend model");
        if (in.fixedGammaGamma) {
            res.gammaGamma.ok = true;
            res.gammaGamma.params = *in.fixedGammaGamma;
        } else {
            GammaGammaFitOptions options = settings.gammaGamma;
            options.threads = settings.threads;
            res.gammaGamma = GammaGammaModel::fit(s.x, s.m, options);
        }
        const bool modelOk = res.purchaseModelOk();
        const bool spendOk = res.gammaGamma.ok;

        // Per-customer model outputs.
        steps.at(0.55, "predictions");
        res.pAlive.assign(n, 0.0);
        if (settings.keepExpectedPurchases) {
            for (auto& e : res.expectedPurchases) {
                e.assign(n, 0.0);
            }
        }
        res.expectedOrderValue.assign(n, 0.0);
        res.clv.assign(n, 0.0);
        res.churnRisk.assign(n, 0.0);
        if (modelOk) {
            const PurchaseModel model = res.purchaseModel();
            const GammaGammaModel spend(res.gammaGamma.params);
            const ExpectationCache cache = buildCache(s, model, settings);
            steps.check();
            // The one probability every story uses: stage rules, risk, advice and CLV all read res.pAlive.
            res.pAlive = model.probabilityAliveByDays(s.x, s.txDays, s.TDays, s.hasOrders, settings.threads);
            steps.check();
            ParallelRunner(settings.threads).run(n, [&](std::size_t, std::size_t begin, std::size_t end) {
                for (std::size_t i = begin; i < end; ++i) {
                    if (!s.hasOrders[i]) {
                        continue;
                    }
                    const std::int32_t x = s.x[i];
                    const double alive = res.pAlive[i];
                    const auto& v = cache.value[cache.slot(x, s.TDays[i])];
                    res.churnRisk[i] = 1.0 - alive;
                    if (settings.keepExpectedPurchases) {
                        for (int h = 0; h < 4; ++h) {
                            res.expectedPurchases[h][i] = v[h] * alive;
                        }
                    }
                    if (spendOk) {
                        const double value = spend.expectedAverageValue(x, s.m[i]);
                        res.expectedOrderValue[i] = value;
                        res.clv[i] = value * alive * v[4];
                    }
                }
            });
        } else if (spendOk) {
            const GammaGammaModel spend(res.gammaGamma.params);
            for (std::size_t i = 0; i < n; ++i) {
                res.expectedOrderValue[i] = s.hasOrders[i] ? spend.expectedAverageValue(s.x[i], s.m[i]) : 0.0;
            }
        }

        // ABC, RFM and the value percentiles only need the summary and CLV: with two threads they run beside the
        // churn/lifecycle pass. The jthread joins even if cancellation unwinds the main thread.
        steps.at(0.7, "classes, churn and lifecycle");
        const bool byClv = settings.winBack.useClv && modelOk && spendOk;
        auto classes = [&res, &s, &settings, byClv] {
            res.abcSummary = AbcClassifier::classify(s.windowRevenue, s.hasOrders, settings.abc);
            res.abc = std::move(res.abcSummary.classes);
            res.abcSummary.classes.clear();
            res.rfm = RfmScorer::score(s.recencyDays, s.frequency, s.monetary, s.hasOrders);
            res.valuePercentile = WinBackAdvisor::percentiles(byClv ? res.clv : s.monetary, s.hasOrders);
        };
        std::jthread side;
        if (settings.threads >= 2) {
            side = std::jthread(classes);
        } else {
            classes();
        }

        res.churnLevel.assign(n, ChurnLevel::None);
        std::vector<ChurnLevel> dataLevel(n, ChurnLevel::None);
        // Risk and advice come from the story of the stage and the stored probability (StoryAssessor).
        // The value percentiles are written beside the churn/lifecycle pass: read them only after the join.
        auto storyInput = [&res, &dataLevel, modelOk](std::size_t i, bool withValue) {
            StoryInput story;
            story.stage = res.stage[i];
            if (modelOk && res.summary.hasOrders[i]) {
                story.pAlive = res.pAlive[i];
            }
            story.dataLevel = dataLevel[i];
            story.valuePercentile = withValue ? res.valuePercentile[i] : 0.0;
            return story;
        };
        res.stage.assign(n, LifecycleStage::Potential);
        res.stageRule.assign(n, LifecycleRule::PotentialNoOrders);
        res.reasonOffset.assign(n + 1, 0);
        res.reasons.reserve(n / 2);
        if (settings.sentences) {
            res.stageSentence.assign(n, std::string());
        }
        for (std::size_t i = 0; i < n; ++i) {
            if ((i & 0xffff) == 0) {
                steps.check();
            }
            res.reasonOffset[i] = static_cast<std::uint32_t>(res.reasons.size());
            ChurnInput ci;
            ci.hasOrders = s.hasOrders[i] != 0;
            ci.x = s.x[i];
            ci.modelOk = modelOk;
            ci.pAlive = modelOk ? res.pAlive[i] : 1.0;
            ci.recencyDays = s.recencyDays[i];
            ci.meanIntervalDays = s.meanIntervalDays[i];
            ci.recentSpend = s.recentSpend[i];
            ci.previousSpend = s.previousSpend[i];
            ci.trendWindowDays = settings.trendWindowDays;
            ci.openComplaints = in.openComplaints.empty() ? 0 : in.openComplaints[i];
            ci.overdueAmount = in.overdueAmount.empty() ? 0.0 : in.overdueAmount[i];
            const ChurnLevel level = ChurnAssessor::level(ci, settings.churn);
            dataLevel[i] = level;
            ChurnAssessor::reasons(ci, settings.churn, res.reasons);

            LifecycleInput li;
            li.hasOrders = ci.hasOrders;
            li.asOfDay = in.asOfDay;
            li.x = s.x[i];
            li.firstDay = s.firstDay[i];
            li.lastDay = s.lastDay[i];
            li.recencyDays = s.recencyDays[i];
            li.meanIntervalDays = s.meanIntervalDays[i];
            li.recentSpend = s.recentSpend[i];
            li.previousSpend = s.previousSpend[i];
            li.modelOk = modelOk;
            li.pAlive = ci.pAlive;
            li.churnLevel = level;
            if (!in.previousStage.empty()) {
                li.previousStage = in.previousStage[i];
                li.previousStageDay = in.previousStageDay[i];
            }
            if (!in.manualStage.empty()) {
                li.manualStage = in.manualStage[i];
                li.manualStageDay = in.manualStageDay[i];
                li.manualChurnLevel = in.manualChurnLevel.empty() ? ChurnLevel::None : in.manualChurnLevel[i];
            }
            const LifecycleDecision d = LifecycleClassifier::classify(li, settings.lifecycle);
            res.stage[i] = d.stage;
            res.stageRule[i] = d.rule;
            // The stored risk is the story's: the same probability as the stage, never below the stage's floor.
            res.churnLevel[i] = StoryAssessor::assess(storyInput(i, false), settings.churn, settings.winBack).risk;
            if (settings.sentences) {
                res.stageSentence[i] = LifecycleClassifier::describe(d, li, settings.lifecycle);
            }
        }
        res.reasonOffset[n] = static_cast<std::uint32_t>(res.reasons.size());

        if (side.joinable()) {
            side.join();
        }
        steps.at(0.95, "win-back advice");
        res.advice.assign(n, WinBackAdvice::None);
        for (std::size_t i = 0; i < n; ++i) {
            res.advice[i] = StoryAssessor::assess(storyInput(i, true), settings.churn, settings.winBack).advice;
            ++res.adviceCounts[static_cast<std::size_t>(res.advice[i])];
            ++res.stageCounts[static_cast<std::size_t>(res.stage[i])];
            ++res.segmentCounts[static_cast<std::size_t>(res.rfm.segment[i])];
            ++res.churnLevelCounts[static_cast<std::size_t>(res.churnLevel[i])];
            res.customersWithOrders += s.hasOrders[i];
        }
        steps.at(1.0, "done");
    } catch (const Cancelled&) {
        ScoringResult cancelled;
        cancelled.cancelled = true;
        cancelled.error = "scoring cancelled";
        return cancelled;
    }
    res.ok = true;
    return res;
}

} // namespace carddesk::analytics
