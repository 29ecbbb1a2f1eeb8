#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

namespace carddesk::services {

// Who may take data out of CardDesk as a file: the roles of the office setting export.roles (default managers and
// the administrator; docs/SECURITY.md says why). Every export asks here first; a refusal writes nothing.
class ExportPolicy
{
public:
    // AccessDenied, field "export", when the user's role is not among export.roles.
    static core::Status mayExport(storage::Session& session);
};

} // namespace carddesk::services
