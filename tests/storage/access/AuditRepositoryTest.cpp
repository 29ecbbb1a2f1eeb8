#include "StorageFixture.h"

#include "storage/access/AuditRepository.h"
#include "storage/repositories/ContactRepository.h"

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;

class AuditRepositoryTest : public StorageFixture
{
};

TEST_F(AuditRepositoryTest, ChangesOfTheCardWithUserNames)
{
    const auto customer = createCustomer(*m_rep1aSession);
    core::Contact contact;
    contact.customerId = customer.id;
    contact.name = QStringLiteral("王伟");
    ASSERT_TRUE(ContactRepository(*m_rep1aSession).create(contact));
    core::Customer card = customer;
    card.email = QStringLiteral("info@example.com");
    ASSERT_TRUE(CustomerRepository(*m_manager1Session).update(card));

    auto changes = AuditRepository(*m_rep1aSession).changesForCustomer(customer.id);
    ASSERT_TRUE(changes) << changes.error().toString().toStdString();
    ASSERT_FALSE(changes->empty());
    const core::AuditEntry& newest = changes->front();
    EXPECT_EQ(newest.tableName, QStringLiteral("customers"));
    EXPECT_EQ(newest.field, QStringLiteral("email"));
    EXPECT_TRUE(newest.oldValue.isEmpty());
    EXPECT_EQ(newest.newValue, QStringLiteral("info@example.com"));
    EXPECT_EQ(newest.userName, QStringLiteral("manager1"));
    EXPECT_EQ(newest.action, QStringLiteral("update"));
    EXPECT_TRUE(std::any_of(changes->begin(), changes->end(), [](const core::AuditEntry& e) {
        return e.tableName == QLatin1String("contacts") && e.newValue == QStringLiteral("王伟") &&
               e.userName == QLatin1String("rep1a");
    }));
    for (const core::AuditEntry& entry : *changes)
        EXPECT_EQ(entry.customerId, customer.id);

    auto outsider = AuditRepository(*m_rep1bSession).changesForCustomer(customer.id);
    ASSERT_FALSE(outsider);
    EXPECT_EQ(outsider.error().code, ErrorCode::NotFound);
}

TEST_F(AuditRepositoryTest, AccessLogIsForManagersAndAdmins)
{
    const auto customer = createCustomer(*m_rep1aSession);
    ASSERT_TRUE(CustomerRepository(*m_rep1aSession).get(customer.id)); // an opening, logged
    ASSERT_TRUE(CustomerRepository(*m_manager1Session).get(customer.id));

    auto managers = AuditRepository(*m_manager1Session).accessLog(customer.id);
    ASSERT_TRUE(managers) << managers.error().toString().toStdString();
    ASSERT_EQ(managers->size(), 2u);
    EXPECT_EQ(managers->front().userName, QStringLiteral("manager1"));
    EXPECT_EQ(managers->back().userName, QStringLiteral("rep1a"));
    EXPECT_EQ(managers->back().action, QStringLiteral("open"));
    auto admins = AuditRepository(*m_adminSession).accessLog(customer.id);
    ASSERT_TRUE(admins);
    EXPECT_EQ(admins->size(), 2u);

    auto owner = AuditRepository(*m_rep1aSession).accessLog(customer.id);
    ASSERT_FALSE(owner);
    EXPECT_EQ(owner.error().code, ErrorCode::AccessDenied);
    auto otherArea = AuditRepository(*m_manager2Session).accessLog(customer.id);
    ASSERT_FALSE(otherArea);
    EXPECT_EQ(otherArea.error().code, ErrorCode::NotFound);
}

} // namespace
} // namespace carddesk::storage::test
