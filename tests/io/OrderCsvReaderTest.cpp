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

// Bug: a workbook or an image given as the orders file printed its bytes (PK\x03\x04…, NUL, control characters) into
// the terminal as "the header found", and a GBK or UTF-16 file read as mojibake with no word on the encoding.
TEST(OrderCsvReaderTest, AFileThatIsNotAUtf8CsvFileSaysWhatItIs)
{
    auto png = OrderCsvReader::parse(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), QStringLiteral("orders.csv"));
    ASSERT_FALSE(png.ok());
    EXPECT_EQ(png.error().message, QStringLiteral("orders.csv is a PNG image, not a CSV file of orders"));
    auto xlsx = OrderCsvReader::parse(QByteArray("PK\x03\x04\x14\0\0\0", 8), QStringLiteral("orders.csv"));
    ASSERT_FALSE(xlsx.ok());
    EXPECT_TRUE(xlsx.error().message.contains(QStringLiteral("zip archive"))) << xlsx.error().message.toStdString();
    // Bug: it advised giving the file a .xlsx name, which import-orders does not read either.
    EXPECT_FALSE(xlsx.error().message.contains(QStringLiteral(".xlsx name"))) << xlsx.error().message.toStdString();
    EXPECT_TRUE(xlsx.error().message.contains(QStringLiteral("Save As \"CSV UTF-8\"")))
        << xlsx.error().message.toStdString();

    // GBK: the code's row names the encoding to save in.
    QByteArray gbk("customer_code,order_date,amount\n");
    gbk += QByteArray("\xb2\xe2\xca\xd4\xbf\xcd\xbb\xa7") + ",2024-01-02,5\n"; // 测试客户
    auto chinese = OrderCsvReader::parse(gbk, QStringLiteral("orders.csv"));
    ASSERT_FALSE(chinese.ok());
    EXPECT_EQ(chinese.error().row, 2);
    EXPECT_TRUE(chinese.error().message.contains(QStringLiteral("not UTF-8: save it again as UTF-8")))
        << chinese.error().message.toStdString();

    // UTF-16: the header is read as what it is, not as bytes with NULs between.
    QByteArray utf16("\xff\xfe");
    for (const char ch : QByteArray("customer_code,order_date,amount\n"))
        utf16 += QByteArray(1, ch) + QByteArray(1, '\0');
    auto wide = OrderCsvReader::parse(utf16, QStringLiteral("orders.csv"));
    ASSERT_FALSE(wide.ok());
    EXPECT_FALSE(wide.error().message.contains(QChar(0))) << "a NUL printed raw";
    EXPECT_TRUE(wide.error().message.contains(QStringLiteral("UTF-16"))) << wide.error().message.toStdString();
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
