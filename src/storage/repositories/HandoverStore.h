#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <vector>

namespace carddesk::storage {

// Persistence of a handover (客户移交): the customers picked for it, and the moves of the rows that follow them.
// Which rows follow a customer is services::CustomerHandover's rule; call these inside its Database::write, in
// the order pick → audit and move customers → move complaints/visits → finish.
class HandoverStore
{
public:
    // The area of a user; NotFound (field "from") when the user does not exist.
    static core::Result<qint64> areaOf(Session& session, qint64 userId);

    // Picks the customers of `fromUserId` in the session's scope (all of them, or exactly `customerIds`:
    // InvalidArgument, field "customers", naming the first that is not the rep's or not in scope). Returns how
    // many were picked.
    static core::Result<qint64> pick(Session& session, qint64 fromUserId, const std::vector<qint64>& customerIds);
    // Picks exactly `customerIds`, which the caller has checked (they may have changed owner already).
    static void pickExactly(Session& session, const std::vector<qint64>& customerIds);

    // Moves the picked customers to `toUserId`, one audit row per customer (action 'handover', owner_id).
    static void moveCustomers(Session& session, qint64 fromUserId, qint64 toUserId);
    // Moves the picked customers' complaints owned by `fromUserId` that are neither resolved nor closed, one audit row
    // each (action 'handover', owner_id).
    static void moveOpenComplaints(Session& session, qint64 fromUserId, qint64 toUserId);
    // Moves the picked customers' visits planned by `fromUserId`, one audit row each (action 'handover', user_id).
    static void movePlannedVisits(Session& session, qint64 fromUserId, qint64 toUserId);
    // Forgets the picked customers.
    static void finish(Session& session);
};

} // namespace carddesk::storage
