#pragma once

#include "storage/db/Database.h"

#include <QDateTime>

namespace carddesk::storage {

// The deadline arithmetic of complaints, in one place. A level's deadline is the received time plus N calendar
// days (settings complaint.deadline_days.1..4, defaults 7/5/3/1): the same clock time N dates later, in UTC, so
// Jan 30 + 3 days is Feb 2 and Feb 27 2028 + 3 days is Mar 1 (a leap year). The admin escalation limit
// (complaint.admin_escalation_days, default 3) is counted the same way from the deadline.
class ComplaintDeadline
{
public:
    static constexpr int kDefaultAdminEscalationDays = 3;

    static int defaultDaysForLevel(int level);

    // The setting for `level` (1..4), or its default when the key is missing or not a whole number >= 0.
    // Reads the settings table; the caller holds the transaction.
    static int daysForLevel(Database& db, int level);
    static int adminEscalationDays(Database& db);

    static QDateTime addCalendarDays(const QDateTime& from, int days);
    static QDateTime deadlineFor(Database& db, const QDateTime& receivedAt, int level);

    // The end (23:59:59 UTC) of a day given as `--as-of D`: the moment the rules are applied for that date.
    static QDateTime endOfDay(const QDate& date);
};

} // namespace carddesk::storage
