#pragma once

#include "cli/CliContext.h"

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
};

} // namespace carddesk::cli
