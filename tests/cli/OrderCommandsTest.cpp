#include "CliTestSupport.h"

#include "cli/CliContext.h"

#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/ProductRepository.h"

#include <QJsonArray>

namespace carddesk::cli::test {
namespace {

QStringList words(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* word : list)
        result << QString::fromUtf8(word);
    return result;
}

class OrderCommandsTest : public CliFixture
{
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_EQ(runAs(QStringLiteral("admin"), words({"areas", "add", "east"})).code, 0);
        addUser(QStringLiteral("rep1"), QStringLiteral("rep"), QStringLiteral("east"));
        addUser(QStringLiteral("rep2"), QStringLiteral("rep"), QStringLiteral("east"));
        storage::Session admin = session(QStringLiteral("admin"));
        core::Product product;
        product.code = QStringLiteral("P-1");
        product.name = QStringLiteral("墨盒");
        product.unitPrice = 120;
        ASSERT_TRUE(storage::ProductRepository(admin).create(product));
        storage::Session s = session(QStringLiteral("rep1"));
        core::Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("客户 C1");
        c.creditLimit = 1000;
        c.creditRating = QStringLiteral("A");
        m_customer = storage::CustomerRepository(s).create(c)->id;
        m_db.reset();
    }

    qint64 m_customer = 0;
    QString m_today = QDate::currentDate().toString(Qt::ISODate);
};

TEST_F(OrderCommandsTest, OrderPaymentAndThePlan)
{
    const QString rep = QStringLiteral("rep1");
    CliRun added = runAs(rep, words({"orders", "add", "--customer", "C1", "--line", "P-1:5", "--line", "p-1:1:30",
                                     "--invoice", "INV-9", "--date"})
                                  << m_today);
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.startsWith(QLatin1String("order "))) << added.out.toStdString();
    EXPECT_TRUE(added.out.contains(QLatin1String("amount 630"))) << added.out.toStdString();
    const qint64 receivable = scalar("SELECT id FROM receivables");
    m_db.reset();

    CliRun listed = runAs(rep, words({"receivables", "list", "--json"}));
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("open")).toDouble(), 630);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("invoice_no")).toString(), QStringLiteral("INV-9"));
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("priority")).toString(), QStringLiteral("low"));

    const QString id = QString::number(receivable);
    CliRun tooMuch = runAs(rep, words({"payments", "add", "--amount", "631", "--receivable"}) << id);
    EXPECT_EQ(tooMuch.code, ExitUsage);
    EXPECT_TRUE(tooMuch.err.contains(QLatin1String("more than the open amount"))) << tooMuch.err.toStdString();
    EXPECT_EQ(runAs(rep, words({"payments", "add", "--amount", "0", "--receivable"}) << id).code, ExitUsage);
    EXPECT_EQ(runAs(rep, words({"payments", "add", "--amount", "x", "--receivable"}) << id).code, ExitUsage);
    // Another rep's receivable: not found, nothing written.
    EXPECT_EQ(runAs(QStringLiteral("rep2"), words({"payments", "add", "--amount", "1", "--receivable"}) << id).code,
              ExitFailure);
    EXPECT_EQ(scalar("SELECT count(*) FROM payments"), 0);
    m_db.reset();

    CliRun paid =
        runAs(rep, words({"payments", "add", "--amount", "130", "--method", "transfer", "--receivable"}) << id);
    ASSERT_EQ(paid.code, 0) << paid.err.toStdString();
    listed = runAs(rep, words({"receivables", "list", "--json"}));
    rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("open")).toDouble(), 500);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("paid")).toDouble(), 130);
    EXPECT_TRUE(QJsonDocument::fromJson(runAs(rep, words({"receivables", "list", "--overdue", "--json"})).out.toUtf8())
                    .array()
                    .isEmpty());
}

// The walkthrough's `receivables list --json` printed "open": 5574.459999999999 (amount less paid, in doubles), and
// `orders add` printed an amount of 12345.67 as 12345.7 (QTextStream's 6 digits): money is shown to the cent.
TEST_F(OrderCommandsTest, MoneyIsPrintedToTheCent)
{
    const QString rep = QStringLiteral("rep1");
    CliRun added =
        runAs(rep, words({"orders", "add", "--customer", "C1", "--line", "P-1:1:630.3", "--date"}) << m_today);
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(QLatin1String("amount 630.30"))) << added.out.toStdString();
    const QString id = QString::number(scalar("SELECT id FROM receivables"));
    m_db.reset();
    ASSERT_EQ(runAs(rep, words({"payments", "add", "--amount", "130.1", "--receivable"}) << id).code, 0);
    const CliRun listed = runAs(rep, words({"receivables", "list", "--json"}));
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QLatin1String("\"open\": 500.2,"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QLatin1String("\"amount\": 630.3,"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QLatin1String("\"paid\": 130.1,"))) << listed.out.toStdString();

    CliRun large = runAs(rep, words({"orders", "add", "--customer", "C1", "--line", "P-1:1:12345.67", "--reason",
                                     "approved by the manager", "--date"})
                                  << m_today);
    ASSERT_EQ(large.code, 0) << large.err.toStdString();
    EXPECT_TRUE(large.out.contains(QLatin1String("amount 12345.67"))) << large.out.toStdString();
}

TEST_F(OrderCommandsTest, AboveTheCreditLimitNeedsAReason)
{
    const QString rep = QStringLiteral("rep1");
    CliRun refused = runAs(rep, words({"orders", "add", "--customer", "C1", "--line", "P-1:10", "--date"}) << m_today);
    EXPECT_EQ(refused.code, ExitUsage);
    EXPECT_TRUE(refused.err.contains(QLatin1String("--reason"))) << refused.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), 0);
    m_db.reset();
    CliRun allowed = runAs(
        rep, words({"orders", "add", "--customer", "C1", "--line", "P-1:10", "--reason", "老客户, 经理同意", "--date"})
                 << m_today);
    ASSERT_EQ(allowed.code, 0) << allowed.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE action = 'credit_override'"), 1);
}

TEST_F(OrderCommandsTest, VoidNeedsAReasonAndLeavesTheAuditTrail)
{
    const QString rep = QStringLiteral("rep1");
    ASSERT_EQ(runAs(rep, words({"orders", "add", "--customer", "C1", "--line", "P-1:1", "--date"}) << m_today).code, 0);
    const QString order = QString::number(scalar("SELECT id FROM orders"));
    m_db.reset();
    EXPECT_EQ(runAs(rep, words({"orders", "void"}) << order).code, ExitUsage);
    EXPECT_EQ(runAs(QStringLiteral("rep2"), words({"orders", "void", "--reason", "x"}) << order).code, ExitFailure);
    CliRun voided = runAs(rep, words({"orders", "void", "--reason", "重复录入"}) << order);
    ASSERT_EQ(voided.code, 0) << voided.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM receivables"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE action = 'void' AND field = 'void_reason'"), 1);
}

TEST_F(OrderCommandsTest, EditKeepsWhatIsNotGiven)
{
    const QString rep = QStringLiteral("rep1");
    ASSERT_EQ(runAs(rep, words({"orders", "add", "--customer", "C1", "--line", "P-1:1", "--invoice", "INV-1",
                                "--order-no", "SO-1", "--date"})
                             << m_today)
                  .code,
              0);
    const QString order = QString::number(scalar("SELECT id FROM orders"));
    m_db.reset();
    const QString due = QDate::currentDate().addDays(45).toString(Qt::ISODate);
    CliRun edited = runAs(rep, words({"orders", "edit", "--invoice", "INV-1b", "--due"}) << due << order);
    ASSERT_EQ(edited.code, 0) << edited.err.toStdString();
    EXPECT_EQ(db().sql().execAndGet("SELECT order_no FROM orders").getString(), "SO-1");
    EXPECT_EQ(db().sql().execAndGet("SELECT invoice_no || ' ' || due_date FROM receivables").getString(),
              "INV-1b " + due.toStdString());
    m_db.reset();
    EXPECT_EQ(runAs(rep, words({"orders", "edit", "--due", "2000-01-01"}) << order).code, ExitUsage);
    EXPECT_EQ(runAs(QStringLiteral("rep2"), words({"orders", "edit", "--notes", "x"}) << order).code, ExitFailure);
}

TEST_F(OrderCommandsTest, BadLinesAreUsageErrors)
{
    const QString rep = QStringLiteral("rep1");
    for (const char* line : {"P-1", "P-1:x", "NOPE:1", ":1", "P-1:1:2:3"}) {
        CliRun run = runAs(rep, words({"orders", "add", "--customer", "C1", "--date"})
                                    << m_today << QStringLiteral("--line") << QString::fromUtf8(line));
        EXPECT_EQ(run.code, ExitUsage) << line << run.err.toStdString();
    }
    EXPECT_EQ(runAs(rep, words({"orders", "add", "--customer", "C1", "--line", "P-1:-2", "--date"}) << m_today).code,
              ExitUsage);
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), 0);
}

} // namespace
} // namespace carddesk::cli::test
