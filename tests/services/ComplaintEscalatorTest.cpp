#include "StorageFixture.h"

#include "services/ComplaintEscalator.h"
#include "storage/repositories/ComplaintRepository.h"

#include <set>

namespace carddesk::storage::test {
namespace {

using services::ComplaintEscalator;
using services::EscalationCounts;

using core::Complaint;
using core::ErrorCode;

QDateTime utc(int y, int m, int d, int h = 9, int min = 30, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

class ComplaintEscalatorTest : public StorageFixture
{
protected:
    Complaint create(Session& session, const core::Customer& customer, int level, const QDateTime& received)
    {
        Complaint c;
        c.customerId = customer.id;
        c.level = level;
        c.description = QStringLiteral("服务态度差");
        c.receivedAt = received;
        return must(ComplaintRepository(session).create(c), "create a complaint");
    }

    Complaint reload(qint64 id) { return must(ComplaintRepository(*m_adminSession).get(id), "get a complaint"); }

    EscalationCounts run(Session& session, const QDateTime& asOf)
    {
        // The office job, as the application runs it for whoever is logged in.
        return must(ComplaintEscalator::runAsOfficeJob(session, asOf), "run the escalation rules");
    }

    static std::set<qint64> ids(const std::vector<ComplaintListRow>& rows)
    {
        std::set<qint64> result;
        for (const ComplaintListRow& row : rows)
            result.insert(row.complaint.id);
        return result;
    }
};

TEST_F(ComplaintEscalatorTest, EscalatesAtTheRightMomentForEachLevel)
{
    const core::Customer customer = createCustomer(*m_rep1aSession);
    const QDateTime received = utc(2025, 1, 30);
    // Deadlines: level 1 Feb 6, level 2 Feb 4, level 3 Feb 2 (across the month end), level 4 Jan 31.
    const Complaint l1 = create(*m_rep1aSession, customer, 1, received);
    const Complaint l2 = create(*m_rep1aSession, customer, 2, received);
    const Complaint l3 = create(*m_rep1aSession, customer, 3, received);
    const Complaint l4 = create(*m_rep1aSession, customer, 4, received);
    ASSERT_EQ(l3.deadline, utc(2025, 2, 2));

    // At once: only the highest level.
    EscalationCounts counts = run(*m_rep1aSession, received.addSecs(60));
    EXPECT_EQ(counts.toAreaManager, 1);
    EXPECT_EQ(counts.toAdmin, 0);
    EXPECT_EQ(reload(l4.id).escalationLevel, 1);
    EXPECT_EQ(reload(l4.id).escalatedAt, received.addSecs(60));
    EXPECT_EQ(reload(l3.id).escalationLevel, 0);

    // One second before level 3's deadline: nothing; exactly at it: nothing (not yet past); one second after: manager.
    EXPECT_EQ(run(*m_rep1aSession, l3.deadline.addSecs(-1)).toAreaManager, 0);
    EXPECT_EQ(run(*m_rep1aSession, l3.deadline).toAreaManager, 0);
    EXPECT_EQ(reload(l3.id).escalationLevel, 0);
    counts = run(*m_rep1aSession, l3.deadline.addSecs(1));
    EXPECT_EQ(counts.toAreaManager, 1);
    EXPECT_EQ(reload(l3.id).escalationLevel, 1);
    EXPECT_EQ(reload(l2.id).escalationLevel, 0);
    EXPECT_EQ(reload(l1.id).escalationLevel, 0);

    // Level 4 reaches the admin 3 days after its deadline (Jan 31 + 3 = Feb 3), not a second earlier.
    EXPECT_EQ(run(*m_rep1aSession, utc(2025, 2, 3)).toAdmin, 0);
    counts = run(*m_rep1aSession, utc(2025, 2, 3, 9, 30, 1));
    EXPECT_EQ(counts.toAdmin, 1);
    EXPECT_EQ(counts.toAreaManager, 0);
    EXPECT_EQ(reload(l4.id).escalationLevel, 2);

    // Level 2 (due Feb 4) and level 3 (admin at Feb 5) on Feb 5 10:00; level 1 is still within its deadline.
    counts = run(*m_rep1aSession, utc(2025, 2, 5, 10, 0));
    EXPECT_EQ(counts.toAreaManager, 1);
    EXPECT_EQ(counts.toAdmin, 1);
    EXPECT_EQ(reload(l2.id).escalationLevel, 1);
    EXPECT_EQ(reload(l3.id).escalationLevel, 2);
    EXPECT_EQ(reload(l1.id).escalationLevel, 0);

    // A run that comes late takes a complaint straight from 0 to the admin.
    counts = run(*m_rep1aSession, utc(2025, 3, 1));
    EXPECT_EQ(counts.toAdmin, 2); // level 1 (0 → 2) and level 2 (1 → 2)
    EXPECT_EQ(reload(l1.id).escalationLevel, 2);
    const auto history = must(ComplaintRepository(*m_adminSession).history(l1.id), "history");
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].note, QStringLiteral("escalated to admin"));
}

TEST_F(ComplaintEscalatorTest, RunningTwiceDoesNothingMoreAndEachEscalationIsRecorded)
{
    const core::Customer customer = createCustomer(*m_rep1aSession);
    const Complaint c = create(*m_rep1aSession, customer, 2, utc(2024, 6, 1)); // due Jun 6
    const QDateTime asOf = utc(2024, 6, 7);
    const qint64 auditBefore = scalar("SELECT count(*) FROM audit_log");
    EXPECT_EQ(run(*m_rep1bSession, asOf).toAreaManager, 1); // any logged-in user may trigger the rules
    const qint64 auditAfter = scalar("SELECT count(*) FROM audit_log");
    EXPECT_GT(auditAfter, auditBefore);
    const Complaint once = reload(c.id);

    const EscalationCounts again = run(*m_rep1aSession, asOf);
    EXPECT_EQ(again.toAreaManager, 0);
    EXPECT_EQ(again.toAdmin, 0);
    EXPECT_EQ(reload(c.id).rowVersion, once.rowVersion);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log"), auditAfter);

    const auto history = must(ComplaintRepository(*m_rep1aSession).history(c.id), "history");
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].fromStatus, QStringLiteral("new"));
    EXPECT_EQ(history[1].toStatus, QStringLiteral("new")); // the status does not change
    EXPECT_EQ(history[1].note, QStringLiteral("escalated to area manager"));
    EXPECT_EQ(history[1].userId, 0);      // the office job's rows name no user
    EXPECT_TRUE(history[1].at.isValid()); // when it was recorded; escalated_at holds the rule's moment
    EXPECT_EQ(once.escalatedAt, asOf);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'complaints' AND field = 'escalation_level' "
                     "AND old_value = '0' AND new_value = '1' AND row_id = " +
                     std::to_string(c.id)),
              1);
}

TEST_F(ComplaintEscalatorTest, SettledComplaintsStayPutAndReopenedOnesCount)
{
    const core::Customer customer = createCustomer(*m_rep1aSession);
    ComplaintRepository repo(*m_rep1aSession);
    const Complaint resolved = create(*m_rep1aSession, customer, 4, utc(2024, 6, 1));
    for (const QString& s : {QStringLiteral("acknowledged"), QStringLiteral("in_progress"), QStringLiteral("resolved")})
        must(repo.transition(resolved.id, s), "move");
    EXPECT_EQ(run(*m_adminSession, utc(2024, 7, 1)).toAdmin, 0);
    EXPECT_EQ(reload(resolved.id).escalationLevel, 0);

    must(repo.transition(resolved.id, QStringLiteral("reopened"), QStringLiteral("客户再次来电")), "reopen");
    EXPECT_EQ(run(*m_adminSession, utc(2024, 7, 1)).toAdmin, 1);
    EXPECT_EQ(reload(resolved.id).escalationLevel, 2);
}

TEST_F(ComplaintEscalatorTest, TheAdminLimitIsASetting)
{
    const core::Customer customer = createCustomer(*m_rep1aSession);
    const Complaint c = create(*m_rep1aSession, customer, 3, utc(2024, 2, 26)); // due Feb 29 (leap year)
    ASSERT_EQ(c.deadline, utc(2024, 2, 29));
    db().sql().exec("UPDATE settings SET value = '1' WHERE key = 'complaint.admin_escalation_days'");
    EXPECT_EQ(run(*m_adminSession, utc(2024, 3, 1, 9, 30)).toAdmin, 0);
    const EscalationCounts counts = run(*m_adminSession, utc(2024, 3, 1, 9, 31));
    EXPECT_EQ(counts.toAdmin, 1);
}

TEST_F(ComplaintEscalatorTest, QueuesFollowRoleAndArea)
{
    const core::Customer a = createCustomer(*m_rep1aSession);
    const core::Customer b = createCustomer(*m_rep1bSession);
    const core::Customer c = createCustomer(*m_rep2Session);
    const QDateTime received = utc(2024, 6, 1);
    const qint64 area1Manager = create(*m_rep1aSession, a, 3, received).id;       // due Jun 4
    const qint64 area1Admin = create(*m_rep1bSession, b, 4, utc(2024, 5, 20)).id; // due May 21: admin by Jun 5
    const qint64 area1None = create(*m_rep1aSession, a, 1, received).id;          // due Jun 8
    const qint64 area2Manager = create(*m_rep2Session, c, 2, received).id;        // due Jun 6
    const qint64 area1Settled = create(*m_rep1aSession, a, 4, received).id;       // level 1 at once, then resolved
    run(*m_adminSession, utc(2024, 6, 7));
    ComplaintRepository repo(*m_rep1aSession);
    for (const QString& s : {QStringLiteral("acknowledged"), QStringLiteral("in_progress"), QStringLiteral("resolved")})
        must(repo.transition(area1Settled, s), "move");
    ASSERT_EQ(reload(area1Admin).escalationLevel, 2);
    ASSERT_EQ(reload(area1Settled).escalationLevel, 2);

    const QDateTime asOf = utc(2024, 6, 7);
    EXPECT_EQ(ids(must(ComplaintEscalator::escalationQueue(*m_manager1Session, asOf), "queue")),
              (std::set<qint64>{area1Manager, area1Admin}));
    EXPECT_EQ(ids(must(ComplaintEscalator::escalationQueue(*m_manager2Session, asOf), "queue")),
              (std::set<qint64>{area2Manager}));
    const auto adminQueue = must(ComplaintEscalator::escalationQueue(*m_adminSession, asOf), "queue");
    EXPECT_EQ(ids(adminQueue), (std::set<qint64>{area1Admin}));
    ASSERT_EQ(adminQueue.size(), 1u);
    EXPECT_TRUE(adminQueue[0].overdue);
    auto rep = ComplaintEscalator::escalationQueue(*m_rep1aSession, asOf);
    ASSERT_FALSE(rep);
    EXPECT_EQ(rep.error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(reload(area1None).escalationLevel, 0);
}

TEST_F(ComplaintEscalatorTest, AnInactiveUserCannotRunTheRules)
{
    const core::Customer customer = createCustomer(*m_rep1aSession);
    create(*m_rep1aSession, customer, 4, utc(2024, 6, 1));
    ASSERT_TRUE(UserRepository::setActive(*m_adminSession, m_rep1b.id, false));
    auto denied = ComplaintEscalator::run(*m_rep1bSession, utc(2024, 6, 2));
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(scalar("SELECT count(*) FROM complaints WHERE escalation_level > 0"), 0);
    EXPECT_FALSE(ComplaintEscalator::run(*m_adminSession, QDateTime()));
}

TEST_F(ComplaintEscalatorTest, ARepMayNotRunTheRulesByHandForTheOffice)
{
    // Finding 2 of issue #17: a rep escalated every open complaint of the office, in their own name.
    const core::Customer mine = createCustomer(*m_rep1aSession);
    const core::Customer other = createCustomer(*m_rep2Session);
    create(*m_rep1aSession, mine, 2, utc(2024, 6, 1));
    create(*m_rep2Session, other, 2, utc(2024, 6, 1));
    auto denied = ComplaintEscalator::run(*m_rep1aSession, utc(2024, 7, 1));
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(scalar("SELECT count(*) FROM complaints WHERE escalation_level > 0"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM complaint_history WHERE note LIKE 'escalated%'"), 0);
}

TEST_F(ComplaintEscalatorTest, AManagerRunsTheRulesForTheWholeOfficeInTheirOwnName)
{
    const core::Customer other = createCustomer(*m_rep2Session);
    const Complaint c = create(*m_rep2Session, other, 2, utc(2024, 6, 1));
    // The rules are the office's: the area 1 manager's run moves area 2's complaint too, recorded as theirs.
    const EscalationCounts counts = must(ComplaintEscalator::run(*m_manager1Session, utc(2024, 6, 7)), "run");
    EXPECT_EQ(counts.toAreaManager, 1);
    const auto history = must(ComplaintRepository(*m_adminSession).history(c.id), "history");
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].userId, m_manager1.id);
}

TEST_F(ComplaintEscalatorTest, AMomentInTheFutureIsRefused)
{
    const core::Customer customer = createCustomer(*m_rep1aSession);
    create(*m_rep1aSession, customer, 1, utc(2024, 6, 1));
    for (Session* session : {m_adminSession.get(), m_manager1Session.get()}) {
        auto refused = ComplaintEscalator::run(*session, QDateTime::currentDateTimeUtc().addDays(1));
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
        EXPECT_EQ(refused.error().field, QStringLiteral("as_of"));
    }
    auto office = ComplaintEscalator::runAsOfficeJob(*m_rep1aSession, QDateTime::currentDateTimeUtc().addYears(70));
    ASSERT_FALSE(office);
    EXPECT_EQ(office.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(scalar("SELECT count(*) FROM complaints WHERE escalation_level > 0"), 0);
}

TEST_F(ComplaintEscalatorTest, TheOfficeJobStartedByARepSessionIsRecordedAsTheSystems)
{
    // The app runs the rules at start-up whoever logs in; the rows must not name that rep.
    const core::Customer other = createCustomer(*m_rep2Session);
    const Complaint c = create(*m_rep2Session, other, 2, utc(2024, 6, 1));
    const qint64 auditBefore = scalar("SELECT max(id) FROM audit_log");
    const EscalationCounts counts =
        must(ComplaintEscalator::runAsOfficeJob(*m_rep1aSession, utc(2024, 6, 7)), "run the office job");
    EXPECT_EQ(counts.toAreaManager, 1);
    EXPECT_EQ(reload(c.id).escalationLevel, 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM complaint_history WHERE note LIKE 'escalated%' AND user_id IS NULL"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM complaint_history WHERE user_id = " + std::to_string(m_rep1a.id)), 0);
    EXPECT_GT(scalar("SELECT count(*) FROM audit_log WHERE id > " + std::to_string(auditBefore)), 0);
    EXPECT_EQ(
        scalar("SELECT count(*) FROM audit_log WHERE id > " + std::to_string(auditBefore) + " AND user_id IS NOT NULL"),
        0);
}

} // namespace
} // namespace carddesk::storage::test
