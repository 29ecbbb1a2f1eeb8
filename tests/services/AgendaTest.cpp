// The rep's day against independent SQL on a generated office: every kind, every rep of an area, the manager
// looking at a rep's day, and a follow-up that fell due yesterday.
#include "services/Agenda.h"
#include "io/DemoOfficeGenerator.h"
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

class AgendaTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        storage::PasswordHasher::setCost(storage::PasswordHasher::Cost::Minimum);
        s_dir = new QTemporaryDir;
        auto db = storage::Database::open(s_dir->filePath(QStringLiteral("office.db")));
        ASSERT_TRUE(db) << db.error().toString().toStdString();
        s_db = std::move(db).value().release();
        io::DemoOptions options;
        options.customers = 600;
        options.today = QDate::currentDate();
        auto summary = io::DemoOfficeGenerator::generate(*s_db, options, nullptr);
        ASSERT_TRUE(summary) << summary.error().toString().toStdString();
        storage::Session admin = session("admin", "admin1234");
        auto scored = ScoringService::score(admin, QDate::currentDate());
        ASSERT_TRUE(scored) << scored.error().toString().toStdString();
    }

    static void TearDownTestSuite()
    {
        delete s_db;
        delete s_dir;
    }

    static storage::Session session(const char* user, const char* password = "demo1234")
    {
        auto logged = storage::UserRepository::login(*s_db, QString::fromLatin1(user), QString::fromLatin1(password));
        if (!logged)
            throw std::runtime_error(logged.error().toString().toStdString());
        return storage::Session(*s_db, *logged);
    }

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
            " AND date(" + d + ", '+7 days'))" +
            " UNION ALL SELECT 'complaint', k.customer_id, k.id, date(k.deadline) FROM complaints k JOIN customers c "
            "ON "
            "c.id = k.customer_id WHERE c.owner_id = " +
            u + " AND k.status IN ('new', 'acknowledged', 'in_progress', 'reopened') AND date(k.deadline) <= date(" +
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
        return set;
    }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline storage::Database* s_db = nullptr;
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
