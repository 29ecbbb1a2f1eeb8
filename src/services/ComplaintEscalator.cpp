#include "services/ComplaintEscalator.h"

#include "storage/access/AccessScope.h"
#include "storage/db/Database.h"
#include "storage/repositories/ComplaintDeadline.h"
#include "storage/repositories/ComplaintEscalationStore.h"

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;
using storage::AccessScope;
using storage::ComplaintDeadline;
using storage::ComplaintEscalationStore;
using storage::EscalationCandidate;

namespace {

int targetLevel(const EscalationCandidate& c, const QDateTime& asOf, int adminDays)
{
    if (c.deadline.isValid() && asOf > ComplaintDeadline::addCalendarDays(c.deadline, adminDays))
        return 2;
    if ((c.deadline.isValid() && asOf > c.deadline) || c.level >= 4)
        return 1;
    return 0;
}

} // namespace

QString ComplaintEscalator::noteFor(int escalationLevel)
{
    return escalationLevel >= 2 ? QStringLiteral("escalated to admin") : QStringLiteral("escalated to area manager");
}

core::Result<EscalationCounts> ComplaintEscalator::run(storage::Session& session, const QDateTime& asOf)
{
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The escalation time is not a valid time."),
                         QStringLiteral("as_of"));
    const QDateTime when = asOf.toUTC();
    EscalationCounts counts;
    auto status = session.db().write([&]() -> core::Status {
        if (auto ok =
                AccessScope::requireRole(session, core::Role::Rep, QStringLiteral("running the escalation rules"));
            !ok)
            return ok;
        const int adminDays = ComplaintDeadline::adminEscalationDays(session.db());
        for (const EscalationCandidate& c : ComplaintEscalationStore::candidates(session, when)) {
            const int target = targetLevel(c, when, adminDays);
            if (target <= c.escalationLevel)
                continue;
            if (!ComplaintEscalationStore::escalate(session, c, target, when, noteFor(target)))
                continue;
            if (target == 2)
                ++counts.toAdmin;
            else
                ++counts.toAreaManager;
        }
        return {};
    });
    if (!status)
        return status.error();
    return counts;
}

core::Result<std::vector<storage::ComplaintListRow>> ComplaintEscalator::escalationQueue(storage::Session& session,
                                                                                         const QDateTime& asOf)
{
    if (auto ok = AccessScope::requireRole(session, core::Role::Manager, QStringLiteral("the escalation queue")); !ok)
        return ok.error();
    storage::ComplaintFilter filter;
    filter.statuses = {QStringLiteral("open")};
    filter.minEscalationLevel = session.isAdmin() ? 2 : 1;
    filter.asOf = asOf;
    // The manager's area comes from the scope: ComplaintQueries lists only their area's customers.
    return storage::ComplaintQueries(session).list(filter);
}

} // namespace carddesk::services
