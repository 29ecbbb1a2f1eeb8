#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// Duplicates and merge (services::DuplicateFinder, services::CustomerMerge):
//   duplicates [--json] [--limit N]                 likely duplicate pairs in the user's scope, with the reasons
//   duplicates merge KEEP_ID OTHER_ID [--take FIELD[=other] ...]   merge OTHER into KEEP (manager, admin)
//   merges list [--json] [--limit N]                merges in the user's scope, newest first
//   merges undo ID                                  undo a merge while the kept card is unchanged since
class DuplicateCommands
{
public:
    static int duplicates(CliContext& ctx);
    static int merges(CliContext& ctx);
};

} // namespace carddesk::cli
