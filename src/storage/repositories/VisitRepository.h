#pragma once

#include "core/Result.h"
#include "core/Visit.h"
#include "core/VisitPlanEntry.h"
#include "storage/access/Session.h"

#include <string>
#include <vector>

namespace carddesk::storage {

// Visit planning (拜访计划): planned visits, their results, cancellations. A visit is planned → done or
// planned → cancelled, nothing else. Scoped to the customer on every method.
class VisitRepository
{
public:
    explicit VisitRepository(Session& session) : m_session(session) {}

    // Newest planned date first.
    core::Result<std::vector<core::Visit>> listForCustomer(qint64 customerId);

    // One user's visits planned between from and to (inclusive), for customers the session may see, in date
    // order: the week plan and the printable visit sheet.
    core::Result<std::vector<core::VisitPlanEntry>> listForUser(qint64 userId, const QDate& from, const QDate& to);

    // Visits planned between from and to (inclusive) of the customers the session may see, in date order;
    // `userId` 0: every visiting user's.
    core::Result<std::vector<core::VisitPlanEntry>> listInRange(const QDate& from, const QDate& to, qint64 userId = 0);

    // Visits still planned for a day before `before` of the customers the session may see (overdue ones, which
    // stay in the plan until done or cancelled), in date order; `userId` 0: every visiting user's.
    core::Result<std::vector<core::VisitPlanEntry>> listPlannedBefore(const QDate& before, qint64 userId = 0);

    // One visit of a customer the session may see (NotFound otherwise).
    core::Result<core::Visit> get(qint64 visitId);

    // Plans a visit (status planned). The visiting user defaults to the session's user; another user must be
    // one the session may assign customers to (a manager's own reps).
    core::Result<core::Visit> plan(core::Visit visit);

    // A planned visit becomes done with its result (required), stamped now.
    core::Result<core::Visit> markDone(qint64 visitId, const QString& result);

    // A planned visit becomes cancelled; the reason is kept in its result (a cancelled visit has no other).
    core::Result<core::Visit> cancel(qint64 visitId, const QString& reason = {});

private:
    core::Result<std::vector<core::VisitPlanEntry>> listWhere(const std::string& condition, const QDate& from,
                                                              const QDate& to, qint64 userId);
    core::Result<core::Visit> finish(qint64 visitId, const QString& status, const QString& result);

    Session& m_session;
};

} // namespace carddesk::storage
