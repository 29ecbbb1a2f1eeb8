#include "StorageFixture.h"

#include "storage/queries/CustomerListQueries.h"
#include "storage/repositories/CustomerRepository.h"

#include "storage/repositories/ContactRepository.h"

#include <QStringList>

#include <algorithm>

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;

class CustomerRepositoryTest : public StorageFixture
{
protected:
    struct AuditRow
    {
        std::string action;
        std::string field;
        std::string oldValue;
        std::string newValue;
        qint64 userId = 0;
    };

    std::vector<AuditRow> auditRows(qint64 customerId, const char* action)
    {
        // An empty value may be stored as NULL or ''; both read as "".
        SQLite::Statement q(db().sql(), "SELECT action, field, coalesce(old_value, ''), "
                                        "coalesce(new_value, ''), user_id FROM audit_log "
                                        "WHERE customer_id = ? AND action = ? ORDER BY field");
        q.bind(1, static_cast<int64_t>(customerId));
        q.bind(2, action);
        std::vector<AuditRow> rows;
        while (q.executeStep())
            rows.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                            q.getColumn(3).getString(), q.getColumn(4).getInt64()});
        return rows;
    }

    qint64 accessRows(const char* action, qint64 customerId)
    {
        return scalar("SELECT count(*) FROM access_log WHERE action = '" + std::string(action) +
                      "' AND customer_id = " + std::to_string(customerId));
    }
};

TEST_F(CustomerRepositoryTest, CreateRefusesInvalidCardsNamingTheField)
{
    CustomerRepository repo(*m_rep1aSession);
    struct Case
    {
        void (*spoil)(core::Customer&);
        const char* field;
    };
    const Case cases[] = {
        {[](core::Customer& c) { c.name = QStringLiteral("   "); }, "name"},
        {[](core::Customer& c) { c.email = QStringLiteral("not an address"); }, "email"},
        {[](core::Customer& c) { c.phone = QStringLiteral("call me"); }, "phone"},
        {[](core::Customer& c) { c.creditLimit = -1; }, "credit_limit"},
        {[](core::Customer& c) { c.status = QStringLiteral("maybe"); }, "status"},
        {[](core::Customer& c) { c.kind = QStringLiteral("robot"); }, "kind"},
        {[](core::Customer& c) { c.satisfaction = 6; }, "satisfaction"},
        {[](core::Customer& c) { c.loyaltyClass = QStringLiteral("fan"); }, "loyalty_class"},
    };
    for (const Case& test : cases) {
        core::Customer customer;
        customer.name = QStringLiteral("上海华联商贸有限公司");
        test.spoil(customer);
        auto created = repo.create(customer);
        ASSERT_FALSE(created) << test.field;
        EXPECT_EQ(created.error().code, ErrorCode::InvalidArgument) << test.field;
        EXPECT_EQ(created.error().field.toStdString(), test.field);
    }
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'customers'"), 0);
}

TEST_F(CustomerRepositoryTest, CreateFillsOwnerAreaCodeAndWritesAnAuditRow)
{
    CustomerRepository repo(*m_rep1aSession);
    core::Customer input;
    input.name = QStringLiteral("  上海华联商贸有限公司 ");
    input.phone = QStringLiteral("021-6234 5678");
    auto created = repo.create(input);
    ASSERT_TRUE(created) << created.error().toString().toStdString();
    EXPECT_GT(created->id, 0);
    EXPECT_EQ(created->name, QStringLiteral("上海华联商贸有限公司"));
    EXPECT_EQ(created->ownerId, m_rep1a.id);
    EXPECT_EQ(created->areaId, m_area1.id);
    EXPECT_EQ(created->rowVersion, 1);
    EXPECT_EQ(created->code, QStringLiteral("C0000001"));

    auto stored = repo.get(created->id, false);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->name, created->name);
    EXPECT_EQ(stored->phone, input.phone);
    EXPECT_EQ(stored->code, created->code);
    EXPECT_EQ(stored->ownerId, m_rep1a.id);
    EXPECT_EQ(stored->rowVersion, 1);
    EXPECT_TRUE(stored->createdAt.isValid());

    const auto audit = auditRows(created->id, "insert");
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].newValue, "上海华联商贸有限公司");
    EXPECT_EQ(audit[0].userId, m_rep1a.id);
}

TEST_F(CustomerRepositoryTest, CodesAreGeneratedUniqueAndExplicitCodesAreKept)
{
    CustomerRepository repo(*m_rep1aSession);
    core::Customer a;
    a.name = QStringLiteral("甲");
    auto first = repo.create(a);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->code, QStringLiteral("C0000001"));

    // A hand-given code that happens to be the next generated one must not block later creates.
    core::Customer b;
    b.name = QStringLiteral("乙");
    b.code = QStringLiteral("C0000003");
    auto second = repo.create(b);
    ASSERT_TRUE(second) << second.error().toString().toStdString();
    EXPECT_EQ(second->code, QStringLiteral("C0000003"));

    core::Customer c;
    c.name = QStringLiteral("丙");
    auto third = repo.create(c);
    ASSERT_TRUE(third) << third.error().toString().toStdString();
    EXPECT_NE(third->code, QStringLiteral("C0000003"));
    EXPECT_NE(third->code, QStringLiteral("C0000001"));
    EXPECT_TRUE(third->code.startsWith(QLatin1Char('C')));

    core::Customer dup;
    dup.name = QStringLiteral("丁");
    dup.code = QStringLiteral("C0000003");
    auto duplicate = repo.create(dup);
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().field, QStringLiteral("code"));
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 3);
    EXPECT_EQ(scalar("SELECT count(DISTINCT code) FROM customers"), 3);
}

TEST_F(CustomerRepositoryTest, RepCannotCreateACustomerForSomeoneElse)
{
    CustomerRepository repo(*m_rep1aSession);
    core::Customer customer;
    customer.name = QStringLiteral("别人的客户");
    customer.ownerId = m_rep1b.id;
    auto created = repo.create(customer);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(created.error().field, QStringLiteral("owner"));
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 0);
}

TEST_F(CustomerRepositoryTest, UpdateSavesChangedFieldsWithOneAuditRowEach)
{
    auto customer = createCustomer(*m_rep1aSession, QStringLiteral("上海华联商贸有限公司"));
    CustomerRepository repo(*m_rep1aSession);
    core::Customer edited = customer;
    edited.phone = QStringLiteral("021-6234 5678");
    edited.creditLimit = 50000;
    edited.status = QStringLiteral("current");
    auto saved = repo.update(edited);
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    EXPECT_EQ(saved->rowVersion, 2);

    const auto audit = auditRows(customer.id, "update");
    ASSERT_EQ(audit.size(), 3u);
    EXPECT_EQ(audit[0].field, "credit_limit");
    EXPECT_EQ(audit[0].oldValue, "0.00");
    EXPECT_EQ(audit[0].newValue, "50000.00");
    EXPECT_EQ(audit[1].field, "phone");
    EXPECT_EQ(audit[1].oldValue, "");
    EXPECT_EQ(audit[1].newValue, "021-6234 5678");
    EXPECT_EQ(audit[2].field, "status");
    EXPECT_EQ(audit[2].oldValue, "potential");
    EXPECT_EQ(audit[2].newValue, "current");
    for (const auto& row : audit)
        EXPECT_EQ(row.userId, m_rep1a.id);

    auto stored = repo.get(customer.id, false);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->phone, edited.phone);
    EXPECT_DOUBLE_EQ(stored->creditLimit, 50000);
    EXPECT_EQ(stored->status, QStringLiteral("current"));
    EXPECT_EQ(stored->rowVersion, 2);

    // Saving the same card again changes nothing and writes nothing.
    auto again = repo.update(*stored);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->rowVersion, 2);
    EXPECT_EQ(auditRows(customer.id, "update").size(), 3u);
}

TEST_F(CustomerRepositoryTest, RenamingRefreshesThePinyinSearch)
{
    auto customer = createCustomer(*m_rep1aSession, QStringLiteral("上海华联商贸有限公司"));
    CustomerRepository repo(*m_rep1aSession);
    customer.name = QStringLiteral("广州华联商贸有限公司");
    auto saved = repo.update(customer);
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    EXPECT_TRUE(searchNames(*m_rep1aSession, QStringLiteral("shanghai")).isEmpty());
    EXPECT_EQ(searchNames(*m_rep1aSession, QStringLiteral("guangzhou")), QStringList{customer.name});
    EXPECT_EQ(searchNames(*m_rep1aSession, QStringLiteral("gzhl")), QStringList{customer.name});
    EXPECT_EQ(searchNames(*m_rep1aSession, QStringLiteral("广州")), QStringList{customer.name});
}

TEST_F(CustomerRepositoryTest, AStaleRowVersionIsAConflictAndWritesNothing)
{
    auto customer = createCustomer(*m_rep1aSession);
    CustomerRepository mine(*m_rep1aSession);
    CustomerRepository managers(*m_manager1Session);
    core::Customer byManager = customer;
    byManager.notes = QStringLiteral("manager was here");
    core::Customer byRep = customer;
    byRep.phone = QStringLiteral("021-1111 2222");
    ASSERT_TRUE(managers.update(byManager));

    const qint64 auditBefore = scalar("SELECT count(*) FROM audit_log");
    auto stale = mine.update(byRep);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log"), auditBefore);
    auto stored = mine.get(customer.id, false);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->notes, byManager.notes);
    EXPECT_TRUE(stored->phone.isEmpty());
    EXPECT_EQ(stored->rowVersion, 2);

    // After re-reading, the rep's change goes through on top of the manager's.
    core::Customer retry = *stored;
    retry.phone = byRep.phone;
    auto saved = mine.update(retry);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->rowVersion, 3);
    EXPECT_EQ(saved->notes, byManager.notes);
}

TEST_F(CustomerRepositoryTest, RepCannotReassignThroughUpdate)
{
    auto customer = createCustomer(*m_rep1aSession);
    CustomerRepository repo(*m_rep1aSession);
    core::Customer edited = customer;
    edited.ownerId = m_rep1b.id;
    auto saved = repo.update(edited);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(scalar("SELECT owner_id FROM customers WHERE id = " + std::to_string(customer.id)), m_rep1a.id);
}

TEST_F(CustomerRepositoryTest, OpeningACardIsLoggedAndReadingForInternalUseIsNot)
{
    auto customer = createCustomer(*m_rep1aSession);
    CustomerRepository repo(*m_rep1aSession);
    ASSERT_TRUE(repo.get(customer.id));
    EXPECT_EQ(accessRows("open", customer.id), 1);
    ASSERT_TRUE(repo.getByCode(customer.code));
    EXPECT_EQ(accessRows("open", customer.id), 2);
    ASSERT_TRUE(repo.get(customer.id, false));
    ASSERT_TRUE(repo.getByCode(customer.code, false));
    EXPECT_EQ(accessRows("open", customer.id), 2);
    EXPECT_EQ(scalar("SELECT user_id FROM access_log WHERE action = 'open' LIMIT 1"), m_rep1a.id);

    // A refused open leaves no trace of the card.
    CustomerRepository other(*m_rep1bSession);
    auto refused = other.get(customer.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::NotFound);
    EXPECT_EQ(accessRows("open", customer.id), 2);
}

TEST_F(CustomerRepositoryTest, ExportsAreLoggedPerCard)
{
    auto a = createCustomer(*m_rep1aSession);
    auto b = createCustomer(*m_rep1aSession);
    CustomerRepository repo(*m_rep1aSession);
    ASSERT_TRUE(repo.logExport({a.id, b.id}, QStringLiteral("customers.csv")));
    EXPECT_EQ(accessRows("export", a.id), 1);
    EXPECT_EQ(accessRows("export", b.id), 1);
    SQLite::Statement q(db().sql(), "SELECT detail, user_id FROM access_log WHERE action = 'export' LIMIT 1");
    ASSERT_TRUE(q.executeStep());
    EXPECT_EQ(q.getColumn(0).getString(), "customers.csv");
    EXPECT_EQ(q.getColumn(1).getInt64(), m_rep1a.id);
}

TEST_F(CustomerRepositoryTest, AuditAndAccessLogsAreAppendOnly)
{
    auto customer = createCustomer(*m_rep1aSession);
    CustomerRepository repo(*m_rep1aSession);
    ASSERT_TRUE(repo.get(customer.id));
    ASSERT_GT(scalar("SELECT count(*) FROM audit_log"), 0);
    ASSERT_GT(scalar("SELECT count(*) FROM access_log"), 0);
    for (const char* sql : {"UPDATE audit_log SET new_value = 'forged'", "DELETE FROM audit_log",
                            "UPDATE access_log SET user_id = NULL", "DELETE FROM access_log"}) {
        auto status = db().write([&]() -> core::Status {
            db().sql().exec(sql);
            return {};
        });
        ASSERT_FALSE(status) << sql;
        EXPECT_TRUE(status.error().message.contains(QStringLiteral("append-only"))) << sql;
    }
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE new_value = 'forged'"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log WHERE user_id IS NULL"), 0);
}

} // namespace
} // namespace carddesk::storage::test
