#pragma once

#include "cli/CliContext.h"

namespace carddesk::cli {

// users deactivate|activate|reset-password|rename|passwd and areas rename (services::UserAdministration);
// `users add`/`list` and `areas add`/`list` are FoundationCommands'.
class UserCommands
{
public:
    static int users(CliContext& ctx, const QString& sub);
    static int renameArea(CliContext& ctx);
};

} // namespace carddesk::cli
