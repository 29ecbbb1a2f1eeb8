#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace carddesk::services {

// The period a weekly review covers: an ISO week (Monday to Sunday), a calendar month or a quarter, written
// 2026-W05, 2026-03 or 2026-Q1.
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
    // exist (2026-W60, 2026-13, 2026-Q5) or a period that has not begun on `today`.
    static core::Result<ReviewPeriod> parse(const QString& text, const QDate& today);
    // The last full ISO week before `today`'s week.
    static ReviewPeriod lastFullWeek(const QDate& today);
    static ReviewPeriod week(int isoYear, int week);
    static ReviewPeriod month(int year, int month);
    static ReviewPeriod quarter(int year, int quarter);
    // The period of `kind` that holds `day`.
    static ReviewPeriod containing(Kind kind, const QDate& day);

    Kind kind() const { return m_kind; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QString label() const;         // 2026-W05, 2026-03, 2026-Q1
    ReviewPeriod previous() const; // the period of the same kind just before
    ReviewPeriod next() const;     // the period of the same kind just after
    bool operator==(const ReviewPeriod& other) const = default;

private:
    Kind m_kind = Kind::Week;
    QDate m_from;
    QDate m_to;
};

} // namespace carddesk::services
