#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// `equity [--by area|rep|abc|stage] [--trend] [--months N] [--json]`: customer equity (客户资产) of the user's scope
// (contract in docs/CLI.md).
class EquityCommands
{
public:
    static int equity(CliContext& ctx);
};

} // namespace carddesk::cli
