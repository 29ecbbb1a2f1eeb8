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

namespace {

// The picked customers' work still to do follows them; what was done keeps who did it.
void movePickedWork(storage::Session& session, qint64 fromUserId, qint64 toUserId)
{
    HandoverStore::moveOpenComplaints(session, fromUserId, toUserId);
    HandoverStore::movePlannedVisits(session, fromUserId, toUserId);
    HandoverStore::finish(session);
}

} // namespace

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
        movePickedWork(session, fromUserId, toUserId);
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
    return session.db().write([&]() -> core::Status {
        storage::CustomerRepository repository(session);
        auto current = repository.get(customerId, false);
        if (!current)
            return current.error();
        core::Customer changed = *current;
        changed.ownerId = newOwnerId;
        if (auto saved = repository.update(changed); !saved)
            return saved.error();
        // Work still to do follows the customer, as in a handover: planned visits left with the old rep showed in
        // nobody's day (the old rep no longer sees the customer, the new one does not plan them).
        moveOpenWork(session, {customerId}, current->ownerId, newOwnerId);
        return {};
    });
}

void CustomerHandover::moveOpenWork(storage::Session& session, const std::vector<qint64>& customerIds,
                                    qint64 fromUserId, qint64 toUserId)
{
    if (fromUserId <= 0 || toUserId <= 0 || fromUserId == toUserId || customerIds.empty())
        return;
    HandoverStore::pickExactly(session, customerIds);
    movePickedWork(session, fromUserId, toUserId);
}

} // namespace carddesk::services
