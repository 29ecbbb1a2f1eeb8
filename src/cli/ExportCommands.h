#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// Data out of CardDesk as files (for the roles the office setting export.roles allows; every export is in the
// access log):
//   export customers --format csv|xlsx --out FILE [--search TEXT] [--status S] [--rep USER] [--area NAME|ID] [--key]
//                    [--lang en|zh_CN] [--json]
//   export complaints --format csv|xlsx --out FILE [the filters of complaints list] [--lang ...] [--json]
//   export card ID|CODE --format csv|xlsx --out FILE [--lang ...] [--json]
class ExportCommands
{
public:
    static int exportData(CliContext& ctx);
};

} // namespace carddesk::cli
