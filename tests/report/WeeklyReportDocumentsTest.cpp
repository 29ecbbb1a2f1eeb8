#include "report/WeeklyReportPainter.h"
#include "report/WeeklyReportPdf.h"
#include "report/WeeklyReportTables.h"
#include "report/WeeklyReportXlsx.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace carddesk::report::test {
namespace {

// A report built by hand (no database): `reps` reps with known sales, in area 华东区 of office 上海办事处.
services::WeeklyReport makeReport(int reps)
{
    services::WeeklyReport report;
    report.period = services::ReviewPeriod::week(2026, 10);
    report.areaId = 1;
    report.areaName = QStringLiteral("华东区");
    report.officeName = QStringLiteral("上海办事处");
    for (int i = 0; i < reps; ++i) {
        services::WeeklyReviewRow row;
        row.figures.rep.id = i + 1;
        row.figures.rep.username = QStringLiteral("rep%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        row.figures.rep.displayName = QStringLiteral("业务员%1号").arg(i + 1);
        row.figures.sales = 1000.25 * (i + 1);
        row.figures.collections = 500;
        row.figures.interactionsByChannel[QStringLiteral("phone")] = i;
        report.rows.push_back(row);
    }
    report.totals.figures = services::WeeklyReview::sum(report.rows);
    return report;
}

QString pdfText(const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    EXPECT_TRUE(text.waitForFinished(60000));
    return QString::fromUtf8(text.readAllStandardOutput());
}

QByteArray renderPdf(const services::WeeklyReport& report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const core::Status written = WeeklyReportPdf::write(report, buffer, QDateTime(QDate(2026, 3, 9), QTime(8, 30)),
                                                        QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_TRUE(written) << (written ? std::string() : written.error().toString().toStdString());
    return buffer.data();
}

TEST(WeeklyReportPdf, HeaderOnEveryPageAndPageNumbersThatAddUp)
{
    const services::WeeklyReport report = makeReport(30); // many reps: the tables run over several pages
    const QString text = pdfText(renderPdf(report));
    const int pages = static_cast<int>(text.count(QLatin1Char('\f')));
    ASSERT_GT(pages, 3);
    EXPECT_EQ(text.count(QStringLiteral("上海办事处")), pages);
    EXPECT_EQ(text.count(QStringLiteral("Period 2026-03-02 – 2026-03-08")), pages + 1); // and under the title
    EXPECT_TRUE(text.contains(QStringLiteral("Generated 2026-03-09 08:30")));
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << page;
    for (const auto& row : report.rows) {
        EXPECT_TRUE(text.contains(row.figures.rep.displayName)) << row.figures.rep.username.toStdString();
        EXPECT_TRUE(text.contains(QLocale(QLocale::English).toString(row.figures.sales, 'f', 2)));
    }
    EXPECT_TRUE(text.contains(QStringLiteral("phone 29")));
}

TEST(WeeklyReportPdf, HoldsTheFourChartsAndEachRepsTrend)
{
    services::WeeklyReport report = makeReport(3);
    report.compared = true;
    services::ReviewPeriod week = report.period;
    report.trendPeriods.assign(services::kTrendPeriods, week);
    for (int i = services::kTrendPeriods - 1; i >= 0; --i, week = week.previous())
        report.trendPeriods[static_cast<std::size_t>(i)] = week;
    for (std::size_t r = 0; r < report.rows.size(); ++r) {
        services::WeeklyReviewRow& row = report.rows[r];
        row.figures.overdueAgeing = {100, 200, 0, 50.5 * double(r + 1)};
        row.figures.overdueReceivables = 300 + 50.5 * double(r + 1);
        row.figures.intoDeclineOrLost = static_cast<qint64>(r);
        row.figures.wonBack = 1;
        for (int i = 0; i < services::kTrendPeriods; ++i) {
            row.trendSales[static_cast<std::size_t>(i)] = 100.0 * i;
            row.trendCollections[static_cast<std::size_t>(i)] = 80.0 * i;
        }
        row.trendSales.back() = row.figures.sales;
        row.trendCollections.back() = row.figures.collections;
        for (int i = 0; i < services::kTrendPeriods; ++i) {
            report.totals.trendSales[static_cast<std::size_t>(i)] += row.trendSales[static_cast<std::size_t>(i)];
            report.totals.trendCollections[static_cast<std::size_t>(i)] +=
                row.trendCollections[static_cast<std::size_t>(i)];
        }
    }
    report.totals.figures = services::WeeklyReview::sum(report.rows);
    const QString text = pdfText(renderPdf(report));
    EXPECT_TRUE(text.contains(QStringLiteral("Sales and collections by rep"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Sales and collections, the last 8 periods: area 华东区")));
    EXPECT_TRUE(text.contains(QStringLiteral("Overdue receivables by age at the end of the period")));
    EXPECT_TRUE(text.contains(QStringLiteral("Customers' stage moves in the period")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sales and collections, the last 8 periods, by rep")));
    // The legends and the trend's periods are text too (vector drawing, not a picture).
    EXPECT_TRUE(text.contains(QStringLiteral("over 90 days")));
    EXPECT_TRUE(text.contains(QStringLiteral("Into decline or lost")));
    EXPECT_TRUE(text.contains(QStringLiteral("2026-W03")));
    EXPECT_TRUE(text.contains(QStringLiteral("2026-W10")));
    // Each rep's ageing bar is labelled with the rep's overdue total.
    EXPECT_TRUE(text.contains(QStringLiteral("451.50")));
}

// A section's heading never ends a page alone: "Charts" shares its page with the first chart's title, and the
// reps' trend heading with the first rep's trend. Some number of reps put the summary tables' end near a page's
// foot; the heading used to be left there (zh_CN: a bare 图表 at the bottom of page 1).
TEST(WeeklyReportPdf, AHeadingIsNeverLeftAloneAtTheFootOfAPage)
{
    for (int reps = 1; reps <= 16; ++reps) {
        services::WeeklyReport report = makeReport(reps);
        report.compared = true;
        services::ReviewPeriod week = report.period;
        report.trendPeriods.assign(services::kTrendPeriods, week);
        for (int i = services::kTrendPeriods - 1; i >= 0; --i, week = week.previous())
            report.trendPeriods[static_cast<std::size_t>(i)] = week;
        const QStringList pages = pdfText(renderPdf(report)).split(QLatin1Char('\f'));
        bool sawCharts = false;
        bool sawTrends = false;
        for (const QString& page : pages) {
            const QStringList lines = page.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines[i].trimmed() == QLatin1String("Charts")) {
                    sawCharts = true;
                    EXPECT_TRUE(page.contains(QLatin1String("Sales and collections by rep")))
                        << reps << " reps: the charts' heading ends a page alone";
                }
                if (lines[i].trimmed() == QLatin1String("Sales and collections, the last 8 periods, by rep")) {
                    sawTrends = true;
                    EXPECT_TRUE(page.mid(page.indexOf(lines[i])).contains(QStringLiteral("业务员1号")))
                        << reps << " reps: the reps' trend heading ends a page alone";
                }
            }
        }
        EXPECT_TRUE(sawCharts) << reps;
        EXPECT_EQ(sawTrends, reps > 1) << reps;
    }
}

TEST(WeeklyReportPdf, AReportWithoutRepsSaysSo)
{
    const QString text = pdfText(renderPdf(makeReport(0)));
    EXPECT_TRUE(text.contains(QStringLiteral("There are no reps in this report."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 1")));
}

// Bug: a rep's section had the sales to date and no collections to date (the JSON and the page had both), and a
// target share with no target was a blank cell, read as "not counted".
TEST(WeeklyReportTables, ARepsSectionHasSalesAndCollectionsToDateAndSaysWhenNoTargetIsSet)
{
    services::WeeklyReport report = makeReport(1);
    services::TargetAttainment& a = report.rows[0].targets;
    a.monthSales = 300;
    a.monthSalesTarget = 1200;
    a.monthCollections = 250;
    a.yearCollections = 9000;
    const ReportTable table = WeeklyReportTables::repFigures(report, report.rows[0]);
    std::map<QString, ReportCell> byFigure;
    for (const auto& row : table.rows)
        byFigure[row.front().text] = row.at(1);
    ASSERT_TRUE(byFigure.count(QStringLiteral("Collections, month to date")));
    EXPECT_EQ(byFigure[QStringLiteral("Collections, month to date")].number, 250);
    ASSERT_TRUE(byFigure.count(QStringLiteral("Collections, year to date")));
    EXPECT_EQ(byFigure[QStringLiteral("Collections, year to date")].number, 9000);
    EXPECT_DOUBLE_EQ(byFigure[QStringLiteral("Month's sales target attained")].number, 0.25);
    EXPECT_EQ(byFigure[QStringLiteral("Month's collection target attained")].text, QStringLiteral("no target set"));
    EXPECT_EQ(byFigure[QStringLiteral("Average satisfaction (1–5)")].text, QStringLiteral("–"));
}

TEST(WeeklyReportPainter, CountsItsPagesBeforeDrawing)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    const services::WeeklyReport report = makeReport(3);
    WeeklyReportPainter painter(report, QDateTime::currentDateTime());
    ASSERT_TRUE(painter.paint(writer));
    EXPECT_GE(painter.pageCount(), 2); // the summary, then the reps' sections
}

TEST(WeeklyReportXlsx, NeutralisesTextASpreadsheetWouldRun)
{
    EXPECT_EQ(WeeklyReportXlsx::neutralised(QStringLiteral("=SUM(A1)")), QStringLiteral("'=SUM(A1)"));
    EXPECT_EQ(WeeklyReportXlsx::neutralised(QStringLiteral("+cmd|' /C calc'!A0")),
              QStringLiteral("'+cmd|' /C calc'!A0"));
    EXPECT_EQ(WeeklyReportXlsx::neutralised(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(WeeklyReportXlsx::neutralised(QStringLiteral("-2-3")), QStringLiteral("'-2-3"));
    EXPECT_EQ(WeeklyReportXlsx::neutralised(QStringLiteral("+1-(2)")), QStringLiteral("'+1-(2)"));
    // Numbers and phone numbers run nothing; an apostrophe would show in the cell and spoil a phone for a mail merge
    // (the mailing list's workbook wrote '+8613800002222).
    EXPECT_EQ(WeeklyReportXlsx::neutralised(QStringLiteral("+86 21")), QStringLiteral("+86 21"));
    EXPECT_EQ(WeeklyReportXlsx::neutralised(QStringLiteral("-1")), QStringLiteral("-1"));
    EXPECT_EQ(WeeklyReportXlsx::neutralised(QStringLiteral("+8613800002222")), QStringLiteral("+8613800002222"));
    EXPECT_EQ(WeeklyReportXlsx::neutralised(QStringLiteral("+86 (21) 5888-0001")),
              QStringLiteral("+86 (21) 5888-0001"));
    EXPECT_EQ(WeeklyReportXlsx::neutralised(QStringLiteral("+86 138 0013 8000")), QStringLiteral("+86 138 0013 8000"));
    // Bug: arithmetic that looked like a phone number was let through, and "$" let a final line break through.
    for (const char* sum : {"+12-3", "+10-20", "+1(2)3", "+8613800138000-1", "-1\n", "+8613800002222\n"})
        EXPECT_EQ(WeeklyReportXlsx::neutralised(QString::fromLatin1(sum)), QLatin1Char('\'') + QString::fromLatin1(sum))
            << sum;
    EXPECT_EQ(WeeklyReportXlsx::neutralised(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
    EXPECT_EQ(WeeklyReportXlsx::neutralised(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(WeeklyReportXlsx::neutralised(QStringLiteral("张伟 = 好")), QStringLiteral("张伟 = 好"));
    EXPECT_EQ(WeeklyReportXlsx::neutralised(QString()), QString());
}

TEST(WeeklyReportXlsx, IsAZipWithOneSheetPerTable)
{
    auto bytes = WeeklyReportXlsx::build(makeReport(2), QDateTime::currentDateTime());
    ASSERT_TRUE(bytes);
    EXPECT_TRUE(bytes->startsWith("PK\x03\x04")); // a zip archive
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.xlsx"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(*bytes);
    file.close();
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")});
    ASSERT_TRUE(unzip.waitForFinished(60000));
    const QString workbook = QString::fromUtf8(unzip.readAllStandardOutput());
    EXPECT_EQ(workbook.count(QStringLiteral("<sheet ")),
              1 + static_cast<int>(WeeklyReportTables::summary(makeReport(2)).size()) + 1);
}

// One part of a workbook (xl/worksheets/sheet2.xml, xl/sharedStrings.xml) as text.
QString workbookPart(const QByteArray& bytes, const QString& part)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.xlsx"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, part});
    EXPECT_TRUE(unzip.waitForFinished(60000));
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// The walkthrough's workbook held shares such as 0.9760000000000001: money is stored as its cents, shares and
// averages to 4 decimals. (libxlsxwriter writes every double with "%.16G", so 74351.29 reads 74351.28999999999 in
// the XML; it is the same double, and Excel and LibreOffice show it as 74351.29.)
TEST(WeeklyReportXlsx, StoresMoneyAsCentsAndSharesRounded)
{
    services::WeeklyReport report = makeReport(1);
    services::WeeklyReviewRow& row = report.rows.front();
    row.figures.sales = 74351.2912;
    row.figures.collections = 5574.4561;
    row.figures.currentCustomers = 3;
    row.figures.completenessSum = 2.0; // 0.666…
    row.figures.satisfactionCount = 3;
    row.figures.satisfactionSum = 10; // 3.333…
    report.totals.figures = services::WeeklyReview::sum(report.rows);
    auto bytes = WeeklyReportXlsx::build(report, QDateTime::currentDateTime());
    ASSERT_TRUE(bytes);
    QString xml;
    for (int sheet = 1; sheet <= 1 + static_cast<int>(WeeklyReportTables::summary(report).size()) + 1; ++sheet)
        xml += workbookPart(*bytes, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
    std::set<double> values;
    const QRegularExpression number(QStringLiteral("<v>(-?[0-9.eE+-]+)</v>"));
    for (auto it = number.globalMatch(xml); it.hasNext();)
        values.insert(it.next().captured(1).toDouble());
    EXPECT_TRUE(values.count(74351.29)) << xml.toStdString();
    EXPECT_TRUE(values.count(5574.46));
    EXPECT_TRUE(values.count(0.6667));
    EXPECT_TRUE(values.count(3.3333));
    EXPECT_FALSE(values.count(74351.2912));
    EXPECT_FALSE(values.count(2.0 / 3.0));
    // Money shows two decimals, shares as a percentage.
    const QString styles = workbookPart(*bytes, QStringLiteral("xl/styles.xml"));
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"#,##0.00\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("%\"")));
}

// An office without a name had an "Office" row with nothing beside it at the top of the first sheet.
TEST(WeeklyReportXlsx, LeavesOutTheOfficeRowWhenTheOfficeHasNoName)
{
    services::WeeklyReport report = makeReport(1);
    auto named = WeeklyReportXlsx::build(report, QDateTime::currentDateTime());
    ASSERT_TRUE(named);
    EXPECT_TRUE(workbookPart(*named, QStringLiteral("xl/sharedStrings.xml")).contains(QStringLiteral("<t>Office</t>")));
    report.officeName.clear();
    auto unnamed = WeeklyReportXlsx::build(report, QDateTime::currentDateTime());
    ASSERT_TRUE(unnamed);
    const QString strings = workbookPart(*unnamed, QStringLiteral("xl/sharedStrings.xml"));
    EXPECT_FALSE(strings.contains(QStringLiteral("<t>Office</t>"))) << strings.toStdString();
    EXPECT_TRUE(strings.contains(QStringLiteral("<t>Scope</t>")));
}

} // namespace
} // namespace carddesk::report::test
