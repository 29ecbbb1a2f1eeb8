#pragma once

#include "core/AgendaItem.h"
#include "core/Result.h"
#include "core/User.h"
#include "storage/access/Session.h"

#include <QDate>

#include <vector>

namespace carddesk::services {

// A rep's day (issue 14, "Today"): follow-ups due and overdue, planned visits due and overdue, care reminders
// (contacts' birthdays, Gregorian or lunar, founding anniversaries, holiday greetings to A/B customers, key customers
// not contacted for long; rules and lead days from the office settings `care.*`), complaints near
// or past their deadline, receivables due within 14 days or overdue, and A/B customers slipping (decline or high
// churn risk). A rep sees their own day; a manager or the administrator sees their own and may pick any user
// they can see (a manager: their area's reps), always within their customer scope. The CLI's `agenda` and the
// GUI's Today page both read it here.
class Agenda
{
public:
    explicit Agenda(storage::Session& session) : m_session(session) {}

    // The kinds in the order the day lists them.
    static const QStringList& kinds();

    // `userId` 0: the session's own day. Items grouped by kind (kinds() order), each group by due date.
    core::Result<std::vector<core::AgendaItem>> forDay(const QDate& day, qint64 userId = 0);

    // The user whose day `username` names: the session's own for an empty name; another one only for a manager or
    // the administrator, and only one they can see (AccessDenied / NotFound otherwise).
    core::Result<core::User> whose(const QString& username);

    // The users whose day the session may open: itself first, then (managers, admin) the active reps and
    // managers it can see, by name.
    core::Result<std::vector<core::User>> pickableUsers();

private:
    storage::Session& m_session;
};

} // namespace carddesk::services
