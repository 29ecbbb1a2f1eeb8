#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <vector>

namespace carddesk::services {

// Handing customers from one rep to another (客户移交, when someone leaves or routes change), and reassigning one.
// The rules: managers only (within their area; admins anywhere); two different reps; the new owner must be an
// active rep or manager the session may assign to. Open work follows the customer — open complaints and planned
// visits — while what was done (orders, interactions, done visits) keeps who did it. One transaction, one audit
// row per customer.
class CustomerHandover
{
public:
    // Moves all customers of `fromUserId` (or exactly `customerIds`) to `toUserId`. Returns how many moved.
    static core::Result<qint64> handover(storage::Session& session, qint64 fromUserId, qint64 toUserId,
                                         const std::vector<qint64>& customerIds = {});

    // Assigns one customer to another owner (managers within their area, admins anywhere).
    static core::Status reassign(storage::Session& session, qint64 customerId, qint64 newOwnerId);

    // The open work `fromUserId` holds for `customerIds`, whose owner changed from `fromUserId` to `toUserId`,
    // follows them (one audit row each, action 'handover'), for writers that change owners themselves (reassign, a
    // customer import and its undo). Call inside the caller's Database::write, with customers it has checked;
    // nothing moves when either owner is 0 or they are the same.
    static void moveOpenWork(storage::Session& session, const std::vector<qint64>& customerIds, qint64 fromUserId,
                             qint64 toUserId);
};

} // namespace carddesk::services
