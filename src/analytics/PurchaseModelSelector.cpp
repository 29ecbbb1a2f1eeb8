#include "analytics/PurchaseModelSelector.h"

#include "analytics/Backtester.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace carddesk::analytics {

namespace {

// The calibration-period summary the three fits need (x, t_x, T in days) and each customer's purchase days in the
// holdout, in one pass over the orders: lighter than a full CustomerSummary on a million customers.
struct CalibrationData
{
    std::vector<std::uint8_t> included;
    std::vector<std::int32_t> x, txDays, TDays;
    std::vector<double> holdoutPurchases;
    std::size_t customers = 0;
};

CalibrationData calibrationData(const OrderColumns& orders, std::size_t n, std::int32_t calibrationEnd,
                                std::int32_t holdoutEnd)
{
    CalibrationData d;
    d.included.assign(n, 0);
    d.x.assign(n, 0);
    d.txDays.assign(n, 0);
    d.TDays.assign(n, 0);
    d.holdoutPurchases.assign(n, 0.0);
    std::vector<std::int32_t> first(n, 0), last(n, 0), lastHoldout(n, -1);
    for (std::size_t i = 0; i < orders.size(); ++i) {
        const std::int32_t c = orders.customer[i], day = orders.day[i];
        if (day <= calibrationEnd) {
            if (!d.included[c]) {
                d.included[c] = 1;
                first[c] = last[c] = day;
            } else if (day != last[c]) {
                ++d.x[c]; // same-day orders are one purchase, as in CustomerSummary
                last[c] = day;
            }
        } else if (day <= holdoutEnd && d.included[c] && day != lastHoldout[c]) {
            d.holdoutPurchases[c] += 1.0;
            lastHoldout[c] = day;
        }
    }
    for (std::size_t c = 0; c < n; ++c) {
        if (d.included[c]) {
            d.txDays[c] = last[c] - first[c];
            d.TDays[c] = calibrationEnd - first[c];
            ++d.customers;
        }
    }
    return d;
}

std::string figure(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.4f", v);
    return text;
}

} // namespace

ModelSelection PurchaseModelSelector::backtest(const OrderColumns& orders, std::size_t customerCount,
                                               std::int32_t asOfDay, const SelectionOptions& options)
{
    ModelSelection selection;
    std::int32_t firstDay = asOfDay;
    for (std::size_t i = 0; i < orders.size(); ++i) {
        firstDay = std::min(firstDay, orders.day[i]);
    }
    const std::int32_t history = asOfDay - firstDay;
    if (history < options.minimumHistoryDays) {
        return selection;
    }
    const std::int32_t holdoutDays = std::min(options.holdoutDays, (history + 1) / 2);
    return compare(orders, customerCount, asOfDay - holdoutDays, asOfDay, options);
}

ModelSelection PurchaseModelSelector::compare(const OrderColumns& orders, std::size_t customerCount,
                                              std::int32_t calibrationEnd, std::int32_t holdoutEnd,
                                              const SelectionOptions& options)
{
    ModelSelection selection;
    selection.holdoutDays = holdoutEnd - calibrationEnd;
    selection.calibrationEnd = calibrationEnd;
    const CalibrationData d = calibrationData(orders, customerCount, calibrationEnd, holdoutEnd);
    selection.customers = d.customers;
    const BgNbdPatterns patterns = BgNbdPatterns::fromDays(d.x, d.txDays, d.TDays, d.included);
    BgNbdFitOptions fitOptions = options.fit;
    fitOptions.standardErrors = false;
    const double holdoutWeeks = selection.holdoutDays / 7.0;
    std::vector<std::uint8_t> boughtAgain(customerCount, 0);
    for (std::size_t c = 0; c < customerCount; ++c) {
        boughtAgain[c] = d.holdoutPurchases[c] > 0.0;
    }
    for (PurchaseModelKind kind :
         {PurchaseModelKind::BgNbd, PurchaseModelKind::ModifiedBgNbd, PurchaseModelKind::ParetoNbd}) {
        ModelBacktest& m = selection.models[static_cast<std::size_t>(kind)];
        if (kind == PurchaseModelKind::ParetoNbd) {
            // Fitted to whole weeks: the backtest only compares the models, and the day-exact Pareto/NBD fit is the
            // one expensive piece of a run (its 2F1 per distinct (x, day)); the predictions below use exact days.
            const ParetoNbdFit f = ParetoNbdModel::fit(ParetoNbdModel::roundedToWeeks(patterns), fitOptions);
            m.ok = f.ok;
            m.error = f.error;
            m.params = {f.params.r, f.params.alpha, f.params.s, f.params.beta};
            m.logLikelihood = f.logLikelihood;
        } else {
            const BgNbdFit f = kind == PurchaseModelKind::BgNbd ? BgNbdModel::fit(patterns, fitOptions)
                                                                : ModifiedBgNbdModel::fit(patterns, fitOptions);
            m.ok = f.ok;
            m.error = f.error;
            m.params = {f.params.r, f.params.alpha, f.params.a, f.params.b};
            m.logLikelihood = f.logLikelihood;
        }
        if (!m.ok) {
            continue;
        }
        const PurchaseModel model(kind, m.params);
        const std::vector<double> alive =
            model.probabilityAliveByDays(d.x, d.txDays, d.TDays, d.included, options.fit.threads);
        const std::vector<double> ifAlive =
            model.expectedIfAliveByDays(holdoutWeeks, d.x, d.TDays, d.included, options.fit.threads);
        double absoluteError = 0.0;
        for (std::size_t c = 0; c < customerCount; ++c) {
            if (d.included[c]) {
                const double predicted = ifAlive[c] * alive[c];
                m.predictedRepeat += predicted;
                m.actualRepeat += d.holdoutPurchases[c];
                absoluteError += std::abs(predicted - d.holdoutPurchases[c]);
            }
        }
        m.meanAbsoluteError = d.customers > 0 ? absoluteError / static_cast<double>(d.customers) : 0.0;
        m.auc = Backtester::auc(alive, boughtAgain, d.included);
    }
    selection.backtested =
        std::any_of(selection.models.begin(), selection.models.end(), [](const ModelBacktest& m) { return m.ok; });
    return selection;
}

void PurchaseModelSelector::choose(ModelSelection& selection, const std::array<double, 3>& fullLogLikelihood,
                                   double tolerance)
{
    auto usable = [&](std::size_t k) { return !std::isnan(fullLogLikelihood[k]); };
    if (selection.backtested) {
        double best = INFINITY;
        for (std::size_t k = 0; k < 3; ++k) {
            if (selection.models[k].ok && usable(k)) {
                best = std::min(best, selection.models[k].meanAbsoluteError);
            }
        }
        std::size_t chosen = 3;
        for (std::size_t k = 0; k < 3; ++k) {
            const ModelBacktest& m = selection.models[k];
            if (m.ok && usable(k) && m.meanAbsoluteError <= best * (1.0 + tolerance) &&
                (chosen == 3 || m.auc > selection.models[chosen].auc)) {
                chosen = k;
            }
        }
        if (chosen < 3) {
            selection.chosen = static_cast<PurchaseModelKind>(chosen);
            const ModelBacktest& m = selection.models[chosen];
            const bool lowest = m.meanAbsoluteError == best;
            selection.reason = std::string(purchaseModelName(selection.chosen)) + ": " +
                               (lowest ? "lowest" : "within 1% of the lowest") +
                               " error of predicted repeat purchases per customer (" + figure(m.meanAbsoluteError) +
                               ") over the last " + std::to_string(selection.holdoutDays) +
                               " days held out, P(alive) AUC " + figure(m.auc);
            return;
        }
    }
    std::size_t chosen = 3;
    for (std::size_t k = 0; k < 3; ++k) {
        if (usable(k) && (chosen == 3 || fullLogLikelihood[k] > fullLogLikelihood[chosen])) {
            chosen = k;
        }
    }
    selection.chosen = chosen < 3 ? static_cast<PurchaseModelKind>(chosen) : PurchaseModelKind::BgNbd;
    selection.reason = std::string(purchaseModelName(selection.chosen)) +
                       ": history too short to hold out a period; highest log-likelihood on the full history";
}

} // namespace carddesk::analytics
