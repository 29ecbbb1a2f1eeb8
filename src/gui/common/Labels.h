#pragma once

#include "core/AbcClass.h"
#include "core/Channel.h"
#include "core/ChurnRisk.h"
#include "core/CompanySize.h"
#include "core/ComplaintLevel.h"
#include "core/ComplaintStatus.h"
#include "core/CustomerKind.h"
#include "core/CustomerSource.h"
#include "core/CustomerStatus.h"
#include "core/LoyaltyClass.h"
#include "core/Role.h"
#include "core/Stage.h"
#include "core/VisitStatus.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace carddesk::analytics {
struct ChurnReason;
}

namespace carddesk::gui {

// The words shown for the domain vocabulary (core::Stage::Potential → 潜在客户), in one place, so the list, the card,
// the filters and the change history say the same thing. The enum → stored code mapping is core's (core/Codes.h);
// the QString overloads read a stored code through it and show an unknown code as it is.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString of(core::Stage value);
    static QString of(core::CustomerStatus value);
    static QString of(core::CustomerKind value);
    static QString of(core::CustomerSource value);
    static QString of(core::CompanySize value);
    static QString of(core::LoyaltyClass value);
    static QString of(core::Channel value);
    static QString of(core::Role value);
    static QString of(core::ComplaintStatus value);
    static QString of(core::ComplaintLevel value);
    static QString of(core::VisitStatus value);
    static QString of(core::AbcClass value);
    static QString of(core::ChurnRisk value);

    static QString status(const QString& code);
    static QString kind(const QString& code);
    static QString source(const QString& code);
    static QString loyalty(const QString& code);
    static QString size(const QString& code);
    static QString channel(const QString& code);
    static QString role(const QString& code);
    static QString creditRating(const QString& code);
    static QString complaintStatus(const QString& code);
    static QString complaintLevel(int level);
    static QString visitStatus(const QString& code);

    // Scoring codes as stored in the scores table (see storage::ScoreRepository).
    static QString stage(const QString& code);      // potential, exploration, ..., won_back
    static QString churnRisk(const QString& code);  // low | medium | high
    static QString advice(const QString& code);     // fight for | case by case | let go
    static QString rfmSegment(const QString& name); // "Can't Lose Them", ...
    static QString abc(const QString& code);        // A | B | C
    // One churn reason phrased in the user's language from its code and numbers.
    static QString churnReason(const analytics::ChurnReason& reason);

    static const QStringList& sizes(); // with "" (not set) first
    static const QStringList& channels();
    static const QStringList& stages();      // lifecycle stage codes in their natural order
    static const QStringList& rfmSegments(); // segment names, best first
};

} // namespace carddesk::gui
