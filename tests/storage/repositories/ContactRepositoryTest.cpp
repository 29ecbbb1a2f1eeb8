#include "StorageFixture.h"

#include "storage/repositories/ContactRepository.h"

namespace carddesk::storage::test {
namespace {

using core::Contact;
using core::ErrorCode;

class ContactRepositoryTest : public StorageFixture
{
protected:
    Contact contact(qint64 customerId, const QString& name, const QString& mobile = {})
    {
        Contact c;
        c.customerId = customerId;
        c.name = name;
        c.title = QStringLiteral("采购经理");
        c.mobile = mobile;
        return c;
    }
};

TEST_F(ContactRepositoryTest, CreateListUpdateRemove)
{
    const auto customer = createCustomer(*m_rep1aSession);
    ContactRepository repo(*m_rep1aSession);

    auto created = repo.create(contact(customer.id, QStringLiteral("王伟"), QStringLiteral("138 0013 8000")));
    ASSERT_TRUE(created) << created.error().toString().toStdString();
    EXPECT_GT(created->id, 0);
    EXPECT_EQ(created->rowVersion, 1);
    auto second = repo.create(contact(customer.id, QStringLiteral("李娜")));
    ASSERT_TRUE(second);

    auto listed = repo.listForCustomer(customer.id);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);

    Contact edited = *created;
    edited.email = QStringLiteral("wang@example.com");
    auto updated = repo.update(edited);
    ASSERT_TRUE(updated) << updated.error().toString().toStdString();
    EXPECT_EQ(updated->rowVersion, 2);
    EXPECT_EQ(scalar("SELECT row_version FROM contacts WHERE id = " + std::to_string(created->id)), 2);

    ASSERT_TRUE(repo.remove(second->id));
    listed = repo.listForCustomer(customer.id);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(listed->front().email, QStringLiteral("wang@example.com"));
}

TEST_F(ContactRepositoryTest, ValidationReportsTheField)
{
    const auto customer = createCustomer(*m_rep1aSession);
    ContactRepository repo(*m_rep1aSession);
    Contact bad = contact(customer.id, QStringLiteral("王伟"));
    bad.email = QStringLiteral("not-an-address");
    auto result = repo.create(bad);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(result.error().field, QStringLiteral("email"));

    auto noName = repo.create(contact(customer.id, QStringLiteral("  ")));
    ASSERT_FALSE(noName);
    EXPECT_EQ(noName.error().field, QStringLiteral("name"));
    EXPECT_EQ(scalar("SELECT count(*) FROM contacts"), 0);
}

TEST_F(ContactRepositoryTest, StaleRowVersionIsAConflictAndWritesNothing)
{
    const auto customer = createCustomer(*m_rep1aSession);
    ContactRepository repo(*m_rep1aSession);
    auto created = repo.create(contact(customer.id, QStringLiteral("王伟")));
    ASSERT_TRUE(created);

    Contact first = *created;
    first.title = QStringLiteral("总经理");
    ASSERT_TRUE(repo.update(first));

    const qint64 auditBefore = scalar("SELECT count(*) FROM audit_log");
    Contact stale = *created; // still version 1
    stale.title = QStringLiteral("财务");
    auto result = repo.update(stale);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Conflict);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log"), auditBefore);
    auto listed = repo.listForCustomer(customer.id);
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->front().title, QStringLiteral("总经理"));
}

TEST_F(ContactRepositoryTest, AuditRowsCarryOldAndNewValues)
{
    const auto customer = createCustomer(*m_rep1aSession);
    ContactRepository repo(*m_rep1aSession);
    auto created = repo.create(contact(customer.id, QStringLiteral("王伟")));
    ASSERT_TRUE(created);
    const std::string id = std::to_string(created->id);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'contacts' AND action = 'insert' AND "
                     "field = 'name' AND old_value IS NULL AND new_value = '王伟' AND row_id = " +
                     id + " AND customer_id = " + std::to_string(customer.id) +
                     " AND user_id = " + std::to_string(m_rep1a.id)),
              1);

    Contact edited = *created;
    edited.name = QStringLiteral("王伟明");
    ASSERT_TRUE(repo.update(edited));
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'contacts' AND action = 'update' AND "
                     "field = 'name' AND old_value = '王伟' AND new_value = '王伟明' AND row_id = " +
                     id),
              1);
    // Unchanged fields leave no update rows.
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'contacts' AND action = 'update'"), 1);

    ASSERT_TRUE(repo.remove(created->id));
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'contacts' AND action = 'delete' AND "
                     "field = 'name' AND old_value = '王伟明' AND new_value IS NULL AND row_id = " +
                     id),
              1);
}

TEST_F(ContactRepositoryTest, ContactNamesAndPhonesBecomeSearchable)
{
    const auto customer = createCustomer(*m_rep1aSession, QStringLiteral("上海华联商贸有限公司"));
    ContactRepository repo(*m_rep1aSession);
    auto created = repo.create(contact(customer.id, QStringLiteral("欧阳娜娜"), QStringLiteral("13912345678")));
    ASSERT_TRUE(created);

    CustomerListQueries customers(*m_rep1aSession);
    CustomerQuery byPhone;
    byPhone.search = QStringLiteral("912345");
    auto found = customers.list(byPhone);
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ(found->front().id, customer.id);

    ASSERT_TRUE(repo.remove(created->id));
    found = customers.list(byPhone);
    ASSERT_TRUE(found);
    EXPECT_TRUE(found->empty());
}

TEST_F(ContactRepositoryTest, OnlyOnePrimaryContact)
{
    const auto customer = createCustomer(*m_rep1aSession);
    ContactRepository repo(*m_rep1aSession);
    Contact a = contact(customer.id, QStringLiteral("王伟"));
    a.isPrimary = true;
    ASSERT_TRUE(repo.create(a));
    Contact b = contact(customer.id, QStringLiteral("李娜"));
    b.isPrimary = true;
    auto created = repo.create(b);
    ASSERT_TRUE(created);
    EXPECT_EQ(scalar("SELECT count(*) FROM contacts WHERE is_primary = 1"), 1);
    auto listed = repo.listForCustomer(customer.id);
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->front().id, created->id);
}

TEST_F(ContactRepositoryTest, ContactCannotMoveToAnotherCustomer)
{
    const auto first = createCustomer(*m_rep1aSession);
    const auto second = createCustomer(*m_rep1aSession);
    ContactRepository repo(*m_rep1aSession);
    auto created = repo.create(contact(first.id, QStringLiteral("王伟")));
    ASSERT_TRUE(created);
    Contact moved = *created;
    moved.customerId = second.id;
    auto result = repo.update(moved);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(scalar("SELECT customer_id FROM contacts WHERE id = " + std::to_string(created->id)), first.id);
}

} // namespace
} // namespace carddesk::storage::test
