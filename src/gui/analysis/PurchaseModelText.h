#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace carddesk::gui {

// The analysis page's words for a run's purchase model: its name and one short line on why it was used, from the
// run's stored parameters (`model`, `model_selection`).
class PurchaseModelText
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseModelText)

public:
    static QString name(const QString& modelId); // "bgnbd" -> "BG/NBD", ...
    // Empty for runs stored before the model choice existed (they used BG/NBD).
    static QString why(const QJsonObject& runParameters);
};

} // namespace carddesk::gui
