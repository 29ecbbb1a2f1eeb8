#include "report/ReportLanguage.h"

#include <QCoreApplication>
#include <QLocale>

#include <gtest/gtest.h>

namespace carddesk::report::test {
namespace {

QString noReps()
{
    return QCoreApplication::translate("WeeklyReportPainter", "There are no reps in this report.");
}

// The CLI's reports in either language, whichever came first in the process: English brings only its plural forms,
// and a later Chinese report still gets the Chinese file (the first language's file stayed before).
TEST(ReportLanguage, EachCallGetsItsOwnLanguagesFile)
{
    ASSERT_EQ(ReportLanguage::install(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(noReps(), QStringLiteral("There are no reps in this report."));
    EXPECT_EQ(QCoreApplication::translate("VisitSheetPainter", "%n customer(s)", nullptr, 2),
              QStringLiteral("2 customers"));
    ASSERT_EQ(ReportLanguage::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    EXPECT_EQ(noReps(), QStringLiteral("本报告中没有业务员。"));
    EXPECT_EQ(QLocale().language(), QLocale::Chinese);
    ASSERT_EQ(ReportLanguage::install(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(noReps(), QStringLiteral("There are no reps in this report."));
}

} // namespace
} // namespace carddesk::report::test
