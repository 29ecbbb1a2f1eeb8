#pragma once

#include "core/Result.h"
#include "core/SalesTarget.h"
#include "storage/access/Session.h"

#include <vector>

namespace carddesk::storage {

// Monthly sales and collection targets (sales_targets). A manager sets them for the reps of their area, the
// administrator for any rep and for areas; a rep reads their own. Each change is in the audit trail.
class SalesTargetRepository
{
public:
    explicit SalesTargetRepository(Session& session) : m_session(session) {}

    // Sets (or replaces) the targets of one rep or area for the given months, in one transaction. InvalidArgument
    // for a year outside 2000–2100, a month outside 1–12 or an amount that is negative, not finite or above
    // kMaxAmount; AccessDenied for a rep, or a rep or area outside the caller's reach.
    core::Status set(const std::vector<core::SalesTarget>& targets);

    // The targets of `year` the session may see (a rep: their own; a manager: their reps' and their area's; the
    // administrator: all), by rep or area and month.
    core::Result<std::vector<core::SalesTarget>> forYear(int year);

    static constexpr double kMaxAmount = 1e12;

private:
    Session& m_session;
};

} // namespace carddesk::storage
