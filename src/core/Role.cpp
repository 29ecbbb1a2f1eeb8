#include "core/Role.h"

namespace carddesk::core {

QString roleName(Role role)
{
    switch (role) {
    case Role::Rep:
        return QStringLiteral("rep");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    if (name == QLatin1String("rep"))
        return Role::Rep;
    if (name == QLatin1String("manager"))
        return Role::Manager;
    if (name == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

} // namespace carddesk::core
