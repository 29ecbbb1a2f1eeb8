#pragma once

#include "core/Result.h"
#include "core/Visit.h"
#include "core/VisitPlanEntry.h"
#include "storage/access/Session.h"

#include <QDate>
#include <QString>

#include <vector>

namespace carddesk::services {

// What a rep writes down after a visit: it becomes the customer's `visit` interaction.
struct VisitOutcome
{
    QString result;   // required
    QString nextStep; // optional, kept in the interaction's summary under the result
    QDate followUp;   // optional; today or later
};

// Visits from plan to report (拜访计划, issue 14): planned → done (with an interaction) or planned → cancelled
// (with a reason). The rules live here for both faces; storage writes and audits the rows. Every call is scoped
// by the session: a customer or visit outside it is not found.
class VisitPlanning
{
public:
    // `today` is the caller's day (tests pass a fixed one).
    explicit VisitPlanning(storage::Session& session, const QDate& today = QDate::currentDate())
        : m_session(session), m_today(today)
    {
    }

    // A visit on `date` (today or later) for a customer in the session's scope; `userId` 0: the session's user.
    core::Result<core::Visit> plan(qint64 customerId, const QDate& date, const QString& purpose = {},
                                   qint64 userId = 0);

    // Visits on `date` for several customers at once (a selection in the customer list, a region of the week's
    // suggestions), in one transaction: all are planned or, when one customer is refused, none.
    core::Result<std::vector<core::Visit>> planMany(const std::vector<qint64>& customerIds, const QDate& date,
                                                    const QString& purpose = {}, qint64 userId = 0);

    // In one transaction: the visit becomes done with the result, and a `visit` interaction (result, next step,
    // follow-up date) is logged by the session's user. A cancelled or done visit cannot be completed.
    core::Result<core::Visit> complete(qint64 visitId, const VisitOutcome& outcome);

    // A planned visit is cancelled with a reason (required); a done visit cannot be cancelled.
    core::Result<core::Visit> cancel(qint64 visitId, const QString& reason);

    // Visits planned between from and to (inclusive) in the session's scope; `userId` 0: everybody's.
    core::Result<std::vector<core::VisitPlanEntry>> list(const QDate& from, const QDate& to, qint64 userId = 0);

    // Visits still planned for a day before `before` (overdue when `before` is today): they stay in the plan until
    // done or cancelled. `userId` 0: everybody's in the session's scope.
    core::Result<std::vector<core::VisitPlanEntry>> overdue(const QDate& before, qint64 userId = 0);

    // The interaction summary a completed visit leaves: the result, then the next step on its own line.
    static QString interactionSummary(const VisitOutcome& outcome);

private:
    core::Status checkDate(const QDate& date) const;
    core::Status requirePlanned(qint64 visitId, const QString& action);

    storage::Session& m_session;
    QDate m_today;
};

} // namespace carddesk::services
