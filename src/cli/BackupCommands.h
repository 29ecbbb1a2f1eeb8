#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// backup, backups list, restore: the office's copies (services::BackupService).
class BackupCommands
{
public:
    static int backup(CliContext& ctx);
    static int backups(CliContext& ctx);
    static int restore(CliContext& ctx);
};

} // namespace carddesk::cli
