#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// crosssell rules | suggest | targets: association rules over the products customers hold and buy (docs/CLI.md).
class CrossSellCommands
{
public:
    static int crosssell(CliContext& ctx);
};

} // namespace carddesk::cli
