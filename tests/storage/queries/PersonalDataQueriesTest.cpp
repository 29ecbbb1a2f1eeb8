#include "StorageFixture.h"

#include "storage/queries/MailingQueries.h"
#include "storage/queries/PersonalDataQueries.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/CustomerRemoval.h"

#include <QJsonArray>

namespace carddesk::storage::test {

class PersonalDataQueriesTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        m_customer = createCustomer(*m_rep1aSession, QStringLiteral("宁波海曙贸易有限公司"));
        m_contact = addContact(m_customer.id, QStringLiteral("陈静"), true, false);
    }

    core::Contact addContact(qint64 customerId, const QString& name, bool primary, bool doNotContact)
    {
        core::Contact c;
        c.customerId = customerId;
        c.name = name;
        c.title = QStringLiteral("经理");
        c.mobile = QStringLiteral("13800001111");
        c.isPrimary = primary;
        c.doNotContact = doNotContact;
        return must(ContactRepository(*m_adminSession).create(c), "create a contact");
    }

    core::Customer m_customer;
    core::Contact m_contact;
};

TEST_F(PersonalDataQueriesTest, ACustomersDataHoldsItsCardContactsAndAudit)
{
    auto data = PersonalDataQueries(*m_manager1Session).customer(m_customer.id);
    ASSERT_TRUE(data) << data.error().toString().toStdString();
    EXPECT_EQ(data->value("customer").toObject().value("name").toString(), m_customer.name);
    EXPECT_FALSE(data->value("customer").toObject().contains("search_text"));
    ASSERT_EQ(data->value("contacts").toArray().size(), 1);
    EXPECT_EQ(data->value("contacts").toArray().first().toObject().value("mobile").toString(),
              QStringLiteral("13800001111"));
    EXPECT_GT(data->value("audit").toArray().size(), 0);
    EXPECT_EQ(data->value("orders").toObject().value("count").toInt(), 0);
}

TEST_F(PersonalDataQueriesTest, AContactsDataHoldsTheContactAndItsAuditRows)
{
    auto data = PersonalDataQueries(*m_adminSession).contact(m_contact.id);
    ASSERT_TRUE(data) << data.error().toString().toStdString();
    EXPECT_EQ(data->value("contact").toObject().value("name").toString(), QStringLiteral("陈静"));
    EXPECT_EQ(data->value("customer").toObject().value("id").toInteger(), m_customer.id);
    EXPECT_GT(data->value("audit").toArray().size(), 0);
}

TEST_F(PersonalDataQueriesTest, AccessMatrix)
{
    // Administrator and the area's manager; a rep (even the owner) is refused first; another area's manager
    // finds nothing.
    EXPECT_TRUE(PersonalDataQueries(*m_adminSession).customer(m_customer.id));
    EXPECT_TRUE(PersonalDataQueries(*m_manager1Session).contact(m_contact.id));
    for (Session* rep : {m_rep1aSession.get(), m_rep1bSession.get(), m_rep2Session.get()}) {
        EXPECT_EQ(PersonalDataQueries(*rep).customer(m_customer.id).error().code, core::ErrorCode::AccessDenied);
        EXPECT_EQ(PersonalDataQueries(*rep).contact(m_contact.id).error().code, core::ErrorCode::AccessDenied);
    }
    EXPECT_EQ(PersonalDataQueries(*m_manager2Session).customer(m_customer.id).error().code, core::ErrorCode::NotFound);
    EXPECT_EQ(PersonalDataQueries(*m_manager2Session).contact(m_contact.id).error().code, core::ErrorCode::NotFound);
}

TEST_F(PersonalDataQueriesTest, MailingSkipsDoNotContactAndArchivedAndKeepsTheScope)
{
    const core::Customer refused = createCustomer(*m_rep1aSession, QStringLiteral("不要来信公司"));
    addContact(refused.id, QStringLiteral("张三"), true, true);
    const core::Customer bare = createCustomer(*m_rep1aSession, QStringLiteral("无联系人公司"));
    const core::Customer archived = createCustomer(*m_rep1aSession, QStringLiteral("已归档公司"));
    addContact(archived.id, QStringLiteral("李四"), true, false);
    ASSERT_TRUE(CustomerRemoval(*m_adminSession).archive(archived.id));
    createCustomer(*m_rep2Session, QStringLiteral("别区公司"));

    auto list = MailingQueries(*m_rep1aSession).addressees(CustomerQuery{});
    ASSERT_TRUE(list) << list.error().toString().toStdString();
    EXPECT_EQ(list->skippedDoNotContact, 1);
    EXPECT_EQ(list->withoutContact, 1);
    ASSERT_EQ(list->rows.size(), 2u); // 宁波海曙 (陈静) and 无联系人公司; not the archived one, not rep2's
    QStringList names;
    for (const MailingRow& row : list->rows)
        names << row.customerName;
    EXPECT_TRUE(names.contains(m_customer.name));
    EXPECT_TRUE(names.contains(bare.name));
    for (const MailingRow& row : list->rows)
        if (row.customerId == m_customer.id) {
            EXPECT_EQ(row.contactName, QStringLiteral("陈静"));
            EXPECT_EQ(row.phone, QStringLiteral("13800001111"));
        }
    // The search narrows it like the list.
    CustomerQuery search;
    search.search = QStringLiteral("宁波海曙");
    EXPECT_EQ(MailingQueries(*m_rep1aSession).addressees(search)->rows.size(), 1u);
}

} // namespace carddesk::storage::test
