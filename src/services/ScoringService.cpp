#include "services/ScoringService.h"

#include "analytics/DayNumber.h"
#include "storage/db/Database.h"
#include "storage/repositories/SettingsRepository.h"
#include "storage/scores/ScoreRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <cmath>
#include <optional>
#include <unordered_set>

#include <spdlog/spdlog.h>
#include <sys/resource.h>

namespace carddesk::services {

using storage::Database;
using storage::ScoreRepository;
using storage::Session;

using core::ErrorCode;
using core::makeError;

namespace {

std::int32_t dayOf(const QDate& date)
{
    return analytics::dayNumber(date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QString str(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QJsonObject bgnbdJson(const analytics::BgNbdFit& fit)
{
    return QJsonObject{{QStringLiteral("r"), fit.params.r},
                       {QStringLiteral("alpha"), fit.params.alpha},
                       {QStringLiteral("a"), fit.params.a},
                       {QStringLiteral("b"), fit.params.b},
                       {QStringLiteral("log_likelihood"), fit.logLikelihood},
                       {QStringLiteral("standard_errors"), QJsonArray{fit.standardErrors[0], fit.standardErrors[1],
                                                                      fit.standardErrors[2], fit.standardErrors[3]}},
                       {QStringLiteral("iterations"), fit.iterations},
                       {QStringLiteral("patterns"), static_cast<qint64>(fit.patterns)}};
}

QJsonObject paretoNbdJson(const analytics::ParetoNbdFit& fit)
{
    return QJsonObject{{QStringLiteral("r"), fit.params.r},
                       {QStringLiteral("alpha"), fit.params.alpha},
                       {QStringLiteral("s"), fit.params.s},
                       {QStringLiteral("beta"), fit.params.beta},
                       {QStringLiteral("log_likelihood"), fit.logLikelihood},
                       {QStringLiteral("standard_errors"), QJsonArray{fit.standardErrors[0], fit.standardErrors[1],
                                                                      fit.standardErrors[2], fit.standardErrors[3]}},
                       {QStringLiteral("iterations"), fit.iterations},
                       {QStringLiteral("patterns"), static_cast<qint64>(fit.patterns)}};
}

// The months of abc.window_months back from the days `settings` made of them.
int monthsOfWindow(std::int32_t days)
{
    return static_cast<int>(std::lround(days * 12.0 / 365.25));
}

QString modelId(analytics::PurchaseModelKind kind)
{
    return str(analytics::purchaseModelId(kind));
}

// The backtest that decided `auto` (or the backtest command's): per model its error, AUC and totals on the held-out
// period. `choice`: "auto" or the model the run was told to use.
QJsonObject selectionJson(const analytics::ModelSelection& s, const QString& choice)
{
    QJsonObject json{{QStringLiteral("choice"), choice},
                     {QStringLiteral("reason"), str(s.reason)},
                     {QStringLiteral("backtested"), s.backtested}};
    if (!s.backtested)
        return json;
    const analytics::CivilDate ymd = analytics::civilDate(s.calibrationEnd);
    json.insert(QStringLiteral("calibration_end"),
                QDate(ymd.year, static_cast<int>(ymd.month), static_cast<int>(ymd.day)).toString(Qt::ISODate));
    json.insert(QStringLiteral("holdout_days"), s.holdoutDays);
    json.insert(QStringLiteral("customers"), static_cast<qint64>(s.customers));
    json.insert(QStringLiteral("rule"),
                QStringLiteral("lowest mean absolute error of predicted vs actual holdout purchases per customer; "
                               "within 1% of it, the highest AUC of P(alive)"));
    QJsonObject models;
    for (std::size_t k = 0; k < s.models.size(); ++k) {
        const analytics::ModelBacktest& m = s.models[k];
        QJsonObject one{{QStringLiteral("ok"), m.ok}};
        if (m.ok) {
            one.insert(QStringLiteral("mean_absolute_error"), m.meanAbsoluteError);
            one.insert(QStringLiteral("auc_p_alive"), m.auc);
            one.insert(QStringLiteral("predicted_repeat_purchases"), m.predictedRepeat);
            one.insert(QStringLiteral("actual_repeat_purchases"), m.actualRepeat);
            one.insert(QStringLiteral("log_likelihood"), m.logLikelihood);
        } else {
            one.insert(QStringLiteral("error"), str(m.error));
        }
        models.insert(modelId(static_cast<analytics::PurchaseModelKind>(k)), one);
    }
    json.insert(QStringLiteral("models"), models);
    return json;
}

} // namespace

QJsonObject ScoringReport::toJson() const
{
    QJsonObject segments;
    for (std::size_t i = 1; i < result.segmentCounts.size(); ++i) {
        const auto name = analytics::rfmSegmentName(static_cast<analytics::RfmSegment>(i));
        if (!name.empty())
            segments.insert(str(name), static_cast<qint64>(result.segmentCounts[i]));
    }
    QJsonObject stages;
    for (std::size_t i = 1; i < result.stageCounts.size(); ++i)
        stages.insert(ScoreRepository::stageName(static_cast<analytics::LifecycleStage>(i)),
                      static_cast<qint64>(result.stageCounts[i]));
    QJsonObject risk;
    for (std::size_t i = 1; i < result.churnLevelCounts.size(); ++i)
        risk.insert(str(analytics::churnLevelName(static_cast<analytics::ChurnLevel>(i))),
                    static_cast<qint64>(result.churnLevelCounts[i]));
    QJsonObject json{
        {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
        {QStringLiteral("customers"), customers},
        {QStringLiteral("customers_with_orders"), static_cast<qint64>(result.customersWithOrders)},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("model"), modelId(result.model)},
        {QStringLiteral("model_selection"),
         selectionJson(result.selection, result.selection.automatic ? QStringLiteral("auto") : modelId(result.model))},
        {QStringLiteral("gamma_gamma"),
         QJsonObject{{QStringLiteral("p"), result.gammaGamma.params.p},
                     {QStringLiteral("q"), result.gammaGamma.params.q},
                     {QStringLiteral("v"), result.gammaGamma.params.v},
                     {QStringLiteral("log_likelihood"), result.gammaGamma.logLikelihood},
                     {QStringLiteral("customers"), static_cast<qint64>(result.gammaGamma.customers)}}},
        {QStringLiteral("abc"), QJsonObject{{QStringLiteral("A"), static_cast<qint64>(result.abcSummary.countA)},
                                            {QStringLiteral("B"), static_cast<qint64>(result.abcSummary.countB)},
                                            {QStringLiteral("C"), static_cast<qint64>(result.abcSummary.countC)},
                                            {QStringLiteral("window_months"), abcWindowMonths}}},
        {QStringLiteral("rfm_segments"), segments},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("churn_risk"), risk},
    };
    // One object per fitted purchase model (all three under `auto`).
    using analytics::PurchaseModelKind;
    if (result.fitted[static_cast<std::size_t>(PurchaseModelKind::BgNbd)])
        json.insert(QStringLiteral("bgnbd"), bgnbdJson(result.bgnbd));
    if (result.fitted[static_cast<std::size_t>(PurchaseModelKind::ModifiedBgNbd)])
        json.insert(QStringLiteral("mbgnbd"), bgnbdJson(result.mbgnbd));
    if (result.fitted[static_cast<std::size_t>(PurchaseModelKind::ParetoNbd)])
        json.insert(QStringLiteral("pareto_nbd"), paretoNbdJson(result.paretoNbd));
    return json;
}

namespace {

// The counts of an office-wide run over the customers one user may see; the per-customer results are dropped (they
// are stored, and each reader gets their own scope's from the scores table).
void keepOnlyVisible(ScoringReport& report, const std::vector<qint64>& officeIds, const std::vector<qint64>& visible)
{
    const std::unordered_set<qint64> seen(visible.begin(), visible.end());
    analytics::ScoringResult& r = report.result;
    analytics::ScoringResult kept;
    kept.ok = r.ok;
    kept.model = r.model;
    kept.fitted = r.fitted;
    kept.bgnbd = r.bgnbd;
    kept.mbgnbd = r.mbgnbd;
    kept.paretoNbd = r.paretoNbd;
    kept.selection = r.selection;
    kept.gammaGamma = r.gammaGamma;
    std::size_t customers = 0;
    for (std::size_t i = 0; i < officeIds.size(); ++i) {
        if (!seen.contains(officeIds[i]))
            continue;
        ++customers;
        kept.customersWithOrders += r.summary.hasOrders[i];
        switch (r.abc[i]) {
        case analytics::AbcClass::A:
            ++kept.abcSummary.countA;
            break;
        case analytics::AbcClass::B:
            ++kept.abcSummary.countB;
            break;
        case analytics::AbcClass::C:
            ++kept.abcSummary.countC;
            break;
        case analytics::AbcClass::None:
            break;
        }
        kept.abcSummary.totalRevenue += r.summary.windowRevenue[i];
        ++kept.stageCounts[static_cast<std::size_t>(r.stage[i])];
        ++kept.segmentCounts[static_cast<std::size_t>(r.rfm.segment[i])];
        ++kept.churnLevelCounts[static_cast<std::size_t>(r.churnLevel[i])];
        ++kept.adviceCounts[static_cast<std::size_t>(r.advice[i])];
    }
    r = std::move(kept);
    report.customers = static_cast<qint64>(customers);
}

} // namespace

QJsonObject BacktestReport::toJson() const
{
    return QJsonObject{
        {QStringLiteral("calibration_end"), calibrationEnd.toString(Qt::ISODate)},
        {QStringLiteral("holdout_end"), holdoutEnd.toString(Qt::ISODate)},
        {QStringLiteral("customers"), static_cast<qint64>(result.customers)},
        {QStringLiteral("holdout_weeks"), result.holdoutWeeks},
        {QStringLiteral("actual_repeat_purchases"), result.actualRepeat},
        {QStringLiteral("predicted_repeat_purchases"), result.predictedRepeat},
        {QStringLiteral("correlation"), result.correlation},
        {QStringLiteral("auc"), result.auc},
        {QStringLiteral("auc_expected_purchases"), result.aucExpected},
        {QStringLiteral("bgnbd"), bgnbdJson(result.fit)},
        // The three purchase models on the same periods, and the one `auto` would take by the scoring's rule.
        {QStringLiteral("models"), selectionJson(models, QStringLiteral("auto"))},
    };
}

analytics::ScoringSettings ScoringService::settings(Database& db)
{
    // Every key is optional: the engine's documented defaults apply to what the settings table does not say,
    // and values outside their range are ignored rather than trusted.
    analytics::ScoringSettings settings;
    settings.revenueWindowDays = 365; // ABC over the last 12 months unless abc.window_months says otherwise
    for (const auto& [key, text] : storage::SettingsRepository::all(db)) {
        const double value = text.trimmed().toDouble();
        auto in = [&](double low, double high) { return value >= low && value <= high; };
        if (key == "abc.cutoff_a" && in(0.01, 0.99))
            settings.abc.aCutoff = value;
        else if (key == "abc.cutoff_b" && in(0.01, 0.999))
            settings.abc.bCutoff = value;
        else if (key == "abc.window_months" && in(0, 120))
            settings.revenueWindowDays = static_cast<std::int32_t>(value * 365.25 / 12.0 + 0.5);
        else if (key == "churn.medium_risk" && in(0.0, 1.0))
            settings.churn.mediumRisk = value;
        else if (key == "churn.high_risk" && in(0.0, 1.0))
            settings.churn.highRisk = value;
        else if (key == "clv.months" && in(1, 120))
            settings.clv.months = static_cast<int>(value);
        else if (key == "clv.monthly_discount" && in(0.0, 0.5))
            settings.clv.monthlyDiscount = value;
        else if (key == "winback.fight_for_percentile" && in(0.0, 1.0))
            settings.winBack.fightForPercentile = value;
        else if (key == "winback.case_by_case_percentile" && in(0.0, 1.0))
            settings.winBack.caseByCasePercentile = value;
    }
    if (settings.abc.bCutoff <= settings.abc.aCutoff)
        settings.abc = analytics::AbcSettings{};
    if (settings.churn.highRisk <= settings.churn.mediumRisk)
        settings.churn = analytics::ChurnSettings{};
    return settings;
}

core::Result<ScoringReport> ScoringService::score(Session& session, const QDate& asOf,
                                                  const analytics::ProgressFn& progress,
                                                  const std::atomic<bool>* cancel, analytics::PurchaseModelChoice model)
{
    // An office job: the models are fitted on every customer of the office and every score is stored, whoever
    // starts the run, so a customer's scores and ABC class do not depend on who ran them last (issue 15). The run
    // is recorded with its starter; the stage moves it finds are nobody's.
    core::User office = session.user();
    office.role = core::Role::Admin;
    office.areaId = 0;
    Session officeSession(session.db(), office);
    std::optional<std::vector<qint64>> visible;
    if (!session.isAdmin()) {
        // A rep or manager sees the fitted parameters (aggregates) and the figures of their own customers only.
        auto ids = ScoreRepository(session).customerIdsInScope();
        if (!ids)
            return ids.error();
        visible = std::move(*ids);
    }
    return scoreOffice(officeSession, asOf, progress, cancel, model, visible ? &*visible : nullptr);
}

core::Result<ScoringReport> ScoringService::scoreOffice(Session& session, const QDate& asOf,
                                                        const analytics::ProgressFn& progress,
                                                        const std::atomic<bool>* cancel,
                                                        analytics::PurchaseModelChoice model,
                                                        const std::vector<qint64>* visibleIds)
{
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the as-of date is not valid"),
                         QStringLiteral("as-of"));
    QElapsedTimer timer;
    timer.start();
    ScoreRepository repo(session);
    if (progress)
        progress(0.0, "reading orders");
    auto data = repo.load(asOf);
    if (!data)
        return data.error();
    // The pages just read are not needed while the models run (their peak is the run's peak): give the page
    // cache back rather than hold ~64 MB through it.
    session.db().releaseCacheMemory();
    ScoringReport report;
    report.asOf = asOf;
    report.customers = static_cast<qint64>(data->ids.size());
    const std::int32_t asOfDay = dayOf(asOf);
    const qint64 loadedNs = timer.nsecsElapsed();
    const long loadedPeakKb = peakRssKb();
    analytics::ScoringSettings scoringSettings = settings(session.db());
    report.abcWindowMonths = monthsOfWindow(scoringSettings.revenueWindowDays);
    scoringSettings.keepExpectedPurchases = false; // not stored: readers recompute them (ScoreRepository)
    scoringSettings.purchaseModel = model;
    // The debug log times each step of the models (the callers' progress is passed on).
    qint64 stepStartNs = timer.nsecsElapsed();
    std::string stepName = "start";
    const analytics::ProgressFn timedProgress = [&](double fraction, std::string_view step) {
        const qint64 now = timer.nsecsElapsed();
        spdlog::debug("scoring step '{}' {:.3f} s", stepName, (now - stepStartNs) / 1e9);
        stepStartNs = now;
        stepName = std::string(step);
        if (progress)
            progress(fraction, step);
    };
    report.result = analytics::CustomerScorer::score(data->input(asOfDay), scoringSettings, timedProgress, cancel);
    data->keepRevenueAndReleaseOrders(asOfDay);
    const qint64 scoredNs = timer.nsecsElapsed();
    const long scoredPeakKb = peakRssKb();
    if (report.result.cancelled)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("scoring was cancelled; nothing was stored"));
    if (!report.result.ok)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("scoring failed: %1").arg(QString::fromStdString(report.result.error)));
    if (report.result.customersWithOrders > 0 && !report.result.purchaseModelOk()) {
        const analytics::ScoringResult& r = report.result;
        const std::string& why = r.model == analytics::PurchaseModelKind::ParetoNbd       ? r.paretoNbd.error
                                 : r.model == analytics::PurchaseModelKind::ModifiedBgNbd ? r.mbgnbd.error
                                                                                          : r.bgnbd.error;
        return makeError(ErrorCode::Internal,
                         QStringLiteral("the %1 model did not converge (%2); nothing was stored")
                             .arg(str(analytics::purchaseModelName(r.model)), QString::fromStdString(why)));
    }
    if (progress)
        progress(0.95, "writing scores");
    report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QJsonObject parameters = report.toJson();
    parameters.remove(QStringLiteral("rfm_segments"));
    parameters.remove(QStringLiteral("stages"));
    if (auto saved = repo.save(asOf, *data, report.result, report.seconds, parameters); !saved)
        return saved.error();
    if (visibleIds)
        keepOnlyVisible(report, data->ids, *visibleIds);
    report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    spdlog::debug("scoring {} customers: read {:.3f} s, models {:.3f} s, write {:.3f} s; peak RSS after reading "
                  "{} MB, after the models {} MB, after writing {} MB",
                  report.customers, loadedNs / 1e9, (scoredNs - loadedNs) / 1e9, report.seconds - scoredNs / 1e9,
                  loadedPeakKb / 1024, scoredPeakKb / 1024, peakRssKb() / 1024);
    if (progress)
        progress(1.0, "done");
    return report;
}

core::Result<BacktestReport> ScoringService::backtest(Session& session, const QDate& calibrationEnd,
                                                      const QDate& holdoutEnd)
{
    if (!calibrationEnd.isValid() || !holdoutEnd.isValid() || holdoutEnd <= calibrationEnd)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the holdout end must be a date after the calibration end"),
                         QStringLiteral("holdout-end"));
    ScoreRepository repo(session);
    auto data = repo.load(holdoutEnd);
    if (!data)
        return data.error();
    BacktestReport report;
    report.calibrationEnd = calibrationEnd;
    report.holdoutEnd = holdoutEnd;
    const analytics::ScoringInput input = data->input(dayOf(holdoutEnd));
    report.result =
        analytics::Backtester::run(input.orders, data->ids.size(), dayOf(calibrationEnd), dayOf(holdoutEnd));
    if (!report.result.ok)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("backtest failed: %1").arg(QString::fromStdString(report.result.error)));
    report.models = analytics::PurchaseModelSelector::compare(input.orders, data->ids.size(), dayOf(calibrationEnd),
                                                              dayOf(holdoutEnd));
    // No full-history fit here: every model that fitted the calibration period may be chosen.
    analytics::PurchaseModelSelector::choose(report.models, {0.0, 0.0, 0.0});
    return report;
}

} // namespace carddesk::services
