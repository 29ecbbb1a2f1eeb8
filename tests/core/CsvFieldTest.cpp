#include "core/CsvField.h"

#include <gtest/gtest.h>

namespace carddesk::core {
namespace {

TEST(CsvField, TextsThatWouldStartAFormulaGetASingleQuote)
{
    EXPECT_EQ(CsvField::text(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    EXPECT_EQ(CsvField::text(QStringLiteral("+cmd")), QStringLiteral("'+cmd"));
    EXPECT_EQ(CsvField::text(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(CsvField::text(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(CsvField::text(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
    // A carriage return also needs quoting: the quote goes inside the RFC 4180 quotes.
    EXPECT_EQ(CsvField::text(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
    EXPECT_EQ(CsvField::text(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
}

TEST(CsvField, OrdinaryTextsAndPlainNumbersAreLeftAlone)
{
    for (const char* plain : {"", "上海华联", "a=b", "C0000001", "-12.5", "+8613800000000", "42", "'quoted"})
        EXPECT_EQ(CsvField::text(QString::fromUtf8(plain)), QString::fromUtf8(plain)) << plain;
    EXPECT_EQ(CsvField::text(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvField::value(QStringLiteral("-1")), QStringLiteral("-1"));
    EXPECT_EQ(CsvField::value(QStringLiteral("-1e-5")), QStringLiteral("-1e-5")); // computed values are not texts
    EXPECT_EQ(CsvField::neutralised(QStringLiteral("-")), QStringLiteral("'-"));
    // Bug: "$" matched before a final line break, so "-1\n" passed as a plain number.
    EXPECT_EQ(CsvField::neutralised(QStringLiteral("-1\n")), QStringLiteral("'-1\n"));
    // Bug (found by fuzz_text_input): digits past a double's range passed as a plain number, though no spreadsheet
    // can read them as one and "+4706…" may be taken for a formula.
    const QString huge = QStringLiteral("+4706") + QString(400, QLatin1Char('1'));
    EXPECT_EQ(CsvField::neutralised(huge), QLatin1Char('\'') + huge);
    const QString pastExcelsLargest = QStringLiteral("+1") + QString(308, QLatin1Char('0')); // 1E+308
    EXPECT_EQ(CsvField::neutralised(pastExcelsLargest), QLatin1Char('\'') + pastExcelsLargest);
    const QString longButReadable = QStringLiteral("-") + QString(300, QLatin1Char('9'));
    EXPECT_EQ(CsvField::neutralised(longButReadable), longButReadable);
}

} // namespace
} // namespace carddesk::core
