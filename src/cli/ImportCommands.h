#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// Customer import: import-customers, imports list|undo (contract in docs/CLI.md).
class ImportCommands
{
public:
    static int importCustomers(CliContext& ctx);
    static int imports(CliContext& ctx);
};

} // namespace carddesk::cli
