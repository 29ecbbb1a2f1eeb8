#pragma once

#include "core/Result.h"
#include "core/TimelineEntry.h"
#include "storage/access/Session.h"

#include <vector>

namespace carddesk::storage {

// The service history (服务历史) of a card as one timeline, newest first: interactions, visits, complaints
// and their status changes, orders, and changes to the card itself from the audit trail. A read model: it
// writes nothing. Scoped to the customer; card changes only for managers, admins and the owning rep.
class ServiceHistory
{
public:
    explicit ServiceHistory(Session& session) : m_session(session) {}

    core::Result<std::vector<core::TimelineEntry>> timeline(qint64 customerId);

private:
    Session& m_session;
};

} // namespace carddesk::storage
