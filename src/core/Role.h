#pragma once

#include <QString>

#include <optional>

namespace carddesk::core {

// rep: own customers only; manager: customers of the reps in their area; admin: users and the whole office.
enum class Role
{
    Rep,
    Manager,
    Admin
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);

} // namespace carddesk::core
