#include "core/Role.h"

namespace carddesk::core {

QString roleName(Role role)
{
    return codeOf(role);
}

std::optional<Role> roleFromName(const QString& name)
{
    return fromCode<Role>(name);
}

} // namespace carddesk::core
