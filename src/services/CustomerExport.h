#pragma once

#include "core/Result.h"
#include "services/ExportRequest.h"
#include "storage/access/Session.h"
#include "storage/queries/CustomerQuery.h"

namespace carddesk::services {

// Customers out of CardDesk as a .csv or .xlsx file in the customer file format (io::CustomerFileColumns, the one
// the import reads): one row per contact, the card on the customer's first row. Within the user's scope
// (AccessScope), for the roles export.roles allows (ExportPolicy), streamed from the query to the file, and written
// to the access log with the filter and the counts (ExportFile).
class CustomerExport
{
public:
    // The customer list as `query` filters it (search and filters; the list's sort, offset and limit do not
    // apply: the file is in customer-code order and holds every match).
    static core::Result<ExportOutcome> customers(storage::Session& session, const storage::CustomerQuery& query,
                                                 const ExportRequest& request);
    // One card and its contacts; NotFound when it is outside the user's scope.
    static core::Result<ExportOutcome> card(storage::Session& session, qint64 customerId, const ExportRequest& request);

    // The filter in words for the access log ("search='华东' status=current rep=12"), "all" when nothing filters.
    static QString describe(const storage::CustomerQuery& query);
};

} // namespace carddesk::services
