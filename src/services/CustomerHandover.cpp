#include "services/CustomerHandover.h"

#include "storage/access/AccessScope.h"
#include "storage/db/Database.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/HandoverStore.h"

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;
using storage::AccessScope;
using storage::HandoverStore;

core::Result<qint64> CustomerHandover::handover(storage::Session& session, qint64 fromUserId, qint64 toUserId,
                                                const std::vector<qint64>& customerIds)
{
    if (auto ok = AccessScope::requireRole(session, core::Role::Manager, QStringLiteral("a handover")); !ok)
        return ok.error();
    if (fromUserId == toUserId)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a handover needs two different reps"),
                         QStringLiteral("to"));
    if (auto ok = AccessScope::requireAssignableOwner(session, toUserId); !ok)
        return ok.error();
    // A manager hands over only reps of their own area; saying so beats silently moving nothing.
    auto area = HandoverStore::areaOf(session, fromUserId);
    if (!area)
        return area.error();
    if (session.isManager() && *area != session.user().areaId)
        return makeError(ErrorCode::AccessDenied, QStringLiteral("user %1 is not in your area").arg(fromUserId),
                         QStringLiteral("from"));
    qint64 moved = 0;
    auto status = session.db().write([&]() -> core::Status {
        auto picked = HandoverStore::pick(session, fromUserId, customerIds);
        if (!picked)
            return picked.error();
        moved = *picked;
        HandoverStore::moveCustomers(session, fromUserId, toUserId);
        // Work still to do follows the customer; what was done keeps who did it.
        HandoverStore::moveOpenComplaints(session, fromUserId, toUserId);
        HandoverStore::movePlannedVisits(session, fromUserId, toUserId);
        HandoverStore::finish(session);
        return {};
    });
    if (!status)
        return status.error();
    return moved;
}

core::Status CustomerHandover::reassign(storage::Session& session, qint64 customerId, qint64 newOwnerId)
{
    if (auto ok = AccessScope::requireRole(session, core::Role::Manager, QStringLiteral("reassigning a customer")); !ok)
        return ok;
    storage::CustomerRepository repository(session);
    auto current = repository.get(customerId, false);
    if (!current)
        return current.error();
    core::Customer changed = *current;
    changed.ownerId = newOwnerId;
    auto saved = repository.update(changed);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace carddesk::services
