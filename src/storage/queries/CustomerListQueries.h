#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"
#include "storage/queries/CustomerFileRow.h"
#include "storage/queries/CustomerQuery.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace SQLite {
class Statement;
}

namespace carddesk::storage {

// The customer list as a read model: one page of a CustomerQuery (its search, filters, sort and window, in SQL),
// how many customers it matches, and the rows of a customer file (the export) for it. Scoped to the session's user
// on every path; every read is one read transaction. The cards themselves are CustomerRepository's.
class CustomerListQueries
{
public:
    explicit CustomerListQueries(Session& session) : m_session(session) {}

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

private:
    core::Status streamFileRows(const std::string& where, const std::function<void(SQLite::Statement&)>& bind,
                                const std::string& joins, const std::function<bool(const CustomerFileRow&)>& visit);
    // The ids of one page of `query`, in display order (list() reads their columns afterwards).
    std::vector<int64_t> pageIds(const CustomerQuery& query);

    Session& m_session;
};

} // namespace carddesk::storage
