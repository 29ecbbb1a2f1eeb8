#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// The manager's weekly report (issue 13):
//   report weekly [--week YYYY-Www | --month YYYY-MM | --quarter YYYY-Qn] [--area NAME] [--as-of YYYY-MM-DD] [--json]
//                 [--pdf FILE] [--xlsx FILE] [--lang en|zh_CN]
//   report review --week YYYY-Www --user REP --comment TEXT
// Bad input (a week that does not exist, a future period, an area or user that does not exist or is not the
// reviewer's, an empty comment, a PDF or workbook that cannot be written) exits with 2; nothing partial is left.
class ReportCommands
{
public:
    static int report(CliContext& ctx);
};

} // namespace carddesk::cli
