#include "LocalTimeZone.h"
#include "StorageFixture.h"

#include "storage/queries/ComplaintQueries.h"
#include "storage/repositories/ComplaintCategoryRepository.h"
#include "storage/repositories/ComplaintDeadline.h"
#include "storage/repositories/ComplaintRepository.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <set>

namespace carddesk::storage::test {
namespace {

using core::Complaint;
using core::ErrorCode;

QDateTime utc(int y, int m, int d, int h = 9, int min = 30)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

class ComplaintWorkflowTest : public StorageFixture
{
protected:
    Complaint make(const core::Customer& customer, int level, const QDateTime& received, qint64 categoryId = 0)
    {
        Complaint c;
        c.customerId = customer.id;
        c.channel = QStringLiteral("phone");
        c.level = level;
        c.categoryId = categoryId;
        c.description = QStringLiteral("发票金额错误");
        c.receivedAt = received;
        return c;
    }

    Complaint create(Session& session, const core::Customer& customer, int level, const QDateTime& received,
                     qint64 categoryId = 0)
    {
        ComplaintRepository repo(session);
        return must(repo.create(make(customer, level, received, categoryId)), "create a complaint");
    }

    // Sets the time of every history step to `at` that moved the complaint to `status`, for exact resolution times.
    void setStepTime(qint64 complaintId, const QString& status, const QDateTime& at)
    {
        SQLite::Statement st(db().sql(),
                             "UPDATE complaint_history SET at = ? WHERE complaint_id = ? AND to_status = ?");
        st.bind(1, at.toUTC().toString(Qt::ISODate).toStdString());
        st.bind(2, static_cast<int64_t>(complaintId));
        st.bind(3, status.toStdString());
        st.exec();
    }

    qint64 categoryId(const QString& name)
    {
        SQLite::Statement q(db().sql(), "SELECT id FROM complaint_categories WHERE name = ?");
        q.bind(1, name.toStdString());
        if (!q.executeStep())
            throw std::runtime_error("no category " + name.toStdString());
        return q.getColumn(0).getInt64();
    }
};

// ----------------------------------------------------------------------------------------------------------------
// Workflow

TEST_F(ComplaintWorkflowTest, OnlyTheWorkflowsMovesAreAllowed)
{
    const std::set<std::pair<QString, QString>> allowed{
        {"new", "acknowledged"},  {"acknowledged", "in_progress"}, {"in_progress", "resolved"}, {"resolved", "closed"},
        {"resolved", "reopened"}, {"closed", "reopened"},          {"reopened", "in_progress"}};
    for (const QString& from : ComplaintRepository::statuses())
        for (const QString& to : ComplaintRepository::statuses())
            EXPECT_EQ(ComplaintRepository::canTransition(from, to), allowed.count({from, to}) == 1)
                << from.toStdString() << " -> " << to.toStdString();
}

TEST_F(ComplaintWorkflowTest, RefusedMovesChangeNothingAndAllowedOnesKeepHistory)
{
    const core::Customer customer = createCustomer(*m_rep1aSession);
    ComplaintRepository repo(*m_rep1aSession);
    Complaint c = create(*m_rep1aSession, customer, 2, utc(2024, 5, 2));

    for (const QString& refused : {QStringLiteral("in_progress"), QStringLiteral("resolved"), QStringLiteral("closed"),
                                   QStringLiteral("reopened"), QStringLiteral("bogus")}) {
        auto moved = repo.transition(c.id, refused, QStringLiteral("skip ahead"));
        ASSERT_FALSE(moved) << refused.toStdString();
        EXPECT_EQ(moved.error().code, ErrorCode::InvalidArgument);
        EXPECT_EQ(moved.error().field, QStringLiteral("status"));
    }
    EXPECT_EQ(must(repo.get(c.id), "get").status, QStringLiteral("new"));
    EXPECT_EQ(must(repo.history(c.id), "history").size(), 1u);

    const QStringList path{QStringLiteral("acknowledged"), QStringLiteral("in_progress"), QStringLiteral("resolved"),
                           QStringLiteral("reopened"),     QStringLiteral("in_progress"), QStringLiteral("resolved")};
    for (const QString& status : path)
        ASSERT_TRUE(repo.transition(c.id, status, QStringLiteral("note ") + status)) << status.toStdString();
    // Closing without satisfaction needs a reason; with it, none.
    auto noReason = repo.transition(c.id, QStringLiteral("closed"));
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().field, QStringLiteral("close_reason"));
    ASSERT_TRUE(repo.recordSatisfaction(c.id, 4, QStringLiteral("快")));
    auto closed = repo.transition(c.id, QStringLiteral("closed"));
    ASSERT_TRUE(closed) << closed.error().toString().toStdString();

    const auto history = must(repo.history(c.id), "history");
    ASSERT_EQ(history.size(), 8u);
    EXPECT_EQ(history[3].fromStatus, QStringLiteral("in_progress"));
    EXPECT_EQ(history[3].toStatus, QStringLiteral("resolved"));
    EXPECT_EQ(history[3].note, QStringLiteral("note resolved"));
    EXPECT_EQ(history[3].userId, m_rep1a.id);
    EXPECT_EQ(history.back().toStatus, QStringLiteral("closed"));

    // Closed is final except for reopening.
    auto back = repo.transition(c.id, QStringLiteral("in_progress"));
    ASSERT_FALSE(back);
    EXPECT_EQ(back.error().code, ErrorCode::InvalidArgument);
}

// ----------------------------------------------------------------------------------------------------------------
// Deadline arithmetic

TEST_F(ComplaintWorkflowTest, DeadlinesCountCalendarDaysAcrossMonthEndsAndLeapDays)
{
    EXPECT_EQ(ComplaintDeadline::addCalendarDays(utc(2025, 1, 30), 3), utc(2025, 2, 2));
    EXPECT_EQ(ComplaintDeadline::addCalendarDays(utc(2028, 2, 27), 3), utc(2028, 3, 1)); // 2028-02-29 exists
    EXPECT_EQ(ComplaintDeadline::addCalendarDays(utc(2027, 2, 27), 3), utc(2027, 3, 2)); // no Feb 29 in 2027
    EXPECT_EQ(ComplaintDeadline::addCalendarDays(utc(2024, 12, 30, 23, 59), 5), utc(2025, 1, 4, 23, 59));
    EXPECT_EQ(ComplaintDeadline::addCalendarDays(utc(2024, 4, 30), 1), utc(2024, 5, 1));
    // A local time is counted on its UTC instant: 2024-03-01 07:00 in UTC+8 is Feb 29 23:00 UTC.
    const QDateTime shanghai(QDate(2024, 3, 1), QTime(7, 0), QTimeZone(8 * 3600));
    EXPECT_EQ(ComplaintDeadline::addCalendarDays(shanghai, 1), utc(2024, 3, 1, 23, 0));

    // Through create: level 3 is 3 days by default; the settings change it.
    const core::Customer customer = createCustomer(*m_rep1aSession);
    EXPECT_EQ(create(*m_rep1aSession, customer, 3, utc(2025, 1, 30)).deadline, utc(2025, 2, 2));
    EXPECT_EQ(create(*m_rep1aSession, customer, 3, utc(2028, 2, 27)).deadline, utc(2028, 3, 1));
    EXPECT_EQ(create(*m_rep1aSession, customer, 1, utc(2028, 2, 27)).deadline, utc(2028, 3, 5));
    db().sql().exec("UPDATE settings SET value = '2' WHERE key = 'complaint.deadline_days.4'");
    EXPECT_EQ(create(*m_rep1aSession, customer, 4, utc(2028, 2, 28)).deadline, utc(2028, 3, 1));
    db().sql().exec("UPDATE settings SET value = 'soon' WHERE key = 'complaint.deadline_days.2'");
    EXPECT_EQ(create(*m_rep1aSession, customer, 2, utc(2025, 1, 31)).deadline, utc(2025, 2, 5)); // default 5
    db().sql().exec("DELETE FROM settings WHERE key = 'complaint.deadline_days.1'");
    EXPECT_EQ(ComplaintDeadline::daysForLevel(db(), 1), 7);
    EXPECT_EQ(ComplaintDeadline::adminEscalationDays(db()), 3); // seeded by migration v3
}

// ----------------------------------------------------------------------------------------------------------------
// Categories

TEST_F(ComplaintWorkflowTest, OnlyTheAdminEditsCategoriesAndEveryEditIsAudited)
{
    ComplaintCategoryRepository admin(*m_adminSession);
    ComplaintCategoryRepository manager(*m_manager1Session);
    ComplaintCategoryRepository rep(*m_rep1aSession);
    const qint64 auditBefore = scalar("SELECT count(*) FROM audit_log WHERE table_name = 'complaint_categories'");

    auto denied = manager.add(QStringLiteral("packaging"));
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, ErrorCode::AccessDenied);
    EXPECT_FALSE(rep.rename(categoryId(QStringLiteral("billing")), QStringLiteral("invoices")));
    EXPECT_FALSE(rep.setActive(categoryId(QStringLiteral("billing")), false));

    auto added = admin.add(QStringLiteral("  packaging "));
    ASSERT_TRUE(added) << added.error().toString().toStdString();
    EXPECT_EQ(added->name, QStringLiteral("packaging"));
    EXPECT_TRUE(added->active);
    auto duplicate = admin.add(QStringLiteral("Packaging"));
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().field, QStringLiteral("name"));
    EXPECT_FALSE(admin.add(QStringLiteral("  ")));
    EXPECT_FALSE(admin.rename(added->id, QStringLiteral("delivery")));
    auto missing = admin.rename(9999, QStringLiteral("x"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);

    auto renamed = admin.rename(added->id, QStringLiteral("包装"));
    ASSERT_TRUE(renamed);
    EXPECT_EQ(renamed->name, QStringLiteral("包装"));
    auto inactive = admin.setActive(added->id, false);
    ASSERT_TRUE(inactive);
    EXPECT_FALSE(inactive->active);

    // The list everybody reads has it, inactive; new complaints are not offered it and cannot use it.
    const auto all = must(rep.list(), "list categories");
    ASSERT_EQ(all.size(), 6u);
    EXPECT_EQ(all.back().name, QStringLiteral("包装"));
    EXPECT_FALSE(all.back().active);
    const auto offered = must(ComplaintRepository(*m_rep1aSession).categories(), "active categories");
    EXPECT_TRUE(std::none_of(offered.begin(), offered.end(), [&](const auto& c) { return c.id == added->id; }));
    const core::Customer customer = createCustomer(*m_rep1aSession);
    EXPECT_FALSE(ComplaintRepository(*m_rep1aSession).create(make(customer, 1, utc(2024, 1, 2), added->id)));

    // insert (name, active) + rename (name) + deactivate (active), each by the admin.
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'complaint_categories'") - auditBefore, 4);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'complaint_categories' AND user_id <> " +
                     std::to_string(m_admin.id)),
              0);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'complaint_categories' AND field = 'name' "
                     "AND old_value = 'packaging' AND new_value = '包装'"),
              1);
}

// ----------------------------------------------------------------------------------------------------------------
// The list: filters and scope

TEST_F(ComplaintWorkflowTest, ListIsScopedToTheUsersCustomers)
{
    const core::Customer a = createCustomer(*m_rep1aSession);
    const core::Customer b = createCustomer(*m_rep1bSession);
    const core::Customer c = createCustomer(*m_rep2Session);
    const qint64 ka = create(*m_rep1aSession, a, 1, utc(2024, 1, 2)).id;
    const qint64 kb = create(*m_rep1bSession, b, 1, utc(2024, 1, 3)).id;
    const qint64 kc = create(*m_rep2Session, c, 1, utc(2024, 1, 4)).id;

    auto ids = [&](Session& session) {
        std::set<qint64> result;
        for (const ComplaintListRow& row : must(ComplaintQueries(session).list({}), "list"))
            result.insert(row.complaint.id);
        return result;
    };
    EXPECT_EQ(ids(*m_rep1aSession), (std::set<qint64>{ka}));
    EXPECT_EQ(ids(*m_rep1bSession), (std::set<qint64>{kb}));
    EXPECT_EQ(ids(*m_rep2Session), (std::set<qint64>{kc}));
    EXPECT_EQ(ids(*m_manager1Session), (std::set<qint64>{ka, kb}));
    EXPECT_EQ(ids(*m_manager2Session), (std::set<qint64>{kc}));
    EXPECT_EQ(ids(*m_adminSession), (std::set<qint64>{ka, kb, kc}));

    // A customer filter on someone else's customer gives nothing, not their complaints.
    ComplaintFilter other;
    other.customerId = c.id;
    EXPECT_TRUE(must(ComplaintQueries(*m_rep1aSession).list(other), "list").empty());
    // Stats follow the same scope.
    const auto counts = must(ComplaintQueries(*m_rep1aSession).countsByCategory({}, {}), "counts");
    ASSERT_EQ(counts.size(), 1u);
    EXPECT_EQ(counts[0].count, 1);
}

TEST_F(ComplaintWorkflowTest, ListFiltersAndRowFields)
{
    const core::Customer customer = createCustomer(*m_rep1aSession, QStringLiteral("华星贸易"));
    const qint64 billing = categoryId(QStringLiteral("billing"));
    const qint64 delivery = categoryId(QStringLiteral("delivery"));
    ComplaintRepository repo(*m_rep1aSession);
    const Complaint overdue = create(*m_rep1aSession, customer, 2, utc(2024, 3, 1), billing); // due Mar 6
    const Complaint fresh = create(*m_rep1aSession, customer, 1, utc(2024, 3, 9), delivery);  // due Mar 16
    Complaint done = create(*m_rep1aSession, customer, 3, utc(2024, 3, 2), billing);          // due Mar 5
    for (const QString& s : {QStringLiteral("acknowledged"), QStringLiteral("in_progress"), QStringLiteral("resolved")})
        done = must(repo.transition(done.id, s), "move");
    setStepTime(done.id, QStringLiteral("resolved"), utc(2024, 3, 4, 21, 30)); // 2.5 days after receipt
    db().sql().exec("UPDATE complaints SET escalation_level = 1 WHERE id = " + std::to_string(fresh.id));

    ComplaintQueries queries(*m_rep1aSession);
    ComplaintFilter filter;
    filter.asOf = utc(2024, 3, 10, 9, 30);
    auto all = must(queries.list(filter), "list");
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].complaint.id, fresh.id); // newest received first
    EXPECT_EQ(all[1].complaint.id, done.id);

    const ComplaintListRow& first = all[2]; // the overdue one, received Mar 1
    ASSERT_EQ(first.complaint.id, overdue.id);
    EXPECT_TRUE(first.overdue);
    EXPECT_EQ(first.customerName, QStringLiteral("华星贸易"));
    EXPECT_EQ(first.customerCode, customer.code);
    EXPECT_EQ(first.categoryName, QStringLiteral("billing"));
    EXPECT_EQ(first.ownerName, QStringLiteral("rep1a"));
    EXPECT_EQ(first.complaint.deadline, utc(2024, 3, 6));
    EXPECT_DOUBLE_EQ(first.ageDays, 9.0);
    EXPECT_FALSE(all[0].overdue);
    EXPECT_FALSE(all[1].overdue); // resolved: never overdue, even past its deadline
    EXPECT_DOUBLE_EQ(all[1].ageDays, 2.5);
    EXPECT_EQ(all[1].firstResolvedAt, utc(2024, 3, 4, 21, 30));

    // Bug: reopened, it still showed 2.5 days, the age at its first resolution; while open its age runs on.
    done = must(repo.transition(done.id, QStringLiteral("reopened")), "reopen");
    auto reopened = must(queries.list(filter), "list after reopening");
    ASSERT_EQ(reopened[1].complaint.id, done.id);
    EXPECT_DOUBLE_EQ(reopened[1].ageDays, 8.0); // 2 March 09:30 → 10 March 09:30
    EXPECT_EQ(reopened[1].firstResolvedAt, utc(2024, 3, 4, 21, 30));
    EXPECT_TRUE(reopened[1].overdue);
    db().sql().exec("UPDATE complaints SET status = 'resolved' WHERE id = " + std::to_string(done.id));

    filter.overdueOnly = true;
    auto overdueOnly = must(queries.list(filter), "overdue");
    ASSERT_EQ(overdueOnly.size(), 1u);
    EXPECT_EQ(overdueOnly[0].complaint.id, overdue.id);
    filter.asOf = utc(2024, 3, 6); // exactly at the deadline: not yet past it
    EXPECT_TRUE(must(queries.list(filter), "overdue").empty());
    filter = {};
    filter.asOf = utc(2024, 3, 10);

    filter.statuses = {QStringLiteral("resolved")};
    auto resolved = must(queries.list(filter), "resolved");
    ASSERT_EQ(resolved.size(), 1u);
    EXPECT_EQ(resolved[0].complaint.id, done.id);
    filter.statuses = {QStringLiteral("open")};
    EXPECT_EQ(must(queries.list(filter), "open").size(), 2u);
    filter.statuses = {QStringLiteral("nonsense")};
    auto bad = queries.list(filter);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("status"));
    filter.statuses.clear();

    filter.escalatedOnly = true;
    auto escalated = must(queries.list(filter), "escalated");
    ASSERT_EQ(escalated.size(), 1u);
    EXPECT_EQ(escalated[0].complaint.id, fresh.id);
    EXPECT_EQ(escalated[0].complaint.escalationLevel, 1);
    filter.escalatedOnly = false;

    filter.categoryId = billing;
    EXPECT_EQ(must(queries.list(filter), "category").size(), 2u);
    filter.level = 3;
    auto levelAndCategory = must(queries.list(filter), "level");
    ASSERT_EQ(levelAndCategory.size(), 1u);
    EXPECT_EQ(levelAndCategory[0].complaint.id, done.id);
    filter = {};
    filter.ownerId = m_rep1b.id;
    EXPECT_TRUE(must(queries.list(filter), "owner").empty());
    filter.ownerId = m_rep1a.id;
    filter.limit = 2;
    filter.offset = 2;
    auto page = must(queries.list(filter), "page");
    ASSERT_EQ(page.size(), 1u);
    EXPECT_EQ(page[0].complaint.id, overdue.id);
}

// ----------------------------------------------------------------------------------------------------------------
// Statistics

TEST_F(ComplaintWorkflowTest, CountsByCategoryAndResolutionTimesForAPeriod)
{
    const carddesk::test::LocalTimeZone utcDays("UTC"); // the times below are UTC days
    const core::Customer customer = createCustomer(*m_rep1aSession);
    const qint64 billing = categoryId(QStringLiteral("billing"));
    const qint64 delivery = categoryId(QStringLiteral("delivery"));
    ComplaintRepository repo(*m_rep1aSession);
    std::vector<Complaint> made{create(*m_rep1aSession, customer, 1, utc(2024, 1, 31, 23, 0), billing),
                                create(*m_rep1aSession, customer, 1, utc(2024, 2, 1, 8, 0), billing),
                                create(*m_rep1aSession, customer, 1, utc(2024, 2, 15), delivery),
                                create(*m_rep1aSession, customer, 1, utc(2024, 2, 29), billing),
                                create(*m_rep1aSession, customer, 1, utc(2024, 2, 20), 0),
                                create(*m_rep1aSession, customer, 1, utc(2024, 3, 1), delivery)};

    const auto february =
        must(ComplaintQueries(*m_rep1aSession).countsByCategory(QDate(2024, 2, 1), QDate(2024, 2, 29)), "counts");
    ASSERT_EQ(february.size(), 3u);
    EXPECT_EQ(february[0].categoryId, billing);
    EXPECT_EQ(february[0].count, 2);
    qint64 total = 0;
    for (const auto& c : february) {
        total += c.count;
        if (c.categoryId == 0) {
            EXPECT_TRUE(c.categoryName.isEmpty());
        }
    }
    EXPECT_EQ(total, 4);
    {
        // Bug: the period's days were UTC days. In Beijing the complaint of 31 January, 23:00 UTC came in on
        // 1 February; the one of 1 March, 09:30 UTC is still on 1 March.
        const carddesk::test::LocalTimeZone beijing("Asia/Shanghai");
        qint64 local = 0;
        for (const auto& c :
             must(ComplaintQueries(*m_rep1aSession).countsByCategory(QDate(2024, 2, 1), QDate(2024, 2, 29)), "counts"))
            local += c.count;
        EXPECT_EQ(local, 5);
    }

    // Resolve three: one in 30 hours, one in 4 days (reopened and resolved again later: the first counts).
    auto resolve = [&](const Complaint& c, const QDateTime& at) {
        for (const QString& s :
             {QStringLiteral("acknowledged"), QStringLiteral("in_progress"), QStringLiteral("resolved")})
            must(repo.transition(c.id, s), "move");
        setStepTime(c.id, QStringLiteral("resolved"), at);
    };
    resolve(made[1], utc(2024, 2, 2, 14, 0));  // 30 h
    resolve(made[2], utc(2024, 2, 19, 9, 30)); // 4 days
    must(repo.transition(made[2].id, QStringLiteral("reopened")), "reopen");
    must(repo.transition(made[2].id, QStringLiteral("in_progress")), "work");
    must(repo.transition(made[2].id, QStringLiteral("resolved")), "resolve again"); // at now: later than the first
    resolve(made[5], utc(2024, 3, 2));                                              // outside February

    const auto times =
        must(ComplaintQueries(*m_rep1aSession).resolutionTimes(QDate(2024, 2, 1), QDate(2024, 2, 29)), "times");
    ASSERT_EQ(times.size(), 2u);
    EXPECT_EQ(times[0].complaintId, made[1].id);
    EXPECT_DOUBLE_EQ(times[0].hours, 30.0);
    EXPECT_EQ(times[1].complaintId, made[2].id);
    EXPECT_DOUBLE_EQ(times[1].hours, 96.0);
    EXPECT_EQ(times[1].categoryId, delivery);

    const auto bins = ComplaintQueries::histogram(times, {1, 3, 7});
    ASSERT_EQ(bins.size(), 4u);
    EXPECT_EQ(bins[0].count, 0);
    EXPECT_EQ(bins[1].count, 1); // 1.25 days
    EXPECT_EQ(bins[2].count, 1); // 4 days
    EXPECT_EQ(bins[3].count, 0);
    EXPECT_TRUE(std::isinf(bins[3].toDays));

    // Another rep's scope sees none of it.
    EXPECT_TRUE(must(ComplaintQueries(*m_rep1bSession).resolutionTimes({}, {}), "times").empty());
    EXPECT_TRUE(must(ComplaintQueries(*m_rep2Session).countsByCategory({}, {}), "counts").empty());
    EXPECT_EQ(must(ComplaintQueries(*m_manager1Session).resolutionTimes({}, {}), "times").size(), 3u);
}

} // namespace
} // namespace carddesk::storage::test
