#pragma once

#include "core/Complaint.h"
#include "core/ComplaintCategory.h"
#include "core/ComplaintHistoryEntry.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QStringList>

#include <vector>

namespace carddesk::storage {

// Complaints (客户投诉) and their workflow. The only status moves are
//   new → acknowledged → in_progress → resolved → closed,  resolved/closed → reopened → in_progress,
// each written to complaint_history (who, when, note) and the audit trail in one transaction. Scoped to the
// customer on every method; escalation is not handled here.
class ComplaintRepository
{
public:
    explicit ComplaintRepository(Session& session) : m_session(session) {}

    static const QStringList& statuses();
    static bool canTransition(const QString& from, const QString& to);

    core::Result<std::vector<core::ComplaintCategory>> categories();

    // Level 1..4 and a description are required; receivedAt defaults to now. The deadline is receivedAt plus
    // the days the settings allow for the level (complaint.deadline_days.N). The owner defaults to the
    // customer's rep (the session's user for an unassigned customer). Starts as new, with a history row.
    core::Result<core::Complaint> create(core::Complaint complaint);

    // Newest first.
    core::Result<std::vector<core::Complaint>> listForCustomer(qint64 customerId);
    core::Result<core::Complaint> get(qint64 complaintId);
    core::Result<std::vector<core::ComplaintHistoryEntry>> history(qint64 complaintId);

    // Moves the complaint to `toStatus` (InvalidArgument, field "status", for a move the workflow does not
    // allow). Closing needs the customer's satisfaction or, without it, a reason in `note` (kept as
    // close_reason). Reopening clears satisfaction and close reason: the next resolution is asked anew.
    core::Result<core::Complaint> transition(qint64 complaintId, const QString& toStatus, const QString& note = {});

    // The customer's satisfaction (1..5) with the resolution; only once the complaint is resolved or closed.
    core::Result<core::Complaint> recordSatisfaction(qint64 complaintId, int score, const QString& comment = {});

private:
    Session& m_session;
};

} // namespace carddesk::storage
