#include "StorageFixture.h"

#include "core/InputLimits.h"

namespace carddesk::storage::test {
namespace {

// Issue #17, finding 3: a look-alike of a code is the same customer (or refused), never a second one; text fields
// have limits and no control characters.
class CustomerInputLimitsTest : public StorageFixture
{
protected:
    core::Result<core::Customer> create(const QString& code, const QString& name = QStringLiteral("Look-alike"))
    {
        core::Customer customer;
        customer.code = code;
        customer.name = name;
        return CustomerRepository(*m_rep1aSession).create(customer);
    }

    qint64 customers() { return m_db->sql().execAndGet("SELECT count(*) FROM customers").getInt64(); }
};

TEST_F(CustomerInputLimitsTest, LookAlikesOfACodeFindTheSameCustomerAndCreateNoSecond)
{
    ASSERT_TRUE(create(QStringLiteral("C0000001"), QStringLiteral("Original")));
    const QStringList sameCode{
        QStringLiteral("C0000001") + QChar(0x00A0), // non-breaking space after
        QStringLiteral(" C0000001 "),               // plain spaces around
        QStringLiteral("c0000001"),                 // lower case
        QString::fromUtf8("\xEF\xBC\xA3\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90"
                          "\xEF\xBC\x91"), // full-width Ｃ０００００００１
    };
    CustomerRepository repo(*m_rep1aSession);
    for (const QString& code : sameCode) {
        auto found = repo.getByCode(code);
        ASSERT_TRUE(found) << code.toStdString() << ": " << found.error().toString().toStdString();
        EXPECT_EQ(found->name, QStringLiteral("Original"));
        auto second = create(code);
        ASSERT_FALSE(second) << code.toStdString();
        EXPECT_EQ(second.error().field, QStringLiteral("code"));
    }
    const QStringList refused{
        QStringLiteral("C0000001") + QChar(0x200B),                      // zero-width space
        QStringLiteral("C000") + QChar(0x00A0) + QStringLiteral("0001"), // non-breaking space inside
        QStringLiteral("C0000001") + QChar(0x0000),                      // NUL
        QStringLiteral("C\x1b[31m0000001"),                              // a terminal escape
        QStringLiteral("C0000001\nC2"),                                  // a line break
        QString(core::InputLimits::kCodeLength + 1, QLatin1Char('C')),
        QString(200000, QLatin1Char('X')), // a huge one is refused, not stored
    };
    for (const QString& code : refused) {
        auto made = create(code);
        ASSERT_FALSE(made) << code.left(40).toStdString();
        EXPECT_EQ(made.error().code, core::ErrorCode::InvalidArgument);
        EXPECT_EQ(made.error().field, QStringLiteral("code"));
        EXPECT_FALSE(made.error().message.contains(QChar(0x1b))) << "printed raw";
        EXPECT_LT(made.error().message.size(), 200);
    }
    EXPECT_EQ(customers(), 1);

    // A new code is stored in its one form.
    auto lower = create(QStringLiteral("k0000009"));
    ASSERT_TRUE(lower) << lower.error().toString().toStdString();
    EXPECT_EQ(lower->code, QStringLiteral("K0000009"));
}

TEST_F(CustomerInputLimitsTest, TextFieldsHaveLimitsAndNoControlCharacters)
{
    core::Customer customer;
    customer.name = QStringLiteral("Acme");
    customer.notes = QStringLiteral("first line\nsecond line");
    customer.address = QStringLiteral("1 Nanjing Road");
    CustomerRepository repo(*m_rep1aSession);
    auto made = repo.create(customer);
    ASSERT_TRUE(made) << made.error().toString().toStdString(); // a line break in the notes is fine

    auto refusedWith = [&](core::Customer bad, const QString& field) {
        auto result = repo.create(std::move(bad));
        EXPECT_FALSE(result) << field.toStdString();
        if (!result) {
            EXPECT_EQ(result.error().field, field) << result.error().toString().toStdString();
        }
    };
    core::Customer bad = customer;
    bad.name = QStringLiteral("Acme\x1b]0;owned\x07");
    refusedWith(bad, QStringLiteral("name"));
    bad = customer;
    bad.address = QStringLiteral("line one\nline two");
    refusedWith(bad, QStringLiteral("address"));
    bad = customer;
    bad.address = QString(core::InputLimits::kAddress + 1, QLatin1Char('a'));
    refusedWith(bad, QStringLiteral("address"));
    bad = customer;
    bad.notes = QString(core::InputLimits::kNotes + 1, QLatin1Char('n'));
    refusedWith(bad, QStringLiteral("notes"));
    bad = customer;
    bad.industry = QStringLiteral("steel") + QChar(0x0000);
    refusedWith(bad, QStringLiteral("industry"));
    bad = customer;
    bad.email = QStringLiteral("a\x1b@example.com");
    refusedWith(bad, QStringLiteral("email"));
    bad = customer;
    bad.creditLimit = 1e308;
    refusedWith(bad, QStringLiteral("credit_limit"));
    bad = customer;
    bad.registeredCapital = std::numeric_limits<double>::quiet_NaN();
    refusedWith(bad, QStringLiteral("registered_capital"));
    EXPECT_EQ(customers(), 1);
}

} // namespace
} // namespace carddesk::storage::test
