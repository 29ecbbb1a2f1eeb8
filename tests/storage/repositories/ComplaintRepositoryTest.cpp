#include "StorageFixture.h"

#include "storage/repositories/ComplaintRepository.h"

namespace carddesk::storage::test {
namespace {

using core::Complaint;
using core::ErrorCode;

class ComplaintRepositoryTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        m_customer = createCustomer(*m_rep1aSession);
    }

    Complaint complaint(int level = 1) const
    {
        Complaint c;
        c.customerId = m_customer.id;
        c.channel = QStringLiteral("hotline");
        c.level = level;
        c.description = QStringLiteral("到货包装破损");
        c.receivedAt = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
        return c;
    }

    // Walks a complaint through the workflow up to `status`.
    Complaint walkTo(ComplaintRepository& repo, Complaint c, const QStringList& path)
    {
        for (const QString& status : path) {
            auto moved = repo.transition(c.id, status, QStringLiteral("step"));
            if (!moved)
                throw std::runtime_error("cannot move to " + status.toStdString());
            c = *moved;
        }
        return c;
    }

    core::Customer m_customer;
};

TEST_F(ComplaintRepositoryTest, DeadlineFollowsTheLevelSettings)
{
    ComplaintRepository repo(*m_rep1aSession);
    const int expectedDays[] = {7, 5, 3, 1};
    for (int level = 1; level <= 4; ++level) {
        auto created = repo.create(complaint(level));
        ASSERT_TRUE(created) << created.error().toString().toStdString();
        EXPECT_EQ(created->deadline, complaint().receivedAt.addDays(expectedDays[level - 1])) << level;
        EXPECT_EQ(created->status, QStringLiteral("new"));
        EXPECT_EQ(created->ownerId, m_rep1a.id);
    }
    m_db->sql().exec("UPDATE settings SET value = '2' WHERE key = 'complaint.deadline_days.1'");
    auto changed = repo.create(complaint(1));
    ASSERT_TRUE(changed);
    EXPECT_EQ(changed->deadline, complaint().receivedAt.addDays(2));

    auto badLevel = repo.create(complaint(5));
    ASSERT_FALSE(badLevel);
    EXPECT_EQ(badLevel.error().field, QStringLiteral("level"));
}

TEST_F(ComplaintRepositoryTest, CreateWritesHistoryAndAudit)
{
    ComplaintRepository repo(*m_rep1aSession);
    auto categories = repo.categories();
    ASSERT_TRUE(categories);
    ASSERT_GE(categories->size(), 4u);
    Complaint c = complaint(2);
    c.categoryId = categories->front().id;
    auto created = repo.create(c);
    ASSERT_TRUE(created);

    auto history = repo.history(created->id);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 1u);
    EXPECT_TRUE(history->front().fromStatus.isEmpty());
    EXPECT_EQ(history->front().toStatus, QStringLiteral("new"));
    EXPECT_EQ(history->front().userId, m_rep1a.id);
    EXPECT_EQ(history->front().userName, QStringLiteral("rep1a"));
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'complaints' AND action = 'insert' AND "
                     "field = 'description' AND new_value = '到货包装破损' AND customer_id = " +
                     std::to_string(m_customer.id)),
              1);

    auto fetched = repo.get(created->id);
    ASSERT_TRUE(fetched);
    EXPECT_EQ(fetched->categoryId, categories->front().id);
    auto listed = repo.listForCustomer(m_customer.id);
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->size(), 1u);
}

TEST_F(ComplaintRepositoryTest, TheWholeWorkflowIsLogged)
{
    ComplaintRepository repo(*m_rep1aSession);
    auto created = repo.create(complaint());
    ASSERT_TRUE(created);
    Complaint c = walkTo(repo, *created,
                         {QStringLiteral("acknowledged"), QStringLiteral("in_progress"), QStringLiteral("resolved")});
    EXPECT_EQ(c.status, QStringLiteral("resolved"));
    auto rated = repo.recordSatisfaction(c.id, 4, QStringLiteral("处理及时"));
    ASSERT_TRUE(rated);
    EXPECT_EQ(rated->satisfaction, 4);
    auto closed = repo.transition(c.id, QStringLiteral("closed"));
    ASSERT_TRUE(closed) << closed.error().toString().toStdString();
    c = walkTo(repo, *closed, {QStringLiteral("reopened"), QStringLiteral("in_progress"), QStringLiteral("resolved")});
    EXPECT_EQ(c.satisfaction, 0); // reopening asks for satisfaction anew

    auto history = repo.history(c.id);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 8u);
    EXPECT_EQ(history->at(4).fromStatus, QStringLiteral("resolved"));
    EXPECT_EQ(history->at(4).toStatus, QStringLiteral("closed"));
    EXPECT_EQ(history->at(5).toStatus, QStringLiteral("reopened"));
    EXPECT_EQ(history->at(5).note, QStringLiteral("step"));
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'complaints' AND action = 'update' AND "
                     "field = 'status' AND old_value = 'closed' AND new_value = 'reopened'"),
              1);
    EXPECT_EQ(scalar("SELECT row_version FROM complaints"), 9);
}

TEST_F(ComplaintRepositoryTest, MovesOutsideTheWorkflowAreRefused)
{
    ComplaintRepository repo(*m_rep1aSession);
    auto created = repo.create(complaint());
    ASSERT_TRUE(created);
    const qint64 historyBefore = scalar("SELECT count(*) FROM complaint_history");
    for (const QString& target : {QStringLiteral("in_progress"), QStringLiteral("resolved"), QStringLiteral("closed"),
                                  QStringLiteral("reopened"), QStringLiteral("new"), QStringLiteral("bogus")}) {
        auto moved = repo.transition(created->id, target);
        ASSERT_FALSE(moved) << target.toStdString();
        EXPECT_EQ(moved.error().code, ErrorCode::InvalidArgument);
        EXPECT_EQ(moved.error().field, QStringLiteral("status"));
    }
    EXPECT_EQ(scalar("SELECT count(*) FROM complaint_history"), historyBefore);
    EXPECT_EQ(scalar("SELECT count(*) FROM complaints WHERE id = " + std::to_string(created->id) +
                     " AND status = 'new' AND row_version = 1"),
              1);

    EXPECT_TRUE(ComplaintRepository::canTransition(QStringLiteral("resolved"), QStringLiteral("reopened")));
    EXPECT_TRUE(ComplaintRepository::canTransition(QStringLiteral("closed"), QStringLiteral("reopened")));
    EXPECT_TRUE(ComplaintRepository::canTransition(QStringLiteral("reopened"), QStringLiteral("in_progress")));
    EXPECT_FALSE(ComplaintRepository::canTransition(QStringLiteral("reopened"), QStringLiteral("resolved")));
    EXPECT_FALSE(ComplaintRepository::canTransition(QStringLiteral("closed"), QStringLiteral("in_progress")));
    EXPECT_FALSE(ComplaintRepository::canTransition(QStringLiteral("acknowledged"), QStringLiteral("resolved")));
}

TEST_F(ComplaintRepositoryTest, ClosingWithoutSatisfactionNeedsAReason)
{
    ComplaintRepository repo(*m_rep1aSession);
    auto created = repo.create(complaint());
    ASSERT_TRUE(created);
    auto early = repo.recordSatisfaction(created->id, 5);
    ASSERT_FALSE(early); // not resolved yet
    Complaint c = walkTo(repo, *created,
                         {QStringLiteral("acknowledged"), QStringLiteral("in_progress"), QStringLiteral("resolved")});
    auto refused = repo.transition(c.id, QStringLiteral("closed"), QStringLiteral("  "));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("close_reason"));
    EXPECT_EQ(scalar("SELECT count(*) FROM complaints WHERE status = 'resolved'"), 1);

    auto closed = repo.transition(c.id, QStringLiteral("closed"), QStringLiteral("客户联系不上"));
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->closeReason, QStringLiteral("客户联系不上"));
    auto fetched = repo.get(c.id);
    ASSERT_TRUE(fetched);
    EXPECT_EQ(fetched->status, QStringLiteral("closed"));
    EXPECT_EQ(fetched->closeReason, QStringLiteral("客户联系不上"));
    auto badScore = repo.recordSatisfaction(c.id, 6);
    ASSERT_FALSE(badScore);
    EXPECT_EQ(badScore.error().field, QStringLiteral("satisfaction"));
}

} // namespace
} // namespace carddesk::storage::test
