#include "services/CareReminders.h"

#include "storage/repositories/CareReminderRepository.h"
#include "storage/repositories/InteractionRepository.h"

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;

core::Result<core::Interaction> CareReminders::act(const core::AgendaItem& reminder, core::Interaction interaction)
{
    if (interaction.customerId != reminder.customerId)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The interaction must be with the reminder's customer."),
                         QStringLiteral("customer_id"));
    if (interaction.contactId == 0 && reminder.recordId > 0)
        interaction.contactId = reminder.recordId;
    core::Interaction saved;
    auto status = m_session.db().write([&]() -> core::Status {
        auto logged = storage::InteractionRepository(m_session).create(interaction);
        if (!logged)
            return logged.error();
        saved = *logged;
        return storage::CareReminderRepository(m_session).markDone(reminder, saved.id);
    });
    if (!status)
        return status.error();
    return saved;
}

core::Status CareReminders::snooze(const core::AgendaItem& reminder, const QDate& until, const QString& reason)
{
    return storage::CareReminderRepository(m_session).snooze(reminder, until, reason);
}

} // namespace carddesk::services
