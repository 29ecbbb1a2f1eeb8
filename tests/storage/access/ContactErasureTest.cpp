#include "StorageFixture.h"

#include "storage/access/ContactErasure.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/InteractionRepository.h"

#include <QFile>

namespace carddesk::storage::test {

namespace {

const QString kName = QStringLiteral("欧阳明远");
const QString kPhone = QStringLiteral("13912345678");
const QString kOldMobile = QStringLiteral("13787654321");

// How often `text` (UTF-8) occurs in the bytes of a file (0 when it does not exist).
int occurrences(const QString& path, const QString& text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray bytes = file.readAll();
    const QByteArray needle = text.toUtf8();
    int n = 0;
    for (qsizetype at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1))
        ++n;
    return n;
}

} // namespace

class ContactErasureTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        m_customer = createCustomer(*m_rep1aSession, QStringLiteral("杭州诚远食品有限公司"));
        ContactRepository contacts(*m_rep1aSession);
        core::Contact c;
        c.customerId = m_customer.id;
        c.name = kName;
        c.phone = kPhone;
        c.mobile = kOldMobile;
        c.email = QStringLiteral("ouyang@example.cn");
        c.isPrimary = true;
        m_contact = must(contacts.create(c), "create the contact");
        m_contact.mobile = QString(); // an edit: the old mobile number is now only in the audit trail
        m_contact.title = QStringLiteral("采购经理");
        m_contact = must(contacts.update(m_contact), "edit the contact");
        core::Contact other;
        other.customerId = m_customer.id;
        other.name = QStringLiteral("李四");
        other.phone = QStringLiteral("057188886666");
        m_other = must(contacts.create(other), "create a second contact");
        core::Interaction call;
        call.customerId = m_customer.id;
        call.contactId = m_contact.id;
        call.channel = QStringLiteral("phone");
        call.occurredAt = QDateTime::currentDateTimeUtc();
        call.summary = QStringLiteral("询价");
        must(InteractionRepository(*m_rep1aSession).create(call), "log a call");
    }

    int inFiles(const QString& text) { return occurrences(m_path, text) + occurrences(m_path + "-wal", text); }

    core::Customer m_customer;
    core::Contact m_contact;
    core::Contact m_other;
};

TEST_F(ContactErasureTest, ThePersonIsInTheFileBeforeAndNowhereAfter)
{
    // The control: without the erasure the bytes are there (in the WAL, the file, or both).
    ASSERT_GT(inFiles(kName), 0);
    ASSERT_GT(inFiles(kPhone), 0);
    ASSERT_GT(inFiles(kOldMobile), 0);

    auto report = ContactErasure(*m_adminSession).erase(m_contact.id);
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(report->customerId, m_customer.id);
    EXPECT_EQ(report->interactionsUnlinked, 1);
    EXPECT_GT(report->auditValuesBlanked, 0);
    EXPECT_TRUE(report->walEmptied);

    EXPECT_EQ(occurrences(m_path, kName), 0);
    EXPECT_EQ(occurrences(m_path, kPhone), 0);
    EXPECT_EQ(occurrences(m_path, kOldMobile), 0);
    EXPECT_EQ(occurrences(m_path, QStringLiteral("ouyang@example.cn")), 0);
    EXPECT_EQ(QFile(m_path + "-wal").size(), 0);
    // The other contact and the card are untouched.
    EXPECT_GT(inFiles(QStringLiteral("057188886666")), 0);
    EXPECT_GT(inFiles(QStringLiteral("杭州诚远食品有限公司")), 0);
}

TEST_F(ContactErasureTest, TheLiveTablesAndTheSearchNoLongerKnowThePerson)
{
    ASSERT_TRUE(ContactErasure(*m_adminSession).erase(m_contact.id));
    EXPECT_EQ(scalar("SELECT count(*) FROM contacts WHERE id = " + std::to_string(m_contact.id)), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM interactions WHERE contact_id IS NULL"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM customers WHERE instr(search_text, '13912345678') > 0"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '\"13912345678\"'"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '\"欧阳明远\"'"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '\"057188886666\"'"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM customers_fts_pending"), 0);
    CustomerQuery query;
    query.search = QStringLiteral("欧阳明远");
    EXPECT_EQ(CustomerListQueries(*m_adminSession).count(query).value(), 0);
    query.search = QStringLiteral("李四");
    EXPECT_EQ(CustomerListQueries(*m_adminSession).count(query).value(), 1);
}

TEST_F(ContactErasureTest, TheAuditKeepsThatAnErasureHappenedNotTheValues)
{
    const std::string id = std::to_string(m_contact.id);
    const qint64 rowsBefore = scalar("SELECT count(*) FROM audit_log");
    ASSERT_TRUE(ContactErasure(*m_adminSession).erase(m_contact.id));
    // One erase row (who, when, which contact), no row lost.
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log"), rowsBefore + 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE action = 'erase' AND table_name = 'contacts' AND row_id = " +
                     id + " AND user_id = " + std::to_string(m_admin.id) + " AND old_value IS NULL"),
              1);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'contacts' AND row_id = " + id +
                     " AND action <> 'erase' AND (coalesce(old_value, '(erased)') <> '(erased)' OR "
                     "coalesce(new_value, '(erased)') <> '(erased)')"),
              0);
    // The fields and actions of the blanked rows stay: what changed and when is still known.
    EXPECT_GT(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'contacts' AND row_id = " + id +
                     " AND action = 'update' AND field = 'mobile'"),
              0);
    // The other contact's audit rows keep their values.
    EXPECT_GT(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'contacts' AND row_id = " +
                     std::to_string(m_other.id) + " AND new_value = '057188886666'"),
              0);
}

TEST_F(ContactErasureTest, TheAuditLogStaysAppendOnlyOutsideTheErasure)
{
    ASSERT_TRUE(ContactErasure(*m_adminSession).erase(m_contact.id));
    auto& sql = db().sql();
    const std::string other = std::to_string(m_other.id);
    // A row of a contact that was not erased cannot be blanked, nor can anything but the values change.
    EXPECT_THROW(
        sql.exec("UPDATE audit_log SET new_value = '(erased)' WHERE table_name = 'contacts' AND row_id = " + other),
        SQLite::Exception);
    EXPECT_THROW(sql.exec("UPDATE audit_log SET field = 'x' WHERE table_name = 'contacts' AND row_id = " +
                          std::to_string(m_contact.id) + " AND action <> 'erase'"),
                 SQLite::Exception);
    EXPECT_THROW(sql.exec("UPDATE audit_log SET new_value = 'forged' WHERE table_name = 'contacts' AND row_id = " +
                          std::to_string(m_contact.id) + " AND action <> 'erase'"),
                 SQLite::Exception);
    // The record of the erasure itself cannot be changed, and nothing can be deleted.
    EXPECT_THROW(sql.exec("UPDATE audit_log SET new_value = '(erased)' WHERE action = 'erase'"), SQLite::Exception);
    EXPECT_THROW(sql.exec("DELETE FROM audit_log WHERE action = 'erase'"), SQLite::Exception);
}

TEST_F(ContactErasureTest, TextsThatStillNameThePersonAreListedNotRewritten)
{
    db().sql().exec("UPDATE customers SET key_figures = '法定代表人：欧阳明远' WHERE id = " +
                    std::to_string(m_customer.id));
    auto report = ContactErasure(*m_adminSession).erase(m_contact.id);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->mentionsLeft, QStringList{QStringLiteral("customers %1 key_figures").arg(m_customer.id)});
    EXPECT_EQ(scalar("SELECT count(*) FROM customers WHERE key_figures = '法定代表人：欧阳明远'"), 1);
}

TEST_F(ContactErasureTest, OnlyTheAdministratorErases)
{
    for (Session* session : {m_rep1aSession.get(), m_manager1Session.get(), m_manager2Session.get()}) {
        auto refused = ContactErasure(*session).erase(m_contact.id);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, core::ErrorCode::AccessDenied);
    }
    EXPECT_EQ(scalar("SELECT count(*) FROM contacts WHERE id = " + std::to_string(m_contact.id)), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE action = 'erase'"), 0);
    auto missing = ContactErasure(*m_adminSession).erase(999999);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, core::ErrorCode::NotFound);
}

} // namespace carddesk::storage::test
