#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"
#include "storage/db/FileSpace.h"

namespace carddesk::services {

struct OptimizeOutcome
{
    storage::FileSpace before;
    storage::FileSpace after;
    bool vacuumed = false;
};

// Keeping the office file in shape (administrator): fresh planner statistics always, and a VACUUM when much of the
// file is free pages (after a large erase or a restore of scores) or when asked for.
class OfficeMaintenance
{
public:
    // From this share of free pages on, a VACUUM is offered (and `optimize` runs one by itself).
    static constexpr double kVacuumFromFreeShare = 0.10;

    static bool worthVacuuming(const storage::FileSpace& space);
    static core::Result<OptimizeOutcome> optimize(storage::Session& session, bool vacuum);
};

} // namespace carddesk::services
