#pragma once

#include "core/Result.h"
#include "services/ExportRequest.h"
#include "storage/access/Session.h"
#include "storage/queries/ComplaintQueries.h"

namespace carddesk::services {

// The complaint list as the complaints page filters it, to .csv or .xlsx (io::ComplaintFileColumns), within the
// user's scope, for the roles export.roles allows, written to the access log with the filter and the count.
class ComplaintExport
{
public:
    // Every complaint `filter` matches (its offset and limit do not apply), newest received first.
    static core::Result<ExportOutcome> complaints(storage::Session& session, const storage::ComplaintFilter& filter,
                                                  const ExportRequest& request);

    // The filter in words for the access log, "all" when nothing filters.
    static QString describe(const storage::ComplaintFilter& filter);
};

} // namespace carddesk::services
