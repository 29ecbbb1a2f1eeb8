#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// The analytics commands: import-orders, score, scores, backtest (contract in docs/CLI.md).
class AnalyticsCommands
{
public:
    static int importOrders(CliContext& ctx);
    static int score(CliContext& ctx);
    static int scores(CliContext& ctx);
    static int backtest(CliContext& ctx);
};

} // namespace carddesk::cli
