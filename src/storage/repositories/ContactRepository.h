#pragma once

#include "core/Contact.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <vector>

namespace carddesk::storage {

// Contacts (联系人) of a customer card. Every method checks that the customer is in the session's scope
// (NotFound otherwise, also for a contact id of someone else's customer) inside its own transaction; writes
// carry their audit rows and refresh the customer's search text so contact names and phones are found.
class ContactRepository
{
public:
    explicit ContactRepository(Session& session) : m_session(session) {}

    // Primary contact first, then by name.
    core::Result<std::vector<core::Contact>> listForCustomer(qint64 customerId);

    // Validates (first field-level error from CustomerValidator), stores, audits. Marking a contact primary
    // clears the flag on the customer's other contacts. Returns the contact as stored.
    core::Result<core::Contact> create(core::Contact contact);

    // Saves a contact read at `contact.rowVersion`; Conflict when someone saved it in between. A contact
    // cannot move to another customer.
    core::Result<core::Contact> update(const core::Contact& contact);

    core::Status remove(qint64 contactId);

private:
    Session& m_session;
};

} // namespace carddesk::storage
