#pragma once

#include "core/Codes.h"

#include <optional>

namespace carddesk::core {

// rep: own customers only; manager: customers of the reps in their area; admin: users and the whole office.
enum class Role
{
    Rep,
    Manager,
    Admin,
};

template <> struct CodeList<Role>
{
    static constexpr CodeEntries<Role, 3> entries{{
        {Role::Rep, "rep"},
        {Role::Manager, "manager"},
        {Role::Admin, "admin"},
    }};
};

// The stored codes (users.role); kept for the many callers that name roles by code.
QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);

} // namespace carddesk::core
