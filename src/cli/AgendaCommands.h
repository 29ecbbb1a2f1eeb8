#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// The rep's day (services::Agenda):
//   agenda [--date D] [--rep USER] [--json]
// --json prints {"date", "user", "items": [{kind, customer_id, customer_code, customer_name, due, overdue,
// record_id, detail, amount}]}; other tools rely on these names (docs/CLI.md).
class AgendaCommands
{
public:
    static int agenda(CliContext& ctx);
};

} // namespace carddesk::cli
