#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// settings list | settings set KEY VALUE [KEY VALUE ...] (services::OfficeSettings).
class SettingsCommands
{
public:
    static int settings(CliContext& ctx);
};

} // namespace carddesk::cli
