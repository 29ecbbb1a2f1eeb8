#include "services/Agenda.h"

#include "services/OfficeSettings.h"
#include "storage/access/AccessScope.h"
#include "storage/queries/AgendaQueries.h"
#include "storage/repositories/UserRepository.h"

#include <algorithm>

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;

const QStringList& Agenda::kinds()
{
    static const QStringList list{QStringLiteral("follow_up"), QStringLiteral("visit"),
                                  QStringLiteral("reminder"),  QStringLiteral("complaint"),
                                  QStringLiteral("escalated"), QStringLiteral("receivable"),
                                  QStringLiteral("at_risk")};
    return list;
}

core::Result<std::vector<core::AgendaItem>> Agenda::forDay(const QDate& day, qint64 userId)
{
    if (userId > 0 && userId != m_session.userId()) {
        if (auto ok = storage::AccessScope::requireRole(m_session, core::Role::Manager,
                                                        QStringLiteral("see another user's agenda"));
            !ok)
            return ok.error();
        auto user = storage::UserRepository::findById(m_session.db(), userId);
        if (!user)
            return user.error();
        if (auto visible = storage::UserRepository::findByName(m_session, user->username); !visible)
            return visible.error();
    }
    return storage::AgendaQueries(m_session).items(userId > 0 ? userId : m_session.userId(), day,
                                                   OfficeSettings::careRules(m_session.db()));
}

core::Result<core::User> Agenda::whose(const QString& username)
{
    if (username.isEmpty() || username == m_session.user().username)
        return m_session.user();
    if (auto ok = storage::AccessScope::requireRole(m_session, core::Role::Manager,
                                                    QStringLiteral("see another user's agenda"));
        !ok)
        return ok.error();
    return storage::UserRepository::findByName(m_session, username);
}

core::Result<std::vector<core::User>> Agenda::pickableUsers()
{
    std::vector<core::User> users{m_session.user()};
    if (!m_session.isManager() && !m_session.isAdmin())
        return users;
    auto all = storage::UserRepository::list(m_session);
    if (!all)
        return all.error();
    std::vector<core::User> others;
    for (const core::User& user : *all)
        if (user.id != m_session.userId() && user.active && user.role != core::Role::Admin)
            others.push_back(user);
    std::sort(others.begin(), others.end(),
              [](const core::User& a, const core::User& b) { return a.displayName < b.displayName; });
    users.insert(users.end(), others.begin(), others.end());
    return users;
}

} // namespace carddesk::services
