#pragma once

#include "core/FollowUpDue.h"
#include "core/Interaction.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QStringList>

#include <vector>

namespace carddesk::storage {

// Interactions with a customer (客户互动): calls, visits, messages... Scoped to the customer; the user who
// logs an interaction is the one recorded on it.
class InteractionRepository
{
public:
    explicit InteractionRepository(Session& session) : m_session(session) {}

    // The channels the schema accepts: visit, phone, sms, letter, email, im, meeting, hotline, online.
    static const QStringList& channels();

    // Newest first.
    core::Result<std::vector<core::Interaction>> listForCustomer(qint64 customerId);

    // Channel from channels(), occurredAt and a summary are required; a contact must be the customer's own.
    core::Result<core::Interaction> create(core::Interaction interaction);

    // Follow-ups due on or before `until`, for the customers the session may see, earliest first. A follow-up
    // counts as done once a later interaction with the same customer is logged.
    core::Result<std::vector<core::FollowUpDue>> followUpsDue(const QDate& until);

private:
    Session& m_session;
};

} // namespace carddesk::storage
