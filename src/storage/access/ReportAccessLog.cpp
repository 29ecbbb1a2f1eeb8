#include "storage/access/ReportAccessLog.h"

#include "storage/access/AuditTrail.h"

namespace carddesk::storage {

core::Status ReportAccessLog::record(Session& session, Action action, const QString& detail,
                                     const std::function<core::Status()>& alongside)
{
    return session.db().write([&]() -> core::Status {
        AuditTrail::recordAccess(session.db(), session.userId(), 0,
                                 action == Action::Print ? QStringLiteral("print") : QStringLiteral("export"), detail);
        if (alongside)
            return alongside();
        return {};
    });
}

} // namespace carddesk::storage
