#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include "core/Role.h"

namespace carddesk::core {

// A person who logs in. The password hash never leaves the storage layer.
struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Rep;
    qint64 areaId = 0; // 0: no area (admins)
    bool active = true;
    // The password was set by an administrator: the user chooses their own before doing anything else.
    bool mustChangePassword = false;
    qint64 rowVersion = 0;
};

} // namespace carddesk::core
