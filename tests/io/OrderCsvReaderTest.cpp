#include "io/OrderCsvReader.h"
#include "analytics/DayNumber.h"

#include <gtest/gtest.h>

namespace carddesk::io::test {
namespace {

TEST(OrderCsvReaderTest, QuotedAndPlainRecordsGiveTheSameRows)
{
    auto rows = OrderCsvReader::parse(QByteArrayLiteral("\xEF\xBB\xBF"
                                                        "customer_code,order_date,amount\r\n"
                                                        "C001,2024-01-05,120.50\r\n"
                                                        "\"C,002\",\"2024-02-29\",\"0\"\r\n"
                                                        "\r\n"
                                                        " C003 ,2024-03-01, 99\n"
                                                        "\"say \"\"hi\"\"\",2024-03-02,1e2"),
                                      QStringLiteral("orders.csv"));
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    ASSERT_EQ(rows->size(), 4U);
    // Codes come out in their stored form: upper case (core::CustomerCode).
    EXPECT_EQ(rows->customerCode, (std::vector<std::string>{"C001", "C,002", "C003", "SAY \"HI\""}));
    EXPECT_EQ(rows->day[0], analytics::dayNumber(2024, 1, 5));
    EXPECT_EQ(rows->day[1], analytics::dayNumber(2024, 2, 29));
    EXPECT_EQ(rows->amount, (std::vector<double>{120.5, 0, 99, 100}));
    EXPECT_EQ(rows->line, (std::vector<std::int64_t>{2, 3, 5, 6}));
}

TEST(OrderCsvReaderTest, ABadRowInTheMiddleRejectsTheFileNamingRowAndField)
{
    struct Case
    {
        QByteArray row;
        QString field;
        QString says;
    };
    const Case cases[] = {
        {"C2,2024-01-02", QStringLiteral("record"), QStringLiteral("found 2")},
        {"C2,2024-01-02,5,extra", QStringLiteral("record"), QStringLiteral("found 4")},
        {"\"C2,2024-01-02,5", QStringLiteral("record"), QStringLiteral("unterminated")},
        {",2024-01-02,5", QStringLiteral("customer_code"), QStringLiteral("empty")},
        {"C2,2024-02-30,5", QStringLiteral("order_date"), QStringLiteral("2024-02-30")},
        {"C2,2024-01-02,12abc", QStringLiteral("amount"), QStringLiteral("12abc")},
        {"C2,2024-01-02,-3", QStringLiteral("amount"), QStringLiteral("negative")},
    };
    for (const Case& c : cases) {
        const QByteArray data = "customer_code,order_date,amount\nC1,2024-01-01,1\n" + c.row + "\nC3,2024-01-03,3\n";
        auto rows = OrderCsvReader::parse(data, QStringLiteral("orders.csv"));
        ASSERT_FALSE(rows.ok()) << c.row.toStdString();
        EXPECT_EQ(rows.error().row, 3) << c.row.toStdString();
        EXPECT_EQ(rows.error().field, c.field) << c.row.toStdString();
        EXPECT_TRUE(rows.error().message.startsWith(QStringLiteral("orders.csv, row 3, ")))
            << rows.error().message.toStdString();
        EXPECT_TRUE(rows.error().message.contains(c.says)) << rows.error().message.toStdString();
    }
}

} // namespace
} // namespace carddesk::io::test
