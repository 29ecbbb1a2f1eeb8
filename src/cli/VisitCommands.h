#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// Visits from plan to report (services::VisitPlanning):
//   visits plan --customer ID|CODE --date D [--purpose TEXT]        prints the new visit's id
//   visits complete ID --result TEXT [--next-step TEXT] [--follow-up D]
//   visits cancel ID --reason TEXT
//   visits list [--from D] [--to D] [--json]                        default: today and the 6 days after
// A rule the input breaks (a date in the past, a cancelled visit completed) exits 2 like a usage error.
class VisitCommands
{
public:
    static int visits(CliContext& ctx);
};

} // namespace carddesk::cli
