#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QString>

namespace carddesk::storage {

// The status corrections a rep dismissed on a card (analytics::StoryAssessor offers them). A dismissal is an
// audit row (action "dismiss", table customers, field status_offer, old = the status kept, new = the status offered):
// no table of its own, and the audit trail says who turned the offer down and when. The same offer is not made
// again while the card keeps that status. Scoped to the customer.
class StatusOfferRepository
{
public:
    explicit StatusOfferRepository(Session& session) : m_session(session) {}

    core::Result<bool> dismissed(qint64 customerId, const QString& status, const QString& offered);
    // NotFound outside the scope; Conflict when the card's status is no longer `status`.
    core::Status dismiss(qint64 customerId, const QString& status, const QString& offered);

private:
    Session& m_session;
};

} // namespace carddesk::storage
