#pragma once

#include "core/AgendaItem.h"
#include "core/CareRules.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <vector>

namespace carddesk::storage {

// The read model behind a rep's day: what is due on `day` about the customers `ownerId` owns (follow-ups,
// care reminders (CareReminderQueries), complaints, receivables, valuable customers slipping) and the visits `ownerId`
// is to make,
// within the session's scope. Each kind is one statement, ordered by due date; the service decides whose day it is.
class AgendaQueries
{
public:
    // How close a complaint's deadline or a receivable's due date must be to count.
    static constexpr int kComplaintLeadDays = 2;
    static constexpr int kReceivableLeadDays = 14;

    explicit AgendaQueries(Session& session) : m_session(session) {}

    // `rules`: which care reminders, how early (the office settings `care.*`; services::Agenda reads them).
    core::Result<std::vector<core::AgendaItem>> items(qint64 ownerId, const QDate& day,
                                                      const core::CareRules& rules = {});

private:
    Session& m_session;
};

} // namespace carddesk::storage
