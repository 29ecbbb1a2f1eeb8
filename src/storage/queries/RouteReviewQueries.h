#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>

#include <vector>

namespace carddesk::storage {

// One rep's work in one region over a period: the route review (001 ⑤: at month or quarter end the cards are
// analysed to adjust each rep's sales routes). Region as the card says it ("" when not filled in).
struct RouteRow
{
    qint64 repId = 0;
    QString repName;
    QString region;
    qint64 customers = 0; // the rep's customers in the region now
    qint64 orders = 0;    // orders of those customers dated in the period
    double sales = 0;
    qint64 visitsDone = 0; // the rep's visits done in the period to customers of the region
};

// Reads for the route review, scoped like the weekly review (a rep: themselves; a manager: their area's reps; the
// administrator: every rep or one area's).
class RouteReviewQueries
{
public:
    explicit RouteReviewQueries(Session& session) : m_session(session) {}

    // By rep, then by sales (largest first), then region; areaId 0: the reader's whole scope.
    core::Result<std::vector<RouteRow>> byRegion(const QDate& from, const QDate& to, qint64 areaId);

private:
    Session& m_session;
};

} // namespace carddesk::storage
