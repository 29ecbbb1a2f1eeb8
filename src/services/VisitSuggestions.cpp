#include "services/VisitSuggestions.h"

#include "storage/access/AccessScope.h"
#include "storage/db/ThreadCpuTime.h"
#include "storage/repositories/UserRepository.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;

core::Status VisitSuggestions::requireVisibleRep(qint64 repId)
{
    if (repId == m_session.userId())
        return {};
    if (auto ok = storage::AccessScope::requireRole(m_session, core::Role::Manager,
                                                    QStringLiteral("see another user's visit suggestions"));
        !ok)
        return ok;
    // A manager sees the reps of the area only: findByName answers within the session's scope.
    auto user = storage::UserRepository::findById(m_session.db(), repId);
    if (!user)
        return user.error();
    if (auto visible = storage::UserRepository::findByName(m_session, user->username); !visible)
        return visible.error();
    return {};
}

core::Result<VisitSuggestionList> VisitSuggestions::forWeek(const QDate& day, qint64 repId, int days)
{
    if (!day.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A week is required."), QStringLiteral("week"));
    if (days < 1 || days > 3650)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The days without a visit must be between 1 and 3650, not %1.").arg(days),
                         QStringLiteral("days"));
    VisitSuggestionList list;
    list.repId = repId > 0 ? repId : m_session.userId();
    if (auto ok = requireVisibleRep(list.repId); !ok)
        return ok.error();
    list.monday = mondayOf(day);
    list.sunday = list.monday.addDays(6);
    // A past week is judged as it stood on its Monday; the current week as of today.
    list.asOf = std::clamp(m_today, list.monday, list.sunday);
    if (m_today > list.sunday)
        list.asOf = list.monday;
    list.days = days;
    QElapsedTimer wall;
    wall.start();
    const double cpu = storage::threadCpuSeconds();
    auto rows = storage::VisitSuggestionQueries(m_session).forOwner(list.repId, list.asOf, days);
    if (!rows)
        return rows.error();
    spdlog::debug("visit suggestions for user {}: {} customers in {} ms ({:.3f} s CPU)", list.repId, rows->size(),
                  wall.elapsed(), storage::threadCpuSeconds() - cpu);
    list.rows = std::move(*rows);
    return list;
}

core::Result<QDate> VisitSuggestions::parseWeek(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-?W(\\d{1,2})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (match.hasMatch()) {
        const int year = match.captured(1).toInt();
        const int week = match.captured(2).toInt();
        // ISO week 1 holds 4 January; its Monday starts the count.
        const QDate monday = mondayOf(QDate(year, 1, 4)).addDays(7 * (week - 1));
        int isoYear = 0;
        if (week >= 1 && monday.weekNumber(&isoYear) == week && isoYear == year)
            return monday;
    }
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a week; write it as 2026-W50.").arg(text),
                     QStringLiteral("week"));
}

QString VisitSuggestions::weekLabel(const QDate& day)
{
    int isoYear = 0;
    const int week = day.weekNumber(&isoYear);
    return QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace carddesk::services
