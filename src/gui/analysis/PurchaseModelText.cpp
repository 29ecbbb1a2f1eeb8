#include "gui/analysis/PurchaseModelText.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace carddesk::gui {

QString PurchaseModelText::name(const QString& modelId)
{
    if (modelId == QLatin1String("mbgnbd"))
        return QStringLiteral("MBG/NBD");
    if (modelId == QLatin1String("paretonbd"))
        return QStringLiteral("Pareto/NBD");
    return QStringLiteral("BG/NBD");
}

QString PurchaseModelText::why(const QJsonObject& runParameters)
{
    const QJsonObject selection = runParameters.value(QStringLiteral("model_selection")).toObject();
    if (selection.isEmpty())
        return {};
    const QString modelId = runParameters.value(QStringLiteral("model")).toString();
    if (selection.value(QStringLiteral("choice")).toString() != QLatin1String("auto"))
        return tr("%1 was chosen by hand for this run.").arg(name(modelId));
    if (!selection.value(QStringLiteral("backtested")).toBool())
        return tr("Chosen automatically: the history is too short to test predictions, so the model that fits it "
                  "best.");
    const QJsonObject models = selection.value(QStringLiteral("models")).toObject();
    const QJsonObject chosen = models.value(modelId).toObject();
    const double error = chosen.value(QStringLiteral("mean_absolute_error")).toDouble();
    double best = INFINITY;
    QStringList others;
    const QLocale locale;
    for (const QString& id : {QStringLiteral("bgnbd"), QStringLiteral("mbgnbd"), QStringLiteral("paretonbd")}) {
        const QJsonObject m = models.value(id).toObject();
        if (!m.value(QStringLiteral("ok")).toBool())
            continue;
        const double e = m.value(QStringLiteral("mean_absolute_error")).toDouble();
        best = std::min(best, e);
        if (id != modelId)
            others << QStringLiteral("%1 %2").arg(name(id), locale.toString(e, 'f', 3));
    }
    const int days = selection.value(QStringLiteral("holdout_days")).toInt();
    if (error <= best)
        return tr("Chosen automatically: it predicted the last %1 days from the days before with the smallest error, "
                  "%2 purchases per customer (%3).")
            .arg(days)
            .arg(locale.toString(error, 'f', 3), others.join(QStringLiteral(", ")));
    return tr("Chosen automatically: within 1% of the smallest error predicting the last %1 days (%2 purchases per "
              "customer), and best at telling who buys again (AUC %3).")
        .arg(days)
        .arg(locale.toString(error, 'f', 3),
             locale.toString(chosen.value(QStringLiteral("auc_p_alive")).toDouble(), 'f', 2));
}

} // namespace carddesk::gui
