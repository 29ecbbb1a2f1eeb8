#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"
#include "storage/queries/VisitSheetCard.h"

#include <QDate>

#include <vector>

namespace carddesk::storage {

// Reads what a visit sheet prints (VisitSheetCard), in the session's scope: the planned visits of a day or a week
// with their customers' cards, or one card alone. A read model in one read transaction: a card is read by key
// through the per-customer indexes (contacts, interactions by time, complaints, receivables, scores), so a sheet
// costs the same on a million-customer office as on a small one. Writes nothing; the caller logs the export.
class VisitSheetQueries
{
public:
    explicit VisitSheetQueries(Session& session) : m_session(session) {}

    // Planned visits from `from` to `to` (inclusive) of customers in the scope, by day, then customer name;
    // `userId` 0: every user's visits the scope shows. `asOf` is the day receivables count as overdue from.
    core::Result<std::vector<VisitSheetCard>> visits(const QDate& from, const QDate& to, qint64 userId,
                                                     const QDate& asOf);

    // One customer's card without a visit; NotFound outside the scope.
    core::Result<VisitSheetCard> card(qint64 customerId, const QDate& asOf);

private:
    Session& m_session;
};

} // namespace carddesk::storage
