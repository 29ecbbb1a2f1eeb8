#include "StorageFixture.h"

#include "storage/repositories/LifecycleRepository.h"

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;

class LifecycleRepositoryTest : public StorageFixture
{
};

TEST_F(LifecycleRepositoryTest, ManualStageIsStoredWithHistoryAndAudit)
{
    const auto customer = createCustomer(*m_rep1aSession);
    LifecycleRepository repo(*m_rep1aSession);
    auto first = repo.setManualStage(customer.id, QStringLiteral("formation"), QStringLiteral("首单已签"));
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    EXPECT_TRUE(first->manual);
    EXPECT_TRUE(first->fromStage.isEmpty());
    auto second = repo.setManualStage(customer.id, QStringLiteral("stability"), QStringLiteral("连续三个季度下单"));
    ASSERT_TRUE(second);
    EXPECT_EQ(second->fromStage, QStringLiteral("formation"));

    auto card = CustomerRepository(*m_rep1aSession).get(customer.id, false);
    ASSERT_TRUE(card);
    EXPECT_EQ(card->manualStage, QStringLiteral("stability"));
    EXPECT_TRUE(card->manualStageAt.isValid());
    EXPECT_EQ(card->rowVersion, customer.rowVersion + 2);

    auto history = repo.history(customer.id);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ(history->front().toStage, QStringLiteral("stability"));
    EXPECT_EQ(history->front().userId, m_rep1a.id);
    EXPECT_EQ(history->front().userName, QStringLiteral("rep1a"));
    EXPECT_EQ(history->front().reason, QStringLiteral("连续三个季度下单"));
    EXPECT_EQ(
        scalar("SELECT count(*) FROM lifecycle_history WHERE manual = 1 AND user_id = " + std::to_string(m_rep1a.id)),
        2);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'customers' AND action = 'update' AND "
                     "field = 'manual_stage' AND old_value = 'formation' AND new_value = 'stability'"),
              1);
}

TEST_F(LifecycleRepositoryTest, ACardEditorHoldingTheOldVersionGetsAConflict)
{
    const auto customer = createCustomer(*m_rep1aSession);
    ASSERT_TRUE(LifecycleRepository(*m_rep1aSession)
                    .setManualStage(customer.id, QStringLiteral("decline"), QStringLiteral("半年无订单")));
    core::Customer stale = customer;
    stale.notes = QStringLiteral("edited meanwhile");
    auto saved = CustomerRepository(*m_rep1aSession).update(stale);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, ErrorCode::Conflict);
}

TEST_F(LifecycleRepositoryTest, StageAndReasonAreValidated)
{
    const auto customer = createCustomer(*m_rep1aSession);
    LifecycleRepository repo(*m_rep1aSession);
    auto badStage = repo.setManualStage(customer.id, QStringLiteral("zombie"), QStringLiteral("why not"));
    ASSERT_FALSE(badStage);
    EXPECT_EQ(badStage.error().field, QStringLiteral("stage"));
    auto noReason = repo.setManualStage(customer.id, QStringLiteral("lost"), QStringLiteral(" "));
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().field, QStringLiteral("reason"));
    EXPECT_EQ(scalar("SELECT count(*) FROM lifecycle_history"), 0);
    EXPECT_EQ(scalar("SELECT row_version FROM customers"), 1);
}

} // namespace
} // namespace carddesk::storage::test
