#pragma once

#include "analytics/GammaGammaModel.h"
#include "analytics/PurchaseModel.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carddesk::storage {

// The fitted models of one run, from its stored parameters: what readers need to recompute a customer's expected
// purchases, order value or equity (the run wrote only x, t_x, T, the mean value and P(alive)). The purchase model
// is the one the run used (`model`; runs before the choice existed used BG/NBD).
struct RunModels
{
    explicit RunModels(const QByteArray& parametersJson) : RunModels(QJsonDocument::fromJson(parametersJson).object())
    {
    }
    explicit RunModels(const QJsonObject& parameters)
    {
        const auto kind = analytics::parsePurchaseModelKind(
                              parameters.value(QStringLiteral("model")).toString(QStringLiteral("bgnbd")).toStdString())
                              .value_or(analytics::PurchaseModelKind::BgNbd);
        const bool pareto = kind == analytics::PurchaseModelKind::ParetoNbd;
        const QJsonObject fit =
            parameters
                .value(pareto ? QStringLiteral("pareto_nbd") : QString::fromUtf8(analytics::purchaseModelId(kind)))
                .toObject();
        auto value = [&fit](const char* name) { return fit.value(QLatin1String(name)).toDouble(); };
        purchase = pareto ? analytics::PurchaseModel(kind, {value("r"), value("alpha"), value("s"), value("beta")})
                          : analytics::PurchaseModel(kind, {value("r"), value("alpha"), value("a"), value("b")});
        const QJsonObject gg = parameters.value(QStringLiteral("gamma_gamma")).toObject();
        gammaGamma = analytics::GammaGammaModel(analytics::GammaGammaParams{gg.value(QStringLiteral("p")).toDouble(),
                                                                            gg.value(QStringLiteral("q")).toDouble(),
                                                                            gg.value(QStringLiteral("v")).toDouble()});
    }

    // Both models have usable parameters (a run whose spend model failed stored zeros; q <= 1 has no mean).
    bool usable() const
    {
        const auto& p = purchase.params();
        const auto& g = gammaGamma.params();
        return p[0] > 0 && p[1] > 0 && p[2] > 0 && p[3] > 0 && g.p > 0 && g.q > 1 && g.v > 0;
    }

    analytics::PurchaseModel purchase;
    analytics::GammaGammaModel gammaGamma;
};

} // namespace carddesk::storage
