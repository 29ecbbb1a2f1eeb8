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

// The office itself, for the rows an office job writes: id 0 is stored as NULL, so they name no user. Only the
// escalation store sees this session; it is never used for a query that AccessScope would scope.
core::User systemUser()
{
    core::User system;
    system.id = 0;
    system.username = QStringLiteral("(system)");
    system.role = core::Role::Rep; // no rights of its own: nothing scoped is read with it
    return system;
}

// A little slack for clocks: the GUI passes the current time, which may be a moment ahead of the database's.
constexpr qint64 kFutureSlackSeconds = 60;

// The rules applied at `asOf` (checked not to be in the future) in one transaction of `caller`'s connection, when
// `caller` has at least the `minimum` role (checked inside it); the rows are written in the name of `author`.
core::Result<EscalationCounts> applyRules(storage::Session& caller, storage::Session& author, core::Role minimum,
                                          const QDateTime& asOf)
{
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The escalation time is not a valid time."),
                         QStringLiteral("as_of"));
    const QDateTime when = asOf.toUTC();
    if (when > QDateTime::currentDateTimeUtc().addSecs(kFutureSlackSeconds))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The escalation time %1 is in the future; the rules run as of now or earlier.")
                             .arg(when.toString(Qt::ISODate)),
                         QStringLiteral("as_of"));
    EscalationCounts counts;
    auto status = caller.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireRole(caller, minimum, QStringLiteral("running the escalation rules")); !ok)
            return ok;
        const int adminDays = ComplaintDeadline::adminEscalationDays(caller.db());
        for (const EscalationCandidate& c : ComplaintEscalationStore::candidates(author, when)) {
            const int target = targetLevel(c, when, adminDays);
            if (target <= c.escalationLevel)
                continue;
            if (!ComplaintEscalationStore::escalate(author, c, target, when, ComplaintEscalator::noteFor(target)))
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

} // namespace

QString ComplaintEscalator::noteFor(int escalationLevel)
{
    return escalationLevel >= 2 ? QStringLiteral("escalated to admin") : QStringLiteral("escalated to area manager");
}

core::Result<EscalationCounts> ComplaintEscalator::run(storage::Session& session, const QDateTime& asOf)
{
    return applyRules(session, session, core::Role::Manager, asOf);
}

core::Result<EscalationCounts> ComplaintEscalator::runAsOfficeJob(storage::Session& session, const QDateTime& asOf)
{
    // Any active user's session may trigger the office's job; what it writes is the system's, not theirs.
    storage::Session system(session.db(), systemUser());
    return applyRules(session, system, core::Role::Rep, asOf);
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
