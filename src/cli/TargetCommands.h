#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// targets set | targets list: the monthly sales and collection targets (storage::SalesTargetRepository).
class TargetCommands
{
public:
    static int targets(CliContext& ctx);
};

} // namespace carddesk::cli
