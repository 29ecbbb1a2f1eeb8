#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace carddesk::storage {

// An open complaint the escalation rules may move up: what the rules read, as stored.
struct EscalationCandidate
{
    qint64 id = 0;
    qint64 customerId = 0;
    int level = 1;
    QString status;
    QDateTime deadline;
    int escalationLevel = 0;
    QString escalatedAt;
};

// Persistence of complaint escalation (事件升级): which complaints could move up, and the writes of one step up.
// The rules (which level a complaint reaches when) are services::ComplaintEscalator's. Call both inside the
// caller's Database::write so that a run is one transaction.
class ComplaintEscalationStore
{
public:
    // Open complaints (neither resolved nor closed) below level 2 that are of level 4 or past their deadline at
    // `when`, in id order. Office-wide: the rules are applied to every complaint, whoever triggers them.
    static std::vector<EscalationCandidate> candidates(Session& session, const QDateTime& when);

    // Sets escalation_level = target and escalated_at = when, if the complaint is still at the level read, and
    // writes one complaint_history row (status unchanged, `note`) and the audit rows. False when the complaint
    // changed since it was read (nothing is written for it).
    static bool escalate(Session& session, const EscalationCandidate& complaint, int target, const QDateTime& when,
                         const QString& note);
};

} // namespace carddesk::storage
