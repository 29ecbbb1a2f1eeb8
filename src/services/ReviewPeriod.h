#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace carddesk::services {

// The period a weekly review covers: a week, a calendar month or a quarter, written 2026-W05, 2026-03 or 2026-Q1.
// A week is an ISO week (Monday to Sunday) unless the office's week begins on another day (the setting
// report.week_start, 1 = Monday … 7 = Sunday): then week 2026-W05 is the seven days from that day on or before the
// Monday of ISO week 5, so a Sunday-first week keeps the number of the ISO week its Monday to Saturday lie in.
class ReviewPeriod
{
public:
    enum class Kind
    {
        Week,
        Month,
        Quarter
    };

    // Parses a period label; InvalidArgument (field "week") for a malformed label, a week or month that does not
    // exist (2026-W60, 2026-13, 2026-Q5) or a period that has not begun on `today`. A period still going on
    // `today` is cut there (lastDay()).
    static core::Result<ReviewPeriod> parse(const QString& text, const QDate& today, int firstDay = Qt::Monday);
    // The last full week before `today`'s week.
    static ReviewPeriod lastFullWeek(const QDate& today, int firstDay = Qt::Monday);
    static ReviewPeriod week(int isoYear, int week, int firstDay = Qt::Monday);
    static ReviewPeriod month(int year, int month);
    static ReviewPeriod quarter(int year, int quarter);
    // The period of `kind` that holds `day`.
    static ReviewPeriod containing(Kind kind, const QDate& day, int firstDay = Qt::Monday);

    // The same-named period for an office whose week begins on `firstDay` (months and quarters do not change).
    ReviewPeriod withFirstDay(int firstDay) const;
    // The same period, its figures counted up to `day` at the latest: a week in progress is reviewed as it stands
    // today, so nothing falls due or overdue on days still to come.
    ReviewPeriod cutAt(const QDate& day) const;

    Kind kind() const { return m_kind; }
    int firstDay() const { return m_firstDay; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // The last day the figures count: to(), or the day a period still going on was cut at (cutAt()).
    QDate lastDay() const { return m_lastDay.isValid() ? m_lastDay : m_to; }
    bool inProgress() const { return lastDay() < m_to; }
    QString label() const;         // 2026-W05, 2026-03, 2026-Q1
    ReviewPeriod previous() const; // the period of the same kind just before
    ReviewPeriod next() const;     // the period of the same kind just after
    bool operator==(const ReviewPeriod& other) const = default;

private:
    Kind m_kind = Kind::Week;
    QDate m_from;
    QDate m_to;
    QDate m_lastDay; // invalid: the whole period
    int m_firstDay = Qt::Monday;
};

} // namespace carddesk::services
