#include "CliTestSupport.h"

#include <cmath>

namespace carddesk::cli::test {
namespace {

// Issue #17, finding 3: look-alike and absurd input through the command line, and analytics that stay finite
// whatever the file holds.
class InputLimitsCommandsTest : public CliFixture
{
protected:
    CliRun importCsv(const QByteArray& rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("orders-%1.csv").arg(++m_files));
        writeFile(path, "customer_code,order_date,amount\n" + rows);
        return runAs(QStringLiteral("admin"),
                     {QStringLiteral("import-orders"), path, QStringLiteral("--create-customers")});
    }

    qint64 customers() { return scalar("SELECT count(*) FROM customers"); }
    qint64 orders() { return scalar("SELECT count(*) FROM orders"); }

    int m_files = 0;
};

TEST_F(InputLimitsCommandsTest, LookAlikeCodesGoToTheSameCustomer)
{
    ASSERT_EQ(importCsv("C0000001,2024-01-05,10\n").code, 0);
    const QList<QByteArray> sameCustomer{
        "C0000001\xC2\xA0", // a non-breaking space after
        "\"C0000001 \"",    // a plain space inside quotes
        "c0000001",         // lower case
        "\xEF\xBC\xA3\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x91", // full
                                                                                                            // width
    };
    for (const QByteArray& code : sameCustomer) {
        const CliRun run = importCsv(code + ",2024-01-06,1\n");
        EXPECT_EQ(run.code, 0) << code.toStdString() << ": " << run.err.toStdString();
    }
    EXPECT_EQ(customers(), 1);
    EXPECT_EQ(orders(), 5);
    EXPECT_EQ(scalar("SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.code = "
                     "'C0000001'"),
              5);

    // `show` takes the look-alikes too.
    const CliRun shown = runAs(QStringLiteral("admin"), {QStringLiteral("customer"), QStringLiteral("show"),
                                                         QStringLiteral("c0000001") + QChar(0x00A0)});
    EXPECT_EQ(shown.code, 0) << shown.err.toStdString();
}

TEST_F(InputLimitsCommandsTest, InvisibleBrokenAndHugeCodesAreRefusedAndNothingIsWritten)
{
    const QList<QByteArray> refused{
        "C0000001\xE2\x80\x8B", // zero-width space
        QByteArray("C0000\0"
                   "001",
                   9),     // NUL
        "C\x1b[2J0000001", // a terminal escape
        "C\xFF\xFE"
        "0000001",          // invalid UTF-8
        "\x81\x30\x89\x38", // GB18030 bytes, not UTF-8
        QByteArray(10 * 1024 * 1024, 'X'),
    };
    for (const QByteArray& code : refused) {
        const CliRun run = importCsv(code + ",2024-01-06,1\n");
        EXPECT_EQ(run.code, 1) << code.left(20).toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String("row 2, customer_code"))) << run.err.left(300).toStdString();
        EXPECT_FALSE(run.err.contains(QChar(0x1b))) << "an escape code printed raw";
        EXPECT_FALSE(run.err.contains(QChar(0))) << "a NUL printed raw";
        EXPECT_LT(run.err.size(), 1000);
    }
    EXPECT_EQ(customers(), 0);
    EXPECT_EQ(orders(), 0);
}

TEST_F(InputLimitsCommandsTest, AbsurdAmountsAndDatesAreRefused)
{
    for (const QByteArray& row :
         {QByteArray("K1,2024-01-06,1e308"), QByteArray("K1,2024-01-06,inf"), QByteArray("K1,2024-01-06,nan"),
          QByteArray("K1,2024-01-06,1000000000001"), QByteArray("K1,2200-01-01,5"), QByteArray("K1,1899-12-31,5")}) {
        const CliRun run = importCsv(row + '\n');
        EXPECT_EQ(run.code, 1) << row.toStdString();
        EXPECT_FALSE(run.err.isEmpty());
    }
    EXPECT_EQ(orders(), 0);
    EXPECT_EQ(importCsv("K1,2024-01-06,1000000000000\n").code, 0); // the largest amount is fine
}

TEST_F(InputLimitsCommandsTest, AnalyticsStayFiniteWhenTheFileHoldsAbsurdAmounts)
{
    const QString path = m_dir.filePath(QStringLiteral("cdnow.csv"));
    writeFile(path, cdnowAsOrderCsv());
    ASSERT_EQ(
        runAs(QStringLiteral("admin"), {QStringLiteral("import-orders"), path, QStringLiteral("--create-customers")})
            .code,
        0);
    // Changed with the sqlite3 shell, not through CardDesk: 1e308 twice (their sum is inf) and inf (9e999; the
    // table's CHECK keeps negative amounts out, and SQLite stores NaN as NULL, which NOT NULL refuses).
    {
        auto& sql = db().sql();
        const qint64 customer = sql.execAndGet("SELECT min(id) FROM customers").getInt64();
        for (const char* amount : {"1e308", "1e308", "9e999"})
            sql.exec("INSERT INTO orders (customer_id, order_date, amount, created_by) VALUES (" +
                     std::to_string(customer + 1) + ", '1997-06-01', " + amount + ", 1)");
        sql.exec("INSERT INTO orders (customer_id, order_date, amount, created_by) VALUES (" +
                 std::to_string(customer) + ", '1997-06-02', 1e308, 1)");
    }
    const CliRun score = runAs(QStringLiteral("admin"), {QStringLiteral("score"), QStringLiteral("--as-of"),
                                                         QStringLiteral("1998-06-30"), QStringLiteral("--json")});
    ASSERT_EQ(score.code, 0) << score.err.toStdString();
    const QJsonObject abc = parseObject(score.out).value(QStringLiteral("abc")).toObject();
    EXPECT_GT(abc.value(QStringLiteral("A")).toInteger(), 100) << score.out.toStdString(); // not A=1 B=0 C=all

    const std::string finite = "SELECT count(*) FROM scores WHERE NOT (revenue_12m BETWEEN -1e15 AND 1e300) OR "
                               "NOT (revenue BETWEEN -1e15 AND 1e300) OR NOT (clv_12m BETWEEN -1e15 AND 1e300)";
    EXPECT_EQ(scalar(finite), 0);
    for (const QString& format : {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("table")}) {
        const CliRun summary = runAs(QStringLiteral("admin"), {QStringLiteral("lifecycle"), QStringLiteral("summary"),
                                                               QStringLiteral("--format"), format});
        ASSERT_EQ(summary.code, 0) << summary.err.toStdString();
        EXPECT_FALSE(summary.out.contains(QLatin1String("inf"), Qt::CaseInsensitive)) << summary.out.toStdString();
        EXPECT_FALSE(summary.out.contains(QLatin1String("nan"), Qt::CaseInsensitive)) << summary.out.toStdString();
    }
    const CliRun scores =
        runAs(QStringLiteral("admin"), {QStringLiteral("scores"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(scores.code, 0);
    EXPECT_FALSE(scores.out.contains(QLatin1String(",inf"), Qt::CaseInsensitive));
    EXPECT_FALSE(scores.out.contains(QLatin1String(",nan"), Qt::CaseInsensitive));
}

} // namespace
} // namespace carddesk::cli::test
