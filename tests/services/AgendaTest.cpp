// The rep's day against independent SQL on a generated office: every kind, every rep of an area, the manager

#include "ScoredDemoSuite.h"
// looking at a rep's day, and a follow-up that fell due yesterday.
#include "core/CareHolidays.h"
#include "core/LunarCalendar.h"
#include "io/DemoOfficeGenerator.h"
#include "services/Agenda.h"
#include "services/ScoringService.h"
#include "services/VisitPlanning.h"
#include "storage/access/PasswordHasher.h"
#include "storage/repositories/InteractionRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <memory>
#include <set>
#include <tuple>

namespace carddesk::services::test {
namespace {

using Line = std::tuple<std::string, qint64, qint64, std::string, bool>; // kind, customer, record, due, overdue

class AgendaTest : public ScoredDemoSuite<600>
{
protected:
    static std::set<Line> lines(const std::vector<core::AgendaItem>& items)
    {
        std::set<Line> set;
        for (const core::AgendaItem& item : items)
            set.emplace(item.kind.toStdString(), item.customerId, item.recordId,
                        item.due.toString(Qt::ISODate).toStdString(), item.overdue);
        return set;
    }

    // A contact's birthday in the year `yearSql` as an ISO date; 29 February on the 28th in a common year.
    static std::string birthdayIn(const std::string& yearSql)
    {
        const std::string y = "printf('%04d', " + yearSql + ")";
        const std::string candidate = y + " || substr(birthday, 5)";
        return "CASE WHEN substr(birthday, 6, 5) = '02-29' AND date(" + candidate + ", '+0 days') IS NOT " + candidate +
               " THEN " + y + " || '-02-28' ELSE " + candidate + " END";
    }

    // The same day written independently: each open follow-up is found as "the customer's latest interaction"
    // by a window function, the leads as date arithmetic in SQL, no code shared with storage.
    static std::set<Line> expected(qint64 userId, const QDate& day)
    {
        const std::string d = "'" + day.toString(Qt::ISODate).toStdString() + "'";
        const std::string u = std::to_string(userId);
        const std::string sql =
            "WITH latest AS (SELECT i.*, row_number() OVER (PARTITION BY i.customer_id ORDER BY i.occurred_at DESC, "
            "i.id DESC) AS n FROM interactions i) "
            "SELECT 'follow_up', l.customer_id, l.id, l.next_follow_up FROM latest l JOIN customers c ON c.id = "
            "l.customer_id WHERE l.n = 1 AND c.owner_id = " +
            u + " AND l.next_follow_up <= " + d +
            " UNION ALL SELECT 'visit', v.customer_id, v.id, v.planned_date FROM visits v WHERE v.user_id = " + u +
            " AND v.status = 'planned' AND v.planned_date <= " + d +
            " UNION ALL SELECT 'reminder', c.id, k.id, CASE WHEN b.this_year >= " + d +
            " THEN b.this_year ELSE "
            "b.next_year END FROM contacts k JOIN customers c ON c.id = k.customer_id JOIN (SELECT id, " +
            birthdayIn("strftime('%Y', " + d + ")") + " AS this_year, " + birthdayIn("strftime('%Y', " + d + ") + 1") +
            " AS next_year FROM contacts WHERE birthday IS NOT NULL) b ON b.id = k.id WHERE c.owner_id = " + u +
            " AND (b.this_year BETWEEN " + d + " AND date(" + d + ", '+7 days') OR b.next_year BETWEEN " + d +
            " AND date(" + d + ", '+7 days')) AND k.birthday_lunar IS NULL AND k.do_not_contact = 0" +
            " UNION ALL SELECT 'complaint', k.customer_id, k.id, date(k.deadline, 'localtime') FROM complaints k JOIN "
            "customers c "
            "ON "
            "c.id = k.customer_id WHERE c.owner_id = " +
            u +
            " AND k.status IN ('new', 'acknowledged', 'in_progress', 'reopened') AND date(k.deadline, 'localtime') <= "
            "date(" +
            d +
            ", '+2 days') UNION ALL SELECT 'receivable', r.customer_id, r.id, r.due_date FROM receivables r JOIN "
            "customers c ON c.id = r.customer_id WHERE c.owner_id = " +
            u + " AND r.paid_amount < r.amount - 0.005 AND r.due_date <= date(" + d +
            ", '+14 days') UNION ALL SELECT 'at_risk', s.customer_id, 0, " + d +
            " FROM scores s JOIN customers c ON c.id = s.customer_id WHERE c.owner_id = " + u +
            " AND s.abc IN ('A', 'B') AND (s.lifecycle_stage = 'decline' OR s.churn_risk = 'high') AND c.status <> "
            "'lost'";
        SQLite::Statement q(s_db->sql(), sql);
        std::set<Line> set;
        while (q.executeStep()) {
            const std::string due = q.getColumn(3).getString();
            set.emplace(q.getColumn(0).getString(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64(), due,
                        due < day.toString(Qt::ISODate).toStdString());
        }
        careReminders(userId, day, set);
        return set;
    }

    // The care reminders storage does not find by month-day (issue 14), contact by contact and customer by customer:
    // a lunar birthday through LunarCalendar::occasionIn in each lunar year around the day (the agenda asks the
    // calendar the other way, which lunar dates fall on each day), anniversaries, holidays and key customers'
    // silence with the default rules.
    static void careReminders(qint64 userId, const QDate& day, std::set<Line>& set)
    {
        const std::string u = std::to_string(userId);
        const QDate last = day.addDays(7);
        auto add = [&](qint64 customer, qint64 record, const QDate& due) {
            set.emplace("reminder", customer, record, due.toString(Qt::ISODate).toStdString(), due < day);
        };
        int lunarYear = 0;
        core::LunarCalendar::fromGregorian(day, &lunarYear);
        SQLite::Statement lunar(s_db->sql(), "SELECT c.id, k.id, k.birthday_lunar FROM contacts k JOIN customers c ON "
                                             "c.id = k.customer_id WHERE c.owner_id = " +
                                                 u + " AND k.birthday_lunar IS NOT NULL AND k.do_not_contact = 0");
        while (lunar.executeStep())
            for (int year : {lunarYear - 1, lunarYear, lunarYear + 1})
                if (const QDate on =
                        core::LunarCalendar::occasionIn(year, core::LunarDate::fromCode(lunar.getColumn(2).getInt()));
                    on >= day && on <= last)
                    add(lunar.getColumn(0).getInt64(), lunar.getColumn(1).getInt64(), on);
        SQLite::Statement founded(s_db->sql(), "SELECT id, established FROM customers WHERE owner_id = " + u +
                                                   " AND established IS NOT NULL AND status <> 'lost'");
        while (founded.executeStep()) {
            const QDate established =
                QDate::fromString(QString::fromStdString(founded.getColumn(1).getString()), Qt::ISODate);
            for (QDate on = day; on <= last; on = on.addDays(1)) {
                const bool leapDayInCommonYear = established.month() == 2 && established.day() == 29 &&
                                                 !QDate::isLeapYear(on.year()) && on.month() == 2 && on.day() == 28;
                if (on.year() > established.year() &&
                    ((on.month() == established.month() && on.day() == established.day()) || leapDayInCommonYear))
                    add(founded.getColumn(0).getInt64(), 0, on);
            }
        }
        std::vector<QDate> holidays;
        for (const core::CareHoliday& holiday : core::CareHolidays::all())
            for (int year : {day.year(), day.year() + 1})
                if (const QDate on = core::CareHolidays::dateIn(holiday, year); on >= day && on <= last)
                    holidays.push_back(on);
        SQLite::Statement valuable(s_db->sql(), "SELECT s.customer_id FROM scores s JOIN customers c ON c.id = "
                                                "s.customer_id WHERE c.owner_id = " +
                                                    u + " AND s.abc IN ('A', 'B') AND c.status <> 'lost'");
        while (valuable.executeStep())
            for (const QDate& on : holidays)
                add(valuable.getColumn(0).getInt64(), 0, on);
        SQLite::Statement key(s_db->sql(), "SELECT c.id, coalesce((SELECT date(max(occurred_at)) FROM interactions i "
                                           "WHERE i.customer_id = c.id), date(c.created_at)) FROM customers c WHERE "
                                           "c.is_key = 1 AND c.status <> 'lost' AND c.owner_id = " +
                                               u);
        while (key.executeStep()) {
            const QDate due =
                QDate::fromString(QString::fromStdString(key.getColumn(1).getString()), Qt::ISODate).addDays(60);
            if (due <= day)
                add(key.getColumn(0).getInt64(), 0, due);
        }
    }
};

TEST_F(AgendaTest, EveryRepsDayIsExactlyTheDueItems)
{
    const QDate today = QDate::currentDate();
    storage::Session rep = session("rep01");
    // A follow-up that fell due yesterday, on a customer otherwise quiet: it must be on today's list, overdue.
    SQLite::Statement quiet(s_db->sql(),
                            "SELECT c.id FROM customers c WHERE c.owner_id = " + std::to_string(rep.userId()) +
                                " AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = c.id "
                                "AND i.next_follow_up IS NOT NULL) ORDER BY c.id LIMIT 1");
    ASSERT_TRUE(quiet.executeStep());
    core::Interaction call;
    call.customerId = quiet.getColumn(0).getInt64();
    call.channel = QStringLiteral("phone");
    call.occurredAt = QDateTime(today.addDays(-3), QTime(9, 0), Qt::UTC);
    call.summary = QStringLiteral("约好昨天回电");
    call.nextFollowUp = today.addDays(-1);
    auto logged = storage::InteractionRepository(rep).create(call);
    ASSERT_TRUE(logged);
    // And a visit planned for today.
    ASSERT_TRUE(VisitPlanning(rep, today).plan(call.customerId, today, QStringLiteral("送样品")));

    const auto repDay = Agenda(rep).forDay(today);
    ASSERT_TRUE(repDay) << repDay.error().toString().toStdString();
    const std::set<Line> got = lines(*repDay);
    EXPECT_EQ(got, expected(rep.userId(), today));
    EXPECT_TRUE(got.count(
        Line{"follow_up", call.customerId, logged->id, today.addDays(-1).toString(Qt::ISODate).toStdString(), true}));
    // Every kind occurs in a 600-customer office, so each statement is really compared.
    std::set<std::string> kinds;
    for (const Line& line : got)
        kinds.insert(std::get<0>(line));
    EXPECT_GE(kinds.size(), 5u) << "kinds present: " << kinds.size();
    // Grouped by kind in the page's order, each group by due date.
    for (size_t i = 1; i < repDay->size(); ++i) {
        const auto& a = (*repDay)[i - 1];
        const auto& b = (*repDay)[i];
        const auto ka = Agenda::kinds().indexOf(a.kind);
        const auto kb = Agenda::kinds().indexOf(b.kind);
        EXPECT_TRUE(ka < kb || (ka == kb && a.due <= b.due)) << i;
    }

    // The other reps of the area, on another day too.
    for (const char* name : {"rep02", "rep03", "rep04"}) {
        storage::Session other = session(name);
        for (const QDate& day : {today, today.addDays(5)}) {
            auto items = Agenda(other).forDay(day);
            ASSERT_TRUE(items);
            EXPECT_EQ(lines(*items), expected(other.userId(), day)) << name;
        }
    }
}

TEST_F(AgendaTest, CareRemindersAroundTheHolidaysAreExactlyTheDueOnes)
{
    // Days before 春节 2027 (02-06), 元宵, 端午 2026 (06-19), 中秋 2026 (09-25), 国庆 and 元旦, and today: every
    // occasion of care reminders turns up, and each day's list is exactly the independent one.
    storage::Session rep = session("rep01");
    std::set<QString> occasions;
    for (const QDate& day : {QDate(2027, 2, 1), QDate(2027, 2, 18), QDate(2026, 6, 15), QDate(2026, 9, 20),
                             QDate(2026, 9, 28), QDate(2026, 12, 27), QDate::currentDate()}) {
        auto items = Agenda(rep).forDay(day);
        ASSERT_TRUE(items) << items.error().toString().toStdString();
        EXPECT_EQ(lines(*items), expected(rep.userId(), day)) << day.toString(Qt::ISODate).toStdString();
        for (const core::AgendaItem& item : *items)
            if (item.kind == QLatin1String("reminder"))
                occasions.insert(item.occasion);
    }
    for (const char* occasion :
         {"birthday", "lunar_birthday", "anniversary", "no_contact", "holiday:spring_festival", "holiday:lantern",
          "holiday:dragon_boat", "holiday:mid_autumn", "holiday:national_day", "holiday:new_year"})
        EXPECT_TRUE(occasions.count(QString::fromLatin1(occasion))) << occasion;
}

// Bug: complaints escalated to the area manager (事件升级) were in no one's day: the manager owns no customers, and
// only the complaint list's filter showed them.
TEST_F(AgendaTest, AManagersOwnDayHasTheAreasEscalatedComplaintsAndTheAdministratorsTheirs)
{
    const QDate today = QDate::currentDate();
    storage::Session manager = session("manager.east");
    storage::Session admin = session("admin", "admin1234");
    const std::string area = std::to_string(manager.user().areaId);
    // Two open complaints in the east, escalated to the manager and beyond, one in another area, one resolved.
    auto escalate = [&](const std::string& where, int level, const char* status) {
        SQLite::Statement pick(s_db->sql(), "SELECT k.id FROM complaints k JOIN customers c ON c.id = k.customer_id "
                                            "WHERE " +
                                                where + " AND k.escalation_level = 0 ORDER BY k.id LIMIT 1");
        EXPECT_TRUE(pick.executeStep()) << where;
        const qint64 id = pick.getColumn(0).getInt64();
        s_db->sql().exec("UPDATE complaints SET escalation_level = " + std::to_string(level) + ", status = '" + status +
                         "' WHERE id = " + std::to_string(id));
        return id;
    };
    const qint64 toManager = escalate("c.area_id = " + area, 1, "in_progress");
    const qint64 toAdmin = escalate("c.area_id = " + area, 2, "new");
    const qint64 elsewhere = escalate("c.area_id <> " + area, 2, "in_progress");
    escalate("c.area_id = " + area, 1, "resolved");

    // Independent: the open escalated complaints by level and area, of customers not archived.
    auto expectedIds = [&](const std::string& where) {
        std::set<qint64> ids;
        SQLite::Statement q(s_db->sql(), "SELECT k.id FROM complaints k JOIN customers c ON c.id = k.customer_id WHERE "
                                         "k.status NOT IN ('resolved', 'closed') AND c.archived_at IS NULL AND " +
                                             where);
        while (q.executeStep())
            ids.insert(q.getColumn(0).getInt64());
        return ids;
    };
    auto escalatedIn = [](const std::vector<core::AgendaItem>& items) {
        std::set<qint64> ids;
        for (const core::AgendaItem& item : items)
            if (item.kind == QLatin1String("escalated"))
                ids.insert(item.recordId);
        return ids;
    };
    auto managersDay = Agenda(manager).forDay(today);
    ASSERT_TRUE(managersDay) << managersDay.error().toString().toStdString();
    const std::set<qint64> managers = escalatedIn(*managersDay);
    EXPECT_EQ(managers, expectedIds("k.escalation_level >= 1 AND c.area_id = " + area));
    EXPECT_TRUE(managers.count(toManager) && managers.count(toAdmin));
    EXPECT_FALSE(managers.count(elsewhere));

    auto adminsDay = Agenda(admin).forDay(today);
    ASSERT_TRUE(adminsDay);
    const std::set<qint64> admins = escalatedIn(*adminsDay);
    EXPECT_EQ(admins, expectedIds("k.escalation_level = 2"));
    EXPECT_TRUE(admins.count(toAdmin) && admins.count(elsewhere));
    EXPECT_FALSE(admins.count(toManager));

    // A rep's day, and the manager looking at a rep's day, have none.
    storage::Session rep = session("rep01");
    EXPECT_TRUE(escalatedIn(*Agenda(rep).forDay(today)).empty());
    EXPECT_TRUE(escalatedIn(*Agenda(manager).forDay(today, rep.userId())).empty());
}

TEST_F(AgendaTest, ManagersPickARepInTheirAreaRepsOnlyTheirOwn)
{
    const QDate today = QDate::currentDate();
    storage::Session manager = session("manager.east");
    storage::Session rep = session("rep01");
    Agenda managers(manager);
    auto rep01 = managers.whose(QStringLiteral("rep01"));
    ASSERT_TRUE(rep01);
    auto seen = managers.forDay(today, rep01->id);
    ASSERT_TRUE(seen);
    EXPECT_EQ(lines(*seen), lines(*Agenda(rep).forDay(today)));
    EXPECT_FALSE(seen->empty());
    // Another area's rep is not the east manager's to see.
    EXPECT_FALSE(managers.whose(QStringLiteral("rep05")));
    const auto pickable = managers.pickableUsers();
    ASSERT_TRUE(pickable);
    EXPECT_EQ(pickable->front().id, manager.userId());
    EXPECT_EQ(pickable->size(), 5u); // the manager and four reps

    // A rep sees only their own day.
    auto denied = Agenda(rep).whose(QStringLiteral("rep02"));
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, core::ErrorCode::AccessDenied);
    auto rep02 = managers.whose(QStringLiteral("rep02"));
    EXPECT_FALSE(Agenda(rep).forDay(today, rep02->id));
    // The administrator may open anyone's.
    storage::Session admin = session("admin", "admin1234");
    auto viaAdmin = Agenda(admin).forDay(today, rep01->id);
    ASSERT_TRUE(viaAdmin);
    EXPECT_EQ(lines(*viaAdmin), lines(*seen));
}

} // namespace
} // namespace carddesk::services::test
