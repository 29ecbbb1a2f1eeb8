#pragma once

#include "core/AgendaItem.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>

namespace carddesk::storage {

// What was done about a care reminder (care_reminders, schema v21): acted on — the occasion is settled for that year
// (a birthday, a holiday) or that stretch of silence (no_contact) — or snoozed until a day, with the reason. One row
// per customer, contact, occasion and due day: a later snooze or the act replaces it. Every change is audited (table
// care_reminders) in the same transaction. The reminder must be about a customer the session may see.
class CareReminderRepository
{
public:
    explicit CareReminderRepository(Session& session) : m_session(session) {}

    static constexpr int kMaxSnoozeDays = 60;

    core::Status markDone(const core::AgendaItem& reminder, qint64 interactionId);
    // `until` after today's date and at most kMaxSnoozeDays ahead, and a reason (no control characters, at most
    // InputLimits::kLongText characters).
    core::Status snooze(const core::AgendaItem& reminder, const QDate& until, const QString& reason);

private:
    core::Status record(const core::AgendaItem& reminder, const QString& action, const QDate& until,
                        const QString& reason, qint64 interactionId);

    Session& m_session;
};

} // namespace carddesk::storage
