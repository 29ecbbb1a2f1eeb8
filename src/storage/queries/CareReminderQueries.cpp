#include "storage/queries/CareReminderQueries.h"

#include "core/CareHolidays.h"
#include "core/LunarCalendar.h"
#include "storage/db/SqlBinding.h"

#include <QDateTime>

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace carddesk::storage {

using core::AgendaItem;

namespace {

// Month-days ("12-05") of the days from `day` to `day` + `lead`, as an SQL list: a yearly date on one of them is near.
// 29 February is kept on 28 February in a common year.
std::string monthDaysFrom(const QDate& day, int lead)
{
    std::string list;
    for (int i = 0; i <= lead; ++i) {
        const QDate d = day.addDays(i);
        list += (list.empty() ? "'" : ", '") + d.toString(QStringLiteral("MM-dd")).toStdString() + "'";
        if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
            list += ", '02-29'";
    }
    return list;
}

// The day in [day, day + lead] on which a yearly Gregorian date falls (29 February on the 28th in a common year).
QDate yearlyNear(const QDate& date, const QDate& day, int lead)
{
    for (int year : {day.year(), day.year() + 1}) {
        QDate on(year, date.month(), date.day());
        if (!on.isValid())
            on = QDate(year, 2, 28);
        if (on >= day && on <= day.addDays(lead))
            return on;
    }
    return {};
}

// Lunar birthdays (LunarDate::code) that fall in [day, day + lead], each with its day: one ICU look-up per day of the
// window, however many contacts there are.
std::map<int, QDate> lunarCodesFrom(const QDate& day, int lead)
{
    std::map<int, QDate> codes;
    for (int i = 0; i <= lead; ++i)
        for (const core::LunarDate& date : core::LunarCalendar::occasionsOn(day.addDays(i)))
            codes.emplace(date.code(), day.addDays(i));
    return codes;
}

std::string integerList(const std::map<int, QDate>& codes)
{
    std::string list;
    for (const auto& [code, on] : codes)
        list += (list.empty() ? "" : ", ") + std::to_string(code);
    return list.empty() ? "NULL" : list;
}

AgendaItem reminder(SQLite::Statement& q, const char* occasion)
{
    AgendaItem item;
    item.kind = QStringLiteral("reminder");
    item.occasion = QString::fromLatin1(occasion);
    item.recordId = q.getColumn(0).getInt64();
    item.customerId = q.getColumn(1).getInt64();
    item.customerCode = sqlbind::toQString(q.getColumn(2));
    item.customerName = sqlbind::toQString(q.getColumn(3));
    return item;
}

} // namespace

std::vector<AgendaItem> CareReminderQueries::items(qint64 ownerId, const QDate& day, const core::CareRules& rules,
                                                   const std::string& scope)
{
    auto& db = m_session.db().sql();
    const std::string customer = "c.id, c.code, c.name";
    std::vector<AgendaItem> items;

    if (rules.birthdays) {
        // Gregorian birthdays by month-day, lunar ones by their code; contacts asked not to be contacted are left out.
        const int lead = rules.birthdayLeadDays;
        const std::map<int, QDate> lunar = lunarCodesFrom(day, lead);
        SQLite::Statement q(db, "SELECT k.id, " + customer +
                                    ", k.name, k.birthday, k.birthday_lunar FROM customers c JOIN contacts k ON "
                                    "k.customer_id = c.id WHERE c.owner_id = ?1 AND k.do_not_contact = 0 AND "
                                    "((k.birthday_lunar IS NULL AND k.birthday IS NOT NULL AND substr(k.birthday, 6, "
                                    "5) IN (" +
                                    monthDaysFrom(day, lead) + ")) OR k.birthday_lunar IN (" + integerList(lunar) +
                                    ")) AND " + scope);
        q.bind(1, static_cast<int64_t>(ownerId));
        while (q.executeStep()) {
            const bool isLunar = !q.getColumn(6).isNull();
            AgendaItem item = reminder(q, isLunar ? "lunar_birthday" : "birthday");
            item.detail = sqlbind::toQString(q.getColumn(4));
            if (isLunar) {
                const auto found = lunar.find(q.getColumn(6).getInt());
                item.due = found != lunar.end() ? found->second : QDate();
            } else {
                item.due = yearlyNear(sqlbind::toDate(q.getColumn(5)), day, lead);
            }
            if (item.due.isValid())
                items.push_back(std::move(item));
        }
    }

    if (rules.anniversaries) {
        const int lead = rules.anniversaryLeadDays;
        SQLite::Statement q(db, "SELECT 0, " + customer +
                                    ", c.established FROM customers c WHERE c.owner_id = ?1 AND c.established IS NOT "
                                    "NULL AND c.status <> 'lost' AND substr(c.established, 6, 5) IN (" +
                                    monthDaysFrom(day, lead) + ") AND " + scope);
        q.bind(1, static_cast<int64_t>(ownerId));
        while (q.executeStep()) {
            const QDate established = sqlbind::toDate(q.getColumn(4));
            AgendaItem item = reminder(q, "anniversary");
            item.due = established.isValid() ? yearlyNear(established, day, lead) : QDate();
            // Founded this year is not an anniversary yet.
            if (!item.due.isValid() || item.due.year() <= established.year())
                continue;
            item.detail = QString::number(established.year());
            items.push_back(std::move(item));
        }
    }

    if (rules.holidays) {
        // The holidays within the lead days (this year's, or next year's early in January), then one greeting each
        // to every A and B customer of the latest scoring.
        std::vector<std::pair<QString, QDate>> near;
        for (const QString& code : rules.holidayCodes)
            if (const core::CareHoliday* holiday = core::CareHolidays::find(code))
                for (int year : {day.year() - 1, day.year(), day.year() + 1})
                    if (const QDate on = core::CareHolidays::dateIn(*holiday, year);
                        on.isValid() && on >= day && on <= day.addDays(rules.holidayLeadDays))
                        near.emplace_back(QStringLiteral("holiday:") + code, on);
        if (!near.empty()) {
            SQLite::Statement q(db, "SELECT 0, " + customer +
                                        " FROM customers c JOIN scores s ON s.customer_id = c.id WHERE c.owner_id = "
                                        "?1 AND s.abc_code IN (1, 2) AND c.status <> 'lost' AND " +
                                        scope);
            q.bind(1, static_cast<int64_t>(ownerId));
            while (q.executeStep())
                for (const auto& [occasion, on] : near) {
                    AgendaItem item = reminder(q, "holiday");
                    item.occasion = occasion;
                    item.detail = occasion.mid(8);
                    item.due = on;
                    items.push_back(std::move(item));
                }
        }
    }

    if (rules.noContact && rules.noContactDays > 0) {
        // Key customers whose last interaction (or, never contacted, whose card) is older than the rule's days: due
        // the day the silence reached them, late after it.
        SQLite::Statement q(db, "SELECT 0, " + customer +
                                    ", (SELECT max(i.occurred_at) FROM interactions i WHERE i.customer_id = c.id), "
                                    "c.created_at FROM customers c WHERE c.owner_id = ?1 AND c.is_key = 1 AND c.status "
                                    "<> 'lost' AND " +
                                    scope);
        q.bind(1, static_cast<int64_t>(ownerId));
        while (q.executeStep()) {
            // Stored in UTC; the silence counts from the office's local day.
            const QString last = sqlbind::toQString(q.getColumn(4));
            const QDate lastDay = QDateTime::fromString(last, Qt::ISODate).toLocalTime().date();
            const QDate since =
                last.isEmpty()
                    ? QDateTime::fromString(sqlbind::toQString(q.getColumn(5)), Qt::ISODate).toLocalTime().date()
                    : lastDay;
            if (!since.isValid())
                continue;
            AgendaItem item = reminder(q, "no_contact");
            item.due = since.addDays(rules.noContactDays);
            if (item.due > day)
                continue;
            item.detail = lastDay.isValid() ? lastDay.toString(Qt::ISODate) : QString();
            item.overdue = item.due < day;
            items.push_back(std::move(item));
        }
    }

    if (items.empty())
        return items;
    // What was done about them: acted on (this occasion settled), or snoozed until a later day.
    struct Settled
    {
        bool done = false;
        QDate until;
        QString reason;
    };
    std::map<std::tuple<qint64, qint64, QString, QDate>, Settled> settled;
    SQLite::Statement acks(db, "SELECT r.customer_id, r.contact_id, r.occasion, r.due, r.action, r.snoozed_until, "
                               "r.reason FROM care_reminders r JOIN customers c ON c.id = r.customer_id WHERE "
                               "c.owner_id = ?1");
    acks.bind(1, static_cast<int64_t>(ownerId));
    while (acks.executeStep())
        settled[{acks.getColumn(0).getInt64(), acks.getColumn(1).getInt64(), sqlbind::toQString(acks.getColumn(2)),
                 sqlbind::toDate(acks.getColumn(3))}] = {acks.getColumn(4).getString() == "done",
                                                         sqlbind::toDate(acks.getColumn(5)),
                                                         sqlbind::toQString(acks.getColumn(6))};
    std::vector<AgendaItem> due;
    due.reserve(items.size());
    for (AgendaItem& item : items) {
        const auto found = settled.find({item.customerId, item.recordId, item.occasion, item.due});
        if (found != settled.end()) {
            if (found->second.done || found->second.until > day)
                continue;
            item.snoozeReason = found->second.reason;
        }
        due.push_back(std::move(item));
    }
    std::stable_sort(due.begin(), due.end(), [](const AgendaItem& a, const AgendaItem& b) {
        return a.due != b.due ? a.due < b.due : a.customerName < b.customerName;
    });
    return due;
}

} // namespace carddesk::storage
