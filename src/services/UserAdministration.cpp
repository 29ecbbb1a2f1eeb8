#include "services/UserAdministration.h"

#include "services/OfficeSetup.h"
#include "storage/access/AccessScope.h"
#include "storage/db/Database.h"
#include "storage/repositories/UserRepository.h"

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;
using storage::UserRepository;

core::Status UserAdministration::checkPassword(const QString& username, const QString& password)
{
    // One set of rules for every password: OfficeSetup's, which the first administrator's form checks as one types.
    const auto problem = OfficeSetup::checkPassword(username, password);
    if (!problem)
        return {};
    return makeError(ErrorCode::InvalidArgument,
                     *problem == OfficeSetup::Problem::PasswordIsUserName
                         ? QStringLiteral("a password must not be the user name")
                         : QStringLiteral("a password needs at least 8 characters"),
                     QStringLiteral("password"));
}

core::Result<core::User> UserAdministration::addUser(storage::Session& session, core::User user,
                                                     const QString& password)
{
    if (auto ok = checkPassword(user.username, password); !ok)
        return ok.error();
    return UserRepository::create(session, std::move(user), password);
}

core::Status UserAdministration::resetPassword(storage::Session& session, qint64 userId, const QString& password)
{
    // The administrator's job, for anyone, oneself included: one's own password is changed with the current one
    // (changeOwnPassword), so that an unlocked session alone cannot take over the account.
    if (auto ok = storage::AccessScope::requireRole(session, core::Role::Admin, QStringLiteral("resetting a password"));
        !ok)
        return ok;
    auto user = UserRepository::findById(session.db(), userId);
    if (!user)
        return user.error();
    if (auto ok = checkPassword(user->username, password); !ok)
        return ok;
    return UserRepository::setPassword(session, userId, password);
}

core::Status UserAdministration::changeOwnPassword(storage::Session& session, const QString& current,
                                                   const QString& next)
{
    if (!UserRepository::hasPassword(session.db(), session.userId(), current))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the current password is wrong"),
                         QStringLiteral("current_password"));
    if (current == next)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the new password is the current one"),
                         QStringLiteral("password"));
    if (auto ok = checkPassword(session.user().username, next); !ok)
        return ok;
    return UserRepository::setPassword(session, session.userId(), next);
}

core::Status UserAdministration::replaceResetPassword(storage::Session& session, const QString& next)
{
    auto me = UserRepository::findById(session.db(), session.userId());
    if (!me)
        return me.error();
    if (!me->mustChangePassword)
        return makeError(ErrorCode::AccessDenied,
                         QStringLiteral("your password was not reset: change it with your current password"),
                         QStringLiteral("current_password"));
    if (UserRepository::hasPassword(session.db(), session.userId(), next))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the new password is the one the administrator set; choose your own"),
                         QStringLiteral("password"));
    if (auto ok = checkPassword(me->username, next); !ok)
        return ok;
    return UserRepository::setPassword(session, session.userId(), next);
}

core::Status UserAdministration::rename(storage::Session& session, qint64 userId, const QString& displayName)
{
    return UserRepository::rename(session, userId, displayName);
}

core::Result<qint64> UserAdministration::deactivate(storage::Session& session, qint64 userId)
{
    if (auto ok = UserRepository::setActive(session, userId, false); !ok)
        return ok.error();
    auto counts = UserRepository::customerCounts(session);
    if (!counts)
        return counts.error();
    const auto it = counts->find(userId);
    return it == counts->end() ? 0 : it->second;
}

core::Status UserAdministration::reactivate(storage::Session& session, qint64 userId)
{
    return UserRepository::setActive(session, userId, true);
}

core::Result<UsersOverview> UserAdministration::overview(storage::Session& session)
{
    auto counts = UserRepository::customerCounts(session); // admin only: refuses others first
    if (!counts)
        return counts.error();
    auto users = UserRepository::list(session);
    if (!users)
        return users.error();
    auto areas = UserRepository::areas(session);
    if (!areas)
        return areas.error();
    UsersOverview overview;
    if (const auto unowned = counts->find(0); unowned != counts->end())
        overview.unassignedCustomers = unowned->second;
    std::vector<UserOverview>& rows = overview.users;
    rows.reserve(users->size());
    for (const core::User& user : *users) {
        UserOverview row;
        row.user = user;
        for (const core::Area& area : *areas)
            if (area.id == user.areaId)
                row.areaName = area.name;
        const auto it = counts->find(user.id);
        row.customers = it == counts->end() ? 0 : it->second;
        row.needsHandover = !user.active && row.customers > 0;
        rows.push_back(std::move(row));
    }
    return overview;
}

core::Result<core::Area> UserAdministration::addArea(storage::Session& session, const core::Area& area)
{
    return UserRepository::createArea(session, area);
}

core::Status UserAdministration::renameArea(storage::Session& session, qint64 areaId, const QString& name)
{
    return UserRepository::renameArea(session, areaId, name);
}

} // namespace carddesk::services
