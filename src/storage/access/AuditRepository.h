#pragma once

#include "core/AccessLogEntry.h"
#include "core/AuditEntry.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <vector>

namespace carddesk::storage {

// Reads the audit trail and the access log of one card. Writing them is AuditTrail's job, inside each action.
class AuditRepository
{
public:
    explicit AuditRepository(Session& session) : m_session(session) {}

    // Every recorded change of the card and its child rows (who, when, table, field, old → new), newest first.
    // Anyone who may see the customer may see its changes.
    core::Result<std::vector<core::AuditEntry>> changesForCustomer(qint64 customerId);

    // Who opened, exported or printed the card, newest first. Managers and admins only (AccessDenied for reps).
    core::Result<std::vector<core::AccessLogEntry>> accessLog(qint64 customerId);

private:
    Session& m_session;
};

} // namespace carddesk::storage
