#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"
#include "storage/queries/ComplaintQueries.h"

#include <QDateTime>

#include <vector>

namespace carddesk::services {

// How many complaints one run moved up, by the level they reached.
struct EscalationCounts
{
    qint64 toAreaManager = 0; // now at level 1
    qint64 toAdmin = 0;       // now at level 2 (directly from 0 when the run comes late)
};

// The escalation rules (事件升级) for open complaints (status neither resolved nor closed), applied at `asOf`:
//   level 1 (area manager): the complaint is past its deadline (asOf > deadline), or it is of level 4, the
//                           highest, which goes to the area manager at once;
//   level 2 (admin):        asOf > deadline + complaint.admin_escalation_days calendar days (default 3).
// A complaint only moves up: a run sets escalation_level to the highest level its rules reach, with escalated_at
// = asOf, one complaint_history row (status unchanged, note "escalated to area manager" / "escalated to admin",
// at the wall-clock time it was recorded, like every other step, user as below) and the audit rows, all in
// one transaction. A second run at the same moment finds nothing to do. Resolved and closed complaints are left alone;
// a reopened one is open again.
//
// The rules are an office job, not a user action on a card: they move complaints of every area, so they are never
// scoped to, nor recorded in the name of, a rep. Two ways in:
//   run():            a manager or the administrator applies them by hand (`carddesk-cli complaints escalate`);
//                     AccessDenied for a rep; the rows name the user who ran them.
//   runAsOfficeJob(): the desktop application applies them at start-up and every few minutes, whoever is logged
//                     in (an active user's session is enough to trigger them); the rows name no user (the system).
// Both refuse a moment in the future (InvalidArgument, field "as_of"): escalating ahead of time would send every
// open complaint to the administrator. The counts returned are office-wide.
class ComplaintEscalator
{
public:
    static core::Result<EscalationCounts> run(storage::Session& session, const QDateTime& asOf);
    static core::Result<EscalationCounts> runAsOfficeJob(storage::Session& session, const QDateTime& asOf);

    // The complaints waiting on this user, open ones only, newest first: a manager's queue is the escalated
    // complaints (level >= 1) of their area's customers, the admin's queue those at level 2. AccessDenied for
    // a rep, who has no queue.
    static core::Result<std::vector<storage::ComplaintListRow>> escalationQueue(storage::Session& session,
                                                                                const QDateTime& asOf = QDateTime());

    static QString noteFor(int escalationLevel);
};

} // namespace carddesk::services
