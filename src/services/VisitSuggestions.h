#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"
#include "storage/queries/VisitSuggestionQueries.h"

#include <QDate>
#include <QString>

#include <vector>

namespace carddesk::services {

// A week's suggestions for one rep, grouped by region in `rows`' order.
struct VisitSuggestionList
{
    QDate monday; // the week, Monday first
    QDate sunday;
    QDate asOf;   // the day the rules are applied on: the week's Monday, or today within the current week
    int days = 0; // an A customer not visited for this many days is suggested
    qint64 repId = 0;
    std::vector<storage::VisitSuggestionRow> rows;
};

// Who to visit this week (issue 14): the rep's customers that are A customers not visited for N days, have
// overdue receivables, are in decline, or have an open complaint; customers with a visit already planned are
// left out. A rep asks for their own; managers and the administrator for a rep they may see.
class VisitSuggestions
{
public:
    static constexpr int kDefaultDays = 30;

    explicit VisitSuggestions(storage::Session& session, const QDate& today = QDate::currentDate())
        : m_session(session), m_today(today)
    {
    }

    // The suggestions for the week holding `day`; `repId` 0: the session's user.
    core::Result<VisitSuggestionList> forWeek(const QDate& day, qint64 repId = 0, int days = kDefaultDays);

    // The Monday of an ISO week written as 2026-W50 (or 2026W50).
    static core::Result<QDate> parseWeek(const QString& text);
    // The Monday of the week holding `day`.
    static QDate mondayOf(const QDate& day) { return day.addDays(1 - day.dayOfWeek()); }
    // The ISO week of `day` as 2026-W50.
    static QString weekLabel(const QDate& day);

private:
    core::Status requireVisibleRep(qint64 repId);

    storage::Session& m_session;
    QDate m_today;
};

} // namespace carddesk::services
