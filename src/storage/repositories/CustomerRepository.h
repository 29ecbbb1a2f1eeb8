#pragma once

#include "core/Customer.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace carddesk::storage {

// Customer cards, scoped to the session's user on every path (the list, its search and the export's rows are
// CustomerListQueries'). Writes are single BEGIN IMMEDIATE transactions that carry their own audit rows; a save whose
// row_version is stale is refused with ErrorCode::Conflict and nothing is written.
class CustomerRepository
{
public:
    explicit CustomerRepository(Session& session) : m_session(session) {}

    // Reads a card. With logAccess, the opening (借阅) is written to the access log.
    core::Result<core::Customer> get(qint64 id, bool logAccess = true);
    core::Result<core::Customer> getByCode(const QString& code, bool logAccess = true);

    // Validates, fills code (when empty) and owner (a rep's own id when empty), stores, audits. Returns the card
    // as stored, with id and row_version.
    core::Result<core::Customer> create(core::Customer customer);

    // Saves the fields that changed since `customer.rowVersion`; Conflict when another save came first.
    core::Result<core::Customer> update(const core::Customer& customer);

    // Deletes a card and everything that hangs off it (managers and admins only).
    core::Status remove(qint64 id);

    // Records an export of these cards in the access log (the export itself is the io layer's job).
    core::Status logExport(const std::vector<qint64>& customerIds, const QString& detail);

    // Rebuilds the search text of one customer from the card and its contacts.
    void refreshSearchText(qint64 customerId);

    static QString buildSearchText(const core::Customer& customer, const QStringList& contactTexts);

private:
    Session& m_session;
};

} // namespace carddesk::storage
