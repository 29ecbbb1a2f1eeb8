#pragma once

#include "core/CollectionItem.h"
#include "core/Payment.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>
#include <QString>

#include <vector>

namespace carddesk::services {

// The rep's collections plan (收款计划, issue 14): the open receivables of the session's scope in the order to
// chase them, and payments recorded against them. A rep sees their own customers, a manager the area, the
// administrator the office (storage::AccessScope); a receivable outside the scope is not found.
class CollectionsPlan
{
public:
    // `today` is the caller's day (tests pass a fixed one).
    explicit CollectionsPlan(storage::Session& session, const QDate& today = QDate::currentDate())
        : m_session(session), m_today(today)
    {
    }

    // Highest priority first; within a priority the oldest due date, then the larger open amount.
    core::Result<std::vector<core::CollectionItem>> list(bool overdueOnly = false);

    // A payment (partial or full) against a receivable: more than 0, at most what is open, dated on or before
    // today. The receivable's paid_amount moves in the same transaction, with audit rows. The method is free
    // text (transfer, cash, cheque, …).
    core::Result<core::Payment> recordPayment(qint64 receivableId, const core::Payment& payment);

    // High: overdue more than 30 days, or overdue at a weak credit rating (B or C); Medium: overdue, or due
    // within 7 days; Low: later. `daysToDue` is negative when overdue.
    static core::CollectionPriority priorityOf(int daysToDue, const QString& creditRating);

private:
    storage::Session& m_session;
    QDate m_today;
};

} // namespace carddesk::services
