#pragma once

#include "core/Area.h"
#include "core/Result.h"
#include "core/User.h"
#include "storage/access/Session.h"

#include <vector>

namespace carddesk::services {

// A user as the administrator's list shows them.
struct UserOverview
{
    core::User user;
    QString areaName;
    qint64 customers = 0;
    bool needsHandover = false; // inactive, and still owns customers
};

// The administrator's Users page: every user, and the customers no one owns (imported or created without a rep,
// or left so by hand in the file), which no user's count shows.
struct UsersOverview
{
    std::vector<UserOverview> users;
    qint64 unassignedCustomers = 0;
};

// Users and areas (用户与区域管理): the rules that span users and their customers. A deactivated rep's customers stay
// where they are, listed as needing a handover, until a manager hands them over (CustomerHandover). Passwords: at
// least 8 characters and not the user name.
class UserAdministration
{
public:
    static core::Status checkPassword(const QString& username, const QString& password);

    static core::Result<core::User> addUser(storage::Session& session, core::User user, const QString& password);
    // Administrator only, for any user (oneself included: see changeOwnPassword).
    static core::Status resetPassword(storage::Session& session, qint64 userId, const QString& password);
    // The session's own password; the current one must be given.
    static core::Status changeOwnPassword(storage::Session& session, const QString& current, const QString& next);
    // Right after logging in with a password an administrator reset: the user's own replaces it (no current one is
    // asked, the log-in has just checked it). Refused when the password was not reset.
    static core::Status replaceResetPassword(storage::Session& session, const QString& next);
    static core::Status rename(storage::Session& session, qint64 userId, const QString& displayName);
    // Returns how many customers the user still owns (they now need a handover).
    static core::Result<qint64> deactivate(storage::Session& session, qint64 userId);
    static core::Status reactivate(storage::Session& session, qint64 userId);

    // Every user with their area and customer count, and the customers without a rep (admin only).
    static core::Result<UsersOverview> overview(storage::Session& session);

    static core::Result<core::Area> addArea(storage::Session& session, const core::Area& area);
    static core::Status renameArea(storage::Session& session, qint64 areaId, const QString& name);
};

} // namespace carddesk::services
