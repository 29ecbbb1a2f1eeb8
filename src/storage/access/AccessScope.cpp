#include "storage/access/AccessScope.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;
using core::Role;

std::string AccessScope::customerFilter(const Session& session, const char* alias)
{
    const core::User& user = session.user();
    const std::string a(alias);
    if (!user.active)
        return "0";
    // Checked in the query, not only in the session: a user deactivated while logged in loses access at once.
    const std::string active = "EXISTS (SELECT 1 FROM users WHERE id = " + std::to_string(user.id) + " AND active = 1)";
    switch (user.role) {
    case Role::Admin:
        return active;
    case Role::Manager:
        if (user.areaId <= 0)
            return "0";
        return "(" + active + " AND (" + a +
               ".owner_id IN (SELECT id FROM users WHERE area_id = " + std::to_string(user.areaId) + ") OR (" + a +
               ".owner_id IS NULL AND " + a + ".area_id = " + std::to_string(user.areaId) + ")))";
    case Role::Rep:
        return "(" + active + " AND " + a + ".owner_id = " + std::to_string(user.id) + ")";
    }
    return "0";
}

bool AccessScope::coversWholeOffice(const Session& session)
{
    if (session.user().role != Role::Admin || !session.user().active)
        return false;
    SQLite::Statement query(session.db().sql(), "SELECT active FROM users WHERE id = ?");
    query.bind(1, static_cast<int64_t>(session.userId()));
    return query.executeStep() && query.getColumn(0).getInt() == 1;
}

core::Status AccessScope::requireCustomer(const Session& session, qint64 customerId)
{
    SQLite::Statement query(session.db().sql(),
                            "SELECT 1 FROM customers c WHERE c.id = ? AND " + customerFilter(session, "c"));
    query.bind(1, static_cast<int64_t>(customerId));
    if (!query.executeStep())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("customer %1 does not exist or is not yours to see").arg(customerId));
    return {};
}

core::Status AccessScope::requireAssignableOwner(const Session& session, qint64 ownerId)
{
    SQLite::Statement query(session.db().sql(), "SELECT role, area_id, active FROM users WHERE id = ?");
    query.bind(1, static_cast<int64_t>(ownerId));
    if (!query.executeStep())
        return makeError(ErrorCode::NotFound, QStringLiteral("user %1 does not exist").arg(ownerId), "owner");
    if (query.getColumn(2).getInt() == 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("user %1 is not active").arg(ownerId), "owner");
    const std::string role = query.getColumn(0).getString();
    if (role == "admin")
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("user %1 is an administrator and cannot own customers").arg(ownerId), "owner");
    if (session.isManager() && query.getColumn(1).getInt64() != session.user().areaId)
        return makeError(ErrorCode::AccessDenied, QStringLiteral("user %1 is not in your area").arg(ownerId), "owner");
    if (session.user().role == Role::Rep && ownerId != session.userId())
        return makeError(ErrorCode::AccessDenied, QStringLiteral("a rep cannot assign customers to others"), "owner");
    return {};
}

core::Status AccessScope::requireRole(const Session& session, core::Role minimum, const QString& action)
{
    auto rank = [](Role role) { return role == Role::Rep ? 0 : role == Role::Manager ? 1 : 2; };
    SQLite::Statement active(session.db().sql(), "SELECT active FROM users WHERE id = ?");
    active.bind(1, static_cast<int64_t>(session.userId()));
    const bool stillActive = active.executeStep() && active.getColumn(0).getInt() != 0;
    if (!session.user().active || !stillActive || rank(session.user().role) < rank(minimum))
        return makeError(ErrorCode::AccessDenied,
                         QStringLiteral("%1 needs the %2 role").arg(action, core::roleName(minimum)));
    return {};
}

} // namespace carddesk::storage
