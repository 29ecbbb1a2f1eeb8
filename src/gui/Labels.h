#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace carddesk::gui {

// The words shown for stored codes (status "potential" → 潜在客户). Storage keeps the codes; only the GUI
// translates them, in one place, so the list, the card and the filters say the same thing.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString status(const QString& code);
    static QString kind(const QString& code);
    static QString source(const QString& code);
    static QString loyalty(const QString& code);
    static QString size(const QString& code);
    static QString channel(const QString& code);
    static QString role(const QString& code);
    static QString creditRating(const QString& code);

    static const QStringList& sizes();
    static const QStringList& channels();
};

} // namespace carddesk::gui
