#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// The manager's weekly report (issue 13):
//   report weekly [--week YYYY-Www | --month YYYY-MM | --quarter YYYY-Qn] [--area NAME] [--as-of YYYY-MM-DD] [--json]
//   report review --week YYYY-Www --user REP --comment TEXT
// Bad input (a week that does not exist, a future period, an area or user that does not exist or is not the
// reviewer's, an empty comment) exits with 2.
class ReportCommands
{
public:
    static int report(CliContext& ctx);
};

} // namespace carddesk::cli
