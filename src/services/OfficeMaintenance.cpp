#include "services/OfficeMaintenance.h"

#include "storage/access/AccessScope.h"
#include "storage/db/DatabaseOptimizer.h"

namespace carddesk::services {

bool OfficeMaintenance::worthVacuuming(const storage::FileSpace& space)
{
    return space.freeShare() >= kVacuumFromFreeShare;
}

core::Result<OptimizeOutcome> OfficeMaintenance::optimize(storage::Session& session, bool vacuum)
{
    if (auto ok =
            storage::AccessScope::requireRole(session, core::Role::Admin, QStringLiteral("optimizing the office file"));
        !ok)
        return ok.error();
    OptimizeOutcome outcome;
    auto before = storage::FileSpace::of(session.db());
    if (!before)
        return before.error();
    outcome.before = *before;
    outcome.vacuumed = vacuum || worthVacuuming(*before);
    auto after = storage::DatabaseOptimizer::run(session.db(), outcome.vacuumed);
    if (!after)
        return after.error();
    outcome.after = *after;
    return outcome;
}

} // namespace carddesk::services
