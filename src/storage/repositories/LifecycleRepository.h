#pragma once

#include "core/LifecycleEntry.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QStringList>

#include <vector>

namespace carddesk::storage {

// The customer lifecycle (客户生命周期): the history of stage transitions and the stage set by hand. The
// inferred stage is written by scoring; this class records what users decide. Scoped to the customer.
class LifecycleRepository
{
public:
    explicit LifecycleRepository(Session& session) : m_session(session) {}

    // potential, exploration, formation, stability, decline, lost, won_back (the schema's list).
    static const QStringList& stages();

    // Newest first. Before the first recorded event (or up to today when there is none) the stages replayed from
    // the customer's orders (analytics::StageReplay, LifecycleEntry::replayed, id 0), so the history starts at the
    // first order, not at the first scoring run.
    core::Result<std::vector<core::LifecycleEntry>> history(qint64 customerId);

    // Sets customers.manual_stage (and manual_stage_at) with a row_version bump, so a card editor holding the
    // old version gets a Conflict rather than overwriting it; records a manual history row with the user and
    // the reason (required). The "from" stage is the previous manual stage, or else the inferred one.
    core::Result<core::LifecycleEntry> setManualStage(qint64 customerId, const QString& stage, const QString& reason);

private:
    Session& m_session;
};

} // namespace carddesk::storage
