#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// The commands of the foundation: init, demo, users, areas, customers, customer, handover, check.
class FoundationCommands
{
public:
    static int init(CliContext& ctx);
    static int demo(CliContext& ctx);
    static int users(CliContext& ctx);
    static int areas(CliContext& ctx);
    static int customers(CliContext& ctx);
    static int customer(CliContext& ctx);
    static int handover(CliContext& ctx);
    static int check(CliContext& ctx);
};

} // namespace carddesk::cli
