#include "services/ReviewPeriod.h"

#include <QRegularExpression>

#include <algorithm>

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;

namespace {

int isoWeeksIn(int year)
{
    return QDate(year, 12, 28).weekNumber(); // 28 December always lies in the year's last ISO week
}

// Days from the first day of an office week to the Monday in it (0 for Monday-first weeks, 1 for Sunday-first).
int daysToMonday(int firstDay)
{
    return (8 - firstDay) % 7;
}

// `field`: the option the period was given as (week, month or quarter; "period" when it is none of them).
core::Error bad(const QString& message, const char* field)
{
    return makeError(ErrorCode::InvalidArgument, message, QString::fromLatin1(field));
}

const char* fieldOf(ReviewPeriod::Kind kind)
{
    switch (kind) {
    case ReviewPeriod::Kind::Month:
        return "month";
    case ReviewPeriod::Kind::Quarter:
        return "quarter";
    case ReviewPeriod::Kind::Week:
        break;
    }
    return "week";
}

} // namespace

ReviewPeriod ReviewPeriod::week(int isoYear, int week, int firstDay)
{
    const QDate jan4(isoYear, 1, 4); // ISO week 1 is the week with 4 January
    ReviewPeriod period;
    period.m_kind = Kind::Week;
    period.m_firstDay = firstDay;
    period.m_from = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1) - daysToMonday(firstDay));
    period.m_to = period.m_from.addDays(6);
    return period;
}

ReviewPeriod ReviewPeriod::month(int year, int month)
{
    ReviewPeriod period;
    period.m_kind = Kind::Month;
    period.m_from = QDate(year, month, 1);
    period.m_to = period.m_from.addMonths(1).addDays(-1);
    return period;
}

ReviewPeriod ReviewPeriod::quarter(int year, int quarter)
{
    ReviewPeriod period;
    period.m_kind = Kind::Quarter;
    period.m_from = QDate(year, 3 * (quarter - 1) + 1, 1);
    period.m_to = period.m_from.addMonths(3).addDays(-1);
    return period;
}

ReviewPeriod ReviewPeriod::containing(Kind kind, const QDate& day, int firstDay)
{
    switch (kind) {
    case Kind::Week: {
        ReviewPeriod period;
        period.m_firstDay = firstDay;
        period.m_from = day.addDays(-((day.dayOfWeek() - firstDay + 7) % 7));
        period.m_to = period.m_from.addDays(6);
        return period;
    }
    case Kind::Month:
        return month(day.year(), day.month());
    case Kind::Quarter:
        return quarter(day.year(), (day.month() - 1) / 3 + 1);
    }
    return {};
}

ReviewPeriod ReviewPeriod::lastFullWeek(const QDate& today, int firstDay)
{
    return containing(Kind::Week, today, firstDay).previous();
}

ReviewPeriod ReviewPeriod::withFirstDay(int firstDay) const
{
    if (m_kind != Kind::Week || firstDay == m_firstDay)
        return *this;
    int isoYear = 0;
    const int number = m_from.addDays(daysToMonday(m_firstDay)).weekNumber(&isoYear);
    const ReviewPeriod moved = week(isoYear, number, firstDay);
    return inProgress() ? moved.cutAt(lastDay()) : moved;
}

ReviewPeriod ReviewPeriod::cutAt(const QDate& day) const
{
    ReviewPeriod cut = *this;
    cut.m_lastDay = day.isValid() && day < m_to ? std::max(day, m_from) : QDate();
    return cut;
}

ReviewPeriod ReviewPeriod::previous() const
{
    return containing(m_kind, m_from.addDays(-1), m_firstDay);
}

ReviewPeriod ReviewPeriod::next() const
{
    return containing(m_kind, m_to.addDays(1), m_firstDay);
}

QString ReviewPeriod::label() const
{
    switch (m_kind) {
    case Kind::Week: {
        int isoYear = 0;
        const int number = m_from.addDays(daysToMonday(m_firstDay)).weekNumber(&isoYear);
        return QStringLiteral("%1-W%2").arg(isoYear, 4, 10, QLatin1Char('0')).arg(number, 2, 10, QLatin1Char('0'));
    }
    case Kind::Month:
        return m_from.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_from.year()).arg((m_from.month() - 1) / 3 + 1);
    }
    return {};
}

core::Result<ReviewPeriod> ReviewPeriod::parse(const QString& text, const QDate& today, int firstDay)
{
    static const QRegularExpression weekPattern(QStringLiteral("^(\\d{4})-W(\\d{1,2})$"));
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression quarterPattern(QStringLiteral("^(\\d{4})-Q(\\d)$"));
    const QString label = text.trimmed().toUpper();
    ReviewPeriod period;
    if (const auto m = weekPattern.match(label); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const int number = m.captured(2).toInt();
        if (year < 1900)
            return bad(QStringLiteral("Year %1 is out of range.").arg(year), "week");
        if (number < 1 || number > isoWeeksIn(year))
            return bad(QStringLiteral("%1 has ISO weeks 1 to %2; there is no week %3.")
                           .arg(year)
                           .arg(isoWeeksIn(year))
                           .arg(number),
                       "week");
        period = week(year, number, firstDay);
    } else if (const auto m = monthPattern.match(label); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const int number = m.captured(2).toInt();
        if (year < 1900 || number < 1 || number > 12)
            return bad(QStringLiteral("There is no month %1.").arg(text.trimmed()), "month");
        period = month(year, number);
    } else if (const auto m = quarterPattern.match(label); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const int number = m.captured(2).toInt();
        if (year < 1900 || number < 1 || number > 4)
            return bad(QStringLiteral("There is no quarter %1; quarters are Q1 to Q4.").arg(text.trimmed()), "quarter");
        period = quarter(year, number);
    } else {
        return bad(QStringLiteral("'%1' is not a period; write a week as 2026-W05, a month as 2026-03 or a quarter "
                                  "as 2026-Q1.")
                       .arg(text.trimmed()),
                   "period");
    }
    if (period.from() > today)
        return bad(QStringLiteral("%1 is in the future: it begins on %2.")
                       .arg(period.label(), period.from().toString(Qt::ISODate)),
                   fieldOf(period.kind()));
    return period.cutAt(today);
}

} // namespace carddesk::services
