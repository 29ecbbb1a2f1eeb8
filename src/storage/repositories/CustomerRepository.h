#pragma once

#include "core/Customer.h"
#include "core/Result.h"
#include "storage/access/Session.h"
#include "storage/queries/CustomerFileRow.h"
#include "storage/queries/CustomerQuery.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace SQLite {
class Statement;
}

namespace carddesk::storage {

// Customer cards, scoped to the session's user on every path. Writes are single BEGIN IMMEDIATE transactions
// that carry their own audit rows; a save whose row_version is stale is refused with ErrorCode::Conflict and
// nothing is written.
class CustomerRepository
{
public:
    explicit CustomerRepository(Session& session) : m_session(session) {}

    // One page of the list (query.offset, query.limit), in the query's order.
    core::Result<std::vector<CustomerListRow>> list(const CustomerQuery& query);
    // How many customers match. With limit > 0 counting stops there: a result equal to limit means "at least
    // limit", at the cost of limit rows instead of every match (what the list does on each keystroke).
    core::Result<qint64> count(const CustomerQuery& query, qint64 limit = 0);

    // Every customer `query` matches (its search, filters and the user's scope; its sort, offset and limit aside),
    // in code order, with its contacts (primary first), one call of `visit` per file row, read in one read
    // transaction without holding the rows: the export streams a million customers this way. `visit` returns false
    // to stop (a cancelled export); the rows seen so far are then all there is.
    core::Status forEachFileRow(const CustomerQuery& query, const std::function<bool(const CustomerFileRow&)>& visit);
    // The same rows for one card; NotFound when it is outside the user's scope.
    core::Status forEachFileRowOf(qint64 customerId, const std::function<bool(const CustomerFileRow&)>& visit);

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
    core::Status streamFileRows(const std::string& where, const std::function<void(SQLite::Statement&)>& bind,
                                const std::string& joins, const std::function<bool(const CustomerFileRow&)>& visit);
    // The ids of one page of `query`, in display order (list() reads their columns afterwards).
    std::vector<int64_t> pageIds(const CustomerQuery& query);

    Session& m_session;
};

} // namespace carddesk::storage
