#include "services/ExportPolicy.h"

#include "core/Role.h"
#include "services/OfficeSettings.h"

namespace carddesk::services {

core::Status ExportPolicy::mayExport(storage::Session& session)
{
    const QString role = core::roleName(session.user().role);
    const QStringList allowed =
        OfficeSettings::value(session.db(), "export.roles").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& entry : allowed) {
        if (entry.trimmed() == role && session.user().active)
            return {};
    }
    return core::makeError(core::ErrorCode::AccessDenied,
                           QStringLiteral("the role %1 may not export data (office setting export.roles: %2)")
                               .arg(role, allowed.join(QLatin1Char(','))),
                           QStringLiteral("export"));
}

} // namespace carddesk::services
