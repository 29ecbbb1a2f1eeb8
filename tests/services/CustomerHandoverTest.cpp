#include "StorageFixture.h"

#include "services/CustomerHandover.h"

#include "storage/repositories/CustomerRepository.h"

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;

// rep1a leaves: three customers, each with open and finished work; rep1b has one customer of their own.
class HandoverTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        for (int i = 0; i < 3; ++i) {
            const auto customer = createCustomer(*m_rep1aSession, QStringLiteral("交接客户%1").arg(i));
            m_leaving.push_back(customer.id);
            addWork(customer.id, m_rep1a.id);
        }
        m_stays = createCustomer(*m_rep1bSession, QStringLiteral("留下的客户")).id;
        addWork(m_stays, m_rep1b.id);
    }

    void addWork(qint64 customerId, qint64 userId)
    {
        addOpenAndDoneWork(customerId, userId);
        const std::string c = std::to_string(customerId);
        const std::string u = std::to_string(userId);
        db().sql().exec("INSERT INTO interactions (customer_id, user_id, channel, occurred_at) VALUES (" + c + ", " +
                        u + ", 'phone', '2024-03-01T10:00:00Z')");
    }

    qint64 owned(const core::User& user)
    {
        return scalar("SELECT count(*) FROM customers WHERE owner_id = " + std::to_string(user.id));
    }

    // The customers' rows (their moved complaints and visits have rows of their own).
    qint64 handoverAuditRows()
    {
        return scalar("SELECT count(*) FROM audit_log WHERE action = 'handover' AND table_name = 'customers'");
    }

    // Everything that must be untouched after a refused handover.
    void expectNothingMoved()
    {
        EXPECT_EQ(owned(m_rep1a), 3);
        EXPECT_EQ(owned(m_rep1b), 1);
        EXPECT_EQ(handoverAuditRows(), 0);
        EXPECT_EQ(scalar("SELECT count(*) FROM complaints WHERE owner_id = " + std::to_string(m_rep1a.id)), 6);
        EXPECT_EQ(scalar("SELECT count(*) FROM visits WHERE user_id = " + std::to_string(m_rep1a.id)), 6);
        EXPECT_EQ(scalar("SELECT max(row_version) FROM customers"), 1);
    }

    std::vector<qint64> m_leaving;
    qint64 m_stays = 0;
};

TEST_F(HandoverTest, AllCustomersOfARepMoveWithTheirOpenWorkInOneStep)
{
    auto moved = services::CustomerHandover::handover(*m_manager1Session, m_rep1a.id, m_rep1b.id);
    ASSERT_TRUE(moved) << moved.error().toString().toStdString();
    EXPECT_EQ(*moved, 3);
    EXPECT_EQ(owned(m_rep1a), 0);
    EXPECT_EQ(owned(m_rep1b), 4);

    // One audit row per customer: who did it, old and new owner.
    SQLite::Statement audit(db().sql(), "SELECT customer_id, user_id, field, old_value, new_value FROM audit_log "
                                        "WHERE action = 'handover' AND table_name = 'customers' ORDER BY "
                                        "customer_id");
    std::vector<qint64> audited;
    while (audit.executeStep()) {
        audited.push_back(audit.getColumn(0).getInt64());
        EXPECT_EQ(audit.getColumn(1).getInt64(), m_manager1.id);
        EXPECT_EQ(audit.getColumn(2).getString(), "owner_id");
        EXPECT_EQ(audit.getColumn(3).getString(), std::to_string(m_rep1a.id));
        EXPECT_EQ(audit.getColumn(4).getString(), std::to_string(m_rep1b.id));
    }
    EXPECT_EQ(audited, m_leaving);

    const std::string a = std::to_string(m_rep1a.id);
    const std::string b = std::to_string(m_rep1b.id);
    // Work still to do follows the customers ...
    EXPECT_EQ(scalar("SELECT count(*) FROM complaints WHERE status = 'in_progress' AND owner_id = " + b), 4);
    EXPECT_EQ(scalar("SELECT count(*) FROM visits WHERE status = 'planned' AND user_id = " + b), 4);
    // ... what was done keeps who did it.
    EXPECT_EQ(scalar("SELECT count(*) FROM complaints WHERE status = 'closed' AND owner_id = " + a), 3);
    EXPECT_EQ(scalar("SELECT count(*) FROM visits WHERE status = 'done' AND user_id = " + a), 3);
    EXPECT_EQ(scalar("SELECT count(*) FROM interactions WHERE user_id = " + a), 3);
    EXPECT_EQ(scalar("SELECT count(*) FROM customers WHERE row_version = 2"), 3);
    // Bug: the complaints and visits that moved had no audit row. Each has one now, old and new user.
    for (const char* table : {"complaints", "visits"})
        EXPECT_EQ(scalar(std::string("SELECT count(*) FROM audit_log WHERE action = 'handover' AND table_name = '") +
                         table + "' AND old_value = '" + a + "' AND new_value = '" + b + "'"),
                  3)
            << table;

    // The new rep now works with the cards; the old one sees none.
    EXPECT_EQ(*CustomerListQueries(*m_rep1bSession).count(CustomerQuery{}), 4);
    EXPECT_EQ(*CustomerListQueries(*m_rep1aSession).count(CustomerQuery{}), 0);
    CustomerQuery search;
    search.search = QStringLiteral("交接客户");
    EXPECT_EQ(CustomerListQueries(*m_rep1bSession).list(search)->size(), 3u);
    auto card = CustomerRepository(*m_rep1bSession).get(m_leaving.front());
    ASSERT_TRUE(card);
    EXPECT_EQ(card->ownerId, m_rep1b.id);
    EXPECT_EQ(card->rowVersion, 2);
}

// Bug: reassigning one customer from the card left its planned visits and open complaints with the old rep, who no
// longer sees the customer: they showed in nobody's day. They follow the customer now, as in a handover, audited.
TEST_F(HandoverTest, ReassigningOneCustomerTakesItsOpenWorkAlong)
{
    const qint64 customer = m_leaving.front();
    ASSERT_TRUE(services::CustomerHandover::reassign(*m_manager1Session, customer, m_rep1b.id).ok());
    const std::string c = std::to_string(customer);
    const std::string b = std::to_string(m_rep1b.id);
    EXPECT_EQ(scalar("SELECT owner_id FROM customers WHERE id = " + c), m_rep1b.id);
    EXPECT_EQ(
        scalar("SELECT count(*) FROM visits WHERE status = 'planned' AND customer_id = " + c + " AND user_id = " + b),
        1);
    EXPECT_EQ(scalar("SELECT count(*) FROM complaints WHERE status = 'in_progress' AND customer_id = " + c +
                     " AND owner_id = " + b),
              1);
    // What was done keeps who did it; the other customers keep their rep's work.
    EXPECT_EQ(scalar("SELECT count(*) FROM visits WHERE status = 'done' AND customer_id = " + c +
                     " AND user_id = " + std::to_string(m_rep1a.id)),
              1);
    EXPECT_EQ(
        scalar("SELECT count(*) FROM visits WHERE status = 'planned' AND user_id = " + std::to_string(m_rep1a.id)), 2);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE action = 'handover' AND table_name IN ('visits', "
                     "'complaints') AND customer_id = " +
                     c),
              2);
}

TEST_F(HandoverTest, ARepWhoLeftAndWasDeactivatedCanStillBeHandedOver)
{
    ASSERT_TRUE(UserRepository::setActive(*m_adminSession, m_rep1a.id, false));
    auto moved = services::CustomerHandover::handover(*m_manager1Session, m_rep1a.id, m_rep1b.id);
    ASSERT_TRUE(moved) << moved.error().toString().toStdString();
    EXPECT_EQ(*moved, 3);
    EXPECT_EQ(owned(m_rep1b), 4);
}

TEST_F(HandoverTest, SelectedCustomersOnly)
{
    auto moved =
        services::CustomerHandover::handover(*m_manager1Session, m_rep1a.id, m_rep1b.id, {m_leaving[0], m_leaving[2]});
    ASSERT_TRUE(moved) << moved.error().toString().toStdString();
    EXPECT_EQ(*moved, 2);
    EXPECT_EQ(owned(m_rep1a), 1);
    EXPECT_EQ(scalar("SELECT owner_id FROM customers WHERE id = " + std::to_string(m_leaving[1])), m_rep1a.id);
    EXPECT_EQ(handoverAuditRows(), 2);
    EXPECT_EQ(
        scalar("SELECT count(*) FROM visits WHERE status = 'planned' AND user_id = " + std::to_string(m_rep1a.id)), 1);
}

TEST_F(HandoverTest, AnAdminMayHandOverAcrossAreas)
{
    auto moved = services::CustomerHandover::handover(*m_adminSession, m_rep1a.id, m_rep2.id);
    ASSERT_TRUE(moved) << moved.error().toString().toStdString();
    EXPECT_EQ(*moved, 3);
    EXPECT_EQ(*CustomerListQueries(*m_manager2Session).count(CustomerQuery{}), 3);
    EXPECT_EQ(*CustomerListQueries(*m_manager1Session).count(CustomerQuery{}), 1);
}

TEST_F(HandoverTest, RefusedAcrossAreasForRepsAndForUnfitReceivers)
{
    struct Case
    {
        const char* what;
        Session* session;
        qint64 from;
        qint64 to;
        ErrorCode code;
    };
    const Case cases[] = {
        {"manager to another area", m_manager1Session.get(), m_rep1a.id, m_rep2.id, ErrorCode::AccessDenied},
        {"manager from another area", m_manager2Session.get(), m_rep1a.id, m_rep2.id, ErrorCode::AccessDenied},
        {"rep", m_rep1aSession.get(), m_rep1a.id, m_rep1b.id, ErrorCode::AccessDenied},
        {"same rep", m_manager1Session.get(), m_rep1a.id, m_rep1a.id, ErrorCode::InvalidArgument},
        {"to an admin", m_adminSession.get(), m_rep1a.id, m_admin.id, ErrorCode::InvalidArgument},
        {"to nobody", m_manager1Session.get(), m_rep1a.id, 9999, ErrorCode::NotFound},
        {"from nobody", m_manager1Session.get(), 9999, m_rep1b.id, ErrorCode::NotFound},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        auto moved = services::CustomerHandover::handover(*c.session, c.from, c.to);
        ASSERT_FALSE(moved);
        EXPECT_EQ(core::errorCodeName(moved.error().code).toStdString(), core::errorCodeName(c.code).toStdString())
            << moved.error().toString().toStdString();
        expectNothingMoved();
    }

    ASSERT_TRUE(UserRepository::setActive(*m_adminSession, m_rep1b.id, false));
    auto toInactive = services::CustomerHandover::handover(*m_manager1Session, m_rep1a.id, m_rep1b.id);
    ASSERT_FALSE(toInactive);
    EXPECT_EQ(toInactive.error().code, ErrorCode::InvalidArgument);
    expectNothingMoved();
}

TEST_F(HandoverTest, AFailureMidwayMovesNothing)
{
    // The second id belongs to rep1b, not rep1a: the first one must not move either.
    auto notTheirs = services::CustomerHandover::handover(*m_manager1Session, m_rep1a.id, m_rep1b.id,
                                                          {m_leaving[0], m_stays, m_leaving[1]});
    ASSERT_FALSE(notTheirs);
    EXPECT_EQ(notTheirs.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(notTheirs.error().field, QStringLiteral("customers"));
    expectNothingMoved();

    auto missing = services::CustomerHandover::handover(*m_manager1Session, m_rep1a.id, m_rep1b.id,
                                                        {m_leaving[0], m_leaving[1], 99999});
    ASSERT_FALSE(missing);
    expectNothingMoved();

    // The connection is fine afterwards: the same handover without the bad id succeeds.
    auto moved =
        services::CustomerHandover::handover(*m_manager1Session, m_rep1a.id, m_rep1b.id, {m_leaving[0], m_leaving[1]});
    ASSERT_TRUE(moved) << moved.error().toString().toStdString();
    EXPECT_EQ(*moved, 2);
}

} // namespace
} // namespace carddesk::storage::test
