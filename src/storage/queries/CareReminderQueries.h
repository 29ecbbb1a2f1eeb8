#pragma once

#include "core/AgendaItem.h"
#include "core/CareRules.h"
#include "storage/access/Session.h"

#include <string>
#include <vector>

namespace carddesk::storage {

// The care reminders (客户关怀) of a rep's day, the agenda's kind "reminder": contacts' birthdays (Gregorian, or lunar
// through core::LunarCalendar) and customers' founding anniversaries within their lead days, holiday greetings to A
// and B customers, and key customers not contacted for the rules' number of days — less the ones acted on
// (care_reminders 'done') or snoozed until after `day`. Lunar dates are worked out once per day of the window, never
// per contact. Runs inside the caller's read transaction (AgendaQueries); `scope` is its customer predicate on `c`.
class CareReminderQueries
{
public:
    explicit CareReminderQueries(Session& session) : m_session(session) {}

    // Earliest due first, then by customer name.
    std::vector<core::AgendaItem> items(qint64 ownerId, const QDate& day, const core::CareRules& rules,
                                        const std::string& scope);

private:
    Session& m_session;
};

} // namespace carddesk::storage
