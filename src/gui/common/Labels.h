#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace carddesk::analytics {
struct ChurnReason;
}

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

    // Scoring codes as stored in the scores table (see storage::ScoreRepository).
    static QString stage(const QString& code);      // potential, exploration, ..., won_back
    static QString churnRisk(const QString& code);  // low | medium | high
    static QString advice(const QString& code);     // fight for | case by case | let go
    static QString rfmSegment(const QString& name); // "Can't Lose Them", ...
    static QString abc(const QString& code);        // A | B | C
    // One churn reason phrased in the user's language from its code and numbers.
    static QString churnReason(const analytics::ChurnReason& reason);

    static const QStringList& sizes();
    static const QStringList& channels();
    static const QStringList& stages();      // lifecycle stage codes in their natural order
    static const QStringList& rfmSegments(); // segment names, best first
};

} // namespace carddesk::gui
