#include "io/ImportValueText.h"

#include <gtest/gtest.h>

namespace carddesk::io::test {
namespace {

TEST(ImportValueTextTest, NumbersWithThousandsSeparatorsAndFullWidthDigits)
{
    EXPECT_EQ(ImportValueText::number(u"1,234,567.89"), QStringLiteral("1234567.89"));
    EXPECT_EQ(ImportValueText::number(u"１２３４５"), QStringLiteral("12345"));
    EXPECT_EQ(ImportValueText::number(u"１，２３４．５"), QStringLiteral("1234.5"));
    EXPECT_EQ(ImportValueText::number(u"¥ 50,000"), QStringLiteral("50000"));
    EXPECT_EQ(ImportValueText::number(u"50000元"), QStringLiteral("50000"));
    EXPECT_EQ(ImportValueText::number(u"1 234 567"), QStringLiteral("1234567"));
    EXPECT_EQ(ImportValueText::number(u"-12.5"), QStringLiteral("-12.5"));
    QString why;
    EXPECT_FALSE(ImportValueText::number(u"12,34", &why));
    EXPECT_TRUE(why.contains(QStringLiteral("groups of three")) || why.contains(QStringLiteral("group three")));
    EXPECT_FALSE(ImportValueText::number(u"五万", &why));
    EXPECT_FALSE(ImportValueText::number(u"1,234 567", &why)); // two kinds of separator
}

TEST(ImportValueTextTest, DatesAsTextInSeveralFormats)
{
    const QDate day(2024, 3, 5);
    for (const char16_t* text :
         {u"2024-03-05", u"2024-3-5", u"2024/3/5", u"2024.3.5", u"2024年3月5日", u"20240305", u"２０２４年３月５日",
          u"2024-03-05 08:30", u"2024-03-05T08:30:00", u" 2024 年 3 月 5 日 "}) {
        QString why;
        EXPECT_EQ(ImportValueText::date(text, &why), day)
            << QString::fromUtf16(text).toStdString() << " " << why.toStdString();
    }
    QString why;
    EXPECT_FALSE(ImportValueText::date(u"5/3/2024", &why).isValid());
    EXPECT_TRUE(why.contains(QStringLiteral("which number is the day"))) << why.toStdString();
    EXPECT_FALSE(ImportValueText::date(u"5.3.2024", &why).isValid());
    EXPECT_FALSE(ImportValueText::date(u"2023-02-29", &why).isValid());
    EXPECT_TRUE(why.contains(QStringLiteral("no day of the calendar")));
    EXPECT_FALSE(ImportValueText::date(u"2024-03/05", &why).isValid());
    EXPECT_FALSE(ImportValueText::date(u"45356", &why).isValid());
    EXPECT_FALSE(ImportValueText::date(u"next week", &why).isValid());
}

TEST(ImportValueTextTest, OneFormulaGuardIsRemoved)
{
    EXPECT_EQ(ImportValueText::withoutFormulaGuard(u"'=SUM(A1)"), QStringLiteral("=SUM(A1)"));
    EXPECT_EQ(ImportValueText::withoutFormulaGuard(u"'+86 138"), QStringLiteral("+86 138"));
    EXPECT_EQ(ImportValueText::withoutFormulaGuard(u"''=x"), QStringLiteral("''=x"));
    EXPECT_EQ(ImportValueText::withoutFormulaGuard(u"'quoted'"), QStringLiteral("'quoted'"));
    EXPECT_EQ(ImportValueText::withoutFormulaGuard(u"'"), QStringLiteral("'"));
}

} // namespace
} // namespace carddesk::io::test
