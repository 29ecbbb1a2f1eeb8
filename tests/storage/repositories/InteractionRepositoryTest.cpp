#include "StorageFixture.h"

#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/InteractionRepository.h"

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;
using core::Interaction;

class InteractionRepositoryTest : public StorageFixture
{
protected:
    static Interaction interaction(qint64 customerId, const QDateTime& at,
                                   const QString& channel = QStringLiteral("phone"))
    {
        Interaction i;
        i.customerId = customerId;
        i.channel = channel;
        i.occurredAt = at;
        i.summary = QStringLiteral("询问报价");
        return i;
    }

    static QDateTime at(int month, int day, int hour = 10)
    {
        return QDateTime(QDate(2024, month, day), QTime(hour, 0), Qt::UTC);
    }
};

TEST_F(InteractionRepositoryTest, CreateAndListNewestFirst)
{
    const auto customer = createCustomer(*m_rep1aSession);
    InteractionRepository repo(*m_rep1aSession);
    auto first = repo.create(interaction(customer.id, at(3, 1)));
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    EXPECT_EQ(first->userId, m_rep1a.id);
    ASSERT_TRUE(repo.create(interaction(customer.id, at(3, 5), QStringLiteral("visit"))));
    ASSERT_TRUE(repo.create(interaction(customer.id, at(3, 3), QStringLiteral("email"))));
    auto listed = repo.listForCustomer(customer.id);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 3u);
    EXPECT_EQ(listed->at(0).channel, QStringLiteral("visit"));
    EXPECT_EQ(listed->at(0).occurredAt, at(3, 5));
    EXPECT_EQ(listed->at(1).channel, QStringLiteral("email"));
    EXPECT_EQ(listed->at(2).summary, QStringLiteral("询问报价"));
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'interactions' AND action = 'insert' AND "
                     "field = 'channel' AND new_value = 'visit'"),
              1);
}

TEST_F(InteractionRepositoryTest, CreateValidates)
{
    const auto customer = createCustomer(*m_rep1aSession);
    const auto other = createCustomer(*m_rep1aSession);
    InteractionRepository repo(*m_rep1aSession);

    auto badChannel = repo.create(interaction(customer.id, at(3, 1), QStringLiteral("telepathy")));
    ASSERT_FALSE(badChannel);
    EXPECT_EQ(badChannel.error().field, QStringLiteral("channel"));

    auto noTime = repo.create(interaction(customer.id, QDateTime()));
    ASSERT_FALSE(noTime);
    EXPECT_EQ(noTime.error().field, QStringLiteral("occurred_at"));

    Interaction noSummary = interaction(customer.id, at(3, 1));
    noSummary.summary = QStringLiteral("   ");
    auto refused = repo.create(noSummary);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("summary"));

    core::Contact contact;
    contact.customerId = other.id;
    contact.name = QStringLiteral("王伟");
    auto otherContact = ContactRepository(*m_rep1aSession).create(contact);
    ASSERT_TRUE(otherContact);
    Interaction wrongContact = interaction(customer.id, at(3, 1));
    wrongContact.contactId = otherContact->id;
    auto mismatch = repo.create(wrongContact);
    ASSERT_FALSE(mismatch);
    EXPECT_EQ(mismatch.error().field, QStringLiteral("contact"));
    EXPECT_EQ(scalar("SELECT count(*) FROM interactions"), 0);
}

TEST_F(InteractionRepositoryTest, EveryChannelOfTheSchemaIsAccepted)
{
    const auto customer = createCustomer(*m_rep1aSession);
    InteractionRepository repo(*m_rep1aSession);
    for (const QString& channel : InteractionRepository::channels())
        EXPECT_TRUE(repo.create(interaction(customer.id, at(3, 1), channel))) << channel.toStdString();
    EXPECT_EQ(scalar("SELECT count(DISTINCT channel) FROM interactions"), 9);
}

TEST_F(InteractionRepositoryTest, FollowUpsDueAreScopedAndDoneByALaterInteraction)
{
    const auto a = createCustomer(*m_rep1aSession, QStringLiteral("甲公司"));
    const auto b = createCustomer(*m_rep1aSession, QStringLiteral("乙公司"));
    const auto colleagues = createCustomer(*m_rep1bSession, QStringLiteral("丙公司"));
    InteractionRepository repo(*m_rep1aSession);

    Interaction dueA = interaction(a.id, at(3, 1));
    dueA.nextFollowUp = QDate(2024, 3, 8);
    ASSERT_TRUE(repo.create(dueA));
    Interaction laterB = interaction(b.id, at(3, 1));
    laterB.nextFollowUp = QDate(2024, 4, 1);
    ASSERT_TRUE(repo.create(laterB));
    Interaction doneB = interaction(b.id, at(2, 1));
    doneB.nextFollowUp = QDate(2024, 2, 10); // superseded by the March interaction with b
    ASSERT_TRUE(repo.create(doneB));
    Interaction theirs = interaction(colleagues.id, at(3, 1));
    theirs.nextFollowUp = QDate(2024, 3, 2);
    ASSERT_TRUE(InteractionRepository(*m_rep1bSession).create(theirs));

    auto due = repo.followUpsDue(QDate(2024, 3, 10));
    ASSERT_TRUE(due);
    ASSERT_EQ(due->size(), 1u);
    EXPECT_EQ(due->front().customerName, QStringLiteral("甲公司"));
    EXPECT_EQ(due->front().interaction.nextFollowUp, QDate(2024, 3, 8));

    auto managers = InteractionRepository(*m_manager1Session).followUpsDue(QDate(2024, 3, 10));
    ASSERT_TRUE(managers);
    EXPECT_EQ(managers->size(), 2u);

    // Calling back closes the follow-up.
    ASSERT_TRUE(repo.create(interaction(a.id, at(3, 9))));
    due = repo.followUpsDue(QDate(2024, 3, 10));
    ASSERT_TRUE(due);
    EXPECT_TRUE(due->empty());
}

} // namespace
} // namespace carddesk::storage::test
