#pragma once

#include "cli/CliContext.h"
#include "cli/CommandOptions.h"
#include "storage/queries/ComplaintQueries.h"

namespace carddesk::cli {

// The commands of complaints and the customer lifecycle:
//   complaints list [--status S,...] [--overdue] [--escalated] [--level N] [--category NAME|ID] [--owner USER]
//                   [--as-of YYYY-MM-DD] [--format table|csv|json]
//   complaints escalate [--as-of YYYY-MM-DD]
//   lifecycle summary [--format ...]
//   lifecycle transitions --from D --to D [--to-stage S,...] [--format ...]
class ComplaintCommands
{
public:
    static int complaints(CliContext& ctx);
    static int lifecycle(CliContext& ctx);

    // The complaints list's filter options, shared with `export complaints`: parseFilter reads those that need no
    // database (a usage error otherwise), resolveFilter names to ids once logged in (the error printed, false).
    static QList<QCommandLineOption> filterOptions();
    static bool parseFilter(CommandOptions& options, storage::ComplaintFilter* filter);
    static bool resolveFilter(CliContext& ctx, const CommandOptions& options, storage::ComplaintFilter* filter);
};

} // namespace carddesk::cli
