#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// optimize: upkeep of the office file (services::OfficeMaintenance).
class MaintenanceCommands
{
public:
    static int optimize(CliContext& ctx);
};

} // namespace carddesk::cli
