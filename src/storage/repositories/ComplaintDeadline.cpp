#include "storage/repositories/ComplaintDeadline.h"

#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

namespace {

int settingOr(Database& db, const std::string& key, int fallback)
{
    SQLite::Statement setting(db.sql(), "SELECT value FROM settings WHERE key = ?");
    setting.bind(1, key);
    if (!setting.executeStep())
        return fallback;
    bool ok = false;
    const int value = sqlbind::toQString(setting.getColumn(0)).trimmed().toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

} // namespace

int ComplaintDeadline::defaultDaysForLevel(int level)
{
    switch (level) {
    case 1:
        return 7;
    case 2:
        return 5;
    case 3:
        return 3;
    default:
        return 1;
    }
}

int ComplaintDeadline::daysForLevel(Database& db, int level)
{
    return settingOr(db, "complaint.deadline_days." + std::to_string(level), defaultDaysForLevel(level));
}

int ComplaintDeadline::adminEscalationDays(Database& db)
{
    return settingOr(db, "complaint.admin_escalation_days", kDefaultAdminEscalationDays);
}

QDateTime ComplaintDeadline::addCalendarDays(const QDateTime& from, int days)
{
    // In UTC: the office's stored times are UTC, and a UTC day has no daylight-saving gaps.
    return from.toUTC().addDays(days);
}

QDateTime ComplaintDeadline::deadlineFor(Database& db, const QDateTime& receivedAt, int level)
{
    return addCalendarDays(receivedAt, daysForLevel(db, level));
}

QDateTime ComplaintDeadline::endOfDay(const QDate& date)
{
    return QDateTime(date, QTime(23, 59, 59), Qt::UTC);
}

} // namespace carddesk::storage
