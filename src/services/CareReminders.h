#pragma once

#include "core/AgendaItem.h"
#include "core/Interaction.h"
#include "core/Result.h"
#include "storage/access/Session.h"

namespace carddesk::services {

// Acting on a care reminder (客户关怀) and putting one off. Acting logs the interaction (the greeting call, the
// visit) and settles the reminder's occasion in the same transaction: both are kept or neither. The GUI's Today page
// and tests call it; the agenda (services::Agenda) lists what is still due.
class CareReminders
{
public:
    explicit CareReminders(storage::Session& session) : m_session(session) {}

    // `interaction` is about the reminder's customer (its contact, for a birthday, when none is named).
    core::Result<core::Interaction> act(const core::AgendaItem& reminder, core::Interaction interaction);
    core::Status snooze(const core::AgendaItem& reminder, const QDate& until, const QString& reason);

private:
    storage::Session& m_session;
};

} // namespace carddesk::services
