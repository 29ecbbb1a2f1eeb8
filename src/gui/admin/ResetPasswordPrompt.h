#pragma once

#include "storage/access/Session.h"

class QWidget;

namespace carddesk::gui {

// Right after a log-in with a password an administrator reset: asks for the user's own password until one is
// accepted. Returns false when the user gives up (the caller logs them out again).
class ResetPasswordPrompt
{
public:
    static bool run(storage::Session& session, QWidget* parent = nullptr);
};

} // namespace carddesk::gui
