#include "ScoredOffice.h"

#include "gui/analysis/AnalysisWidget.h"
#include "gui/analysis/EquityPanel.h"
#include "gui/common/Labels.h"
#include "gui/review/WeeklyReviewModel.h"
#include "gui/review/WeeklyReviewRunner.h"
#include "gui/review/WeeklyReviewWidget.h"
#include "report/WeeklyReportTables.h"
#include "services/CustomerEquityReport.h"

#include <QBarSet>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

#include <gtest/gtest.h>

#include <cmath>

using namespace carddesk;

TEST(EquityPanel, ShowsTheServicesFigures)
{
    ScoredOffice office;
    auto expected = services::CustomerEquityReport(office.admin()).build(gui::EquityPanel::TrendMonths);
    ASSERT_TRUE(expected);
    ASSERT_TRUE(expected->available);

    gui::EquityPanel panel(office.admin(), nullptr);
    panel.reload();
    ASSERT_TRUE(panel.summary().has_value());
    const QLocale locale;
    EXPECT_TRUE(panel.totalLabel()->text().contains(locale.toString(expected->total, 'f', 0)))
        << panel.totalLabel()->text().toStdString();

    // By area (the default), then by ABC class: one row per group, its customers and equity as the service says.
    auto check = [&](const std::vector<services::EquityGroup>& groups) {
        ASSERT_EQ(panel.table()->rowCount(), static_cast<int>(groups.size()));
        for (int row = 0; row < panel.table()->rowCount(); ++row) {
            const services::EquityGroup& g = groups[static_cast<std::size_t>(row)];
            EXPECT_EQ(panel.table()->item(row, 1)->text(), locale.toString(g.customers));
            EXPECT_EQ(panel.table()->item(row, 2)->text(), locale.toString(g.equity, 'f', 0));
        }
    };
    check(expected->byArea);
    panel.setGrouping(gui::EquityPanel::Grouping::Abc);
    check(expected->byAbc);
    EXPECT_EQ(panel.table()->item(0, 0)->text(), gui::Labels::abc(QStringLiteral("A")));
    panel.setGrouping(gui::EquityPanel::Grouping::Rep);
    check(expected->byRep);

    // The trend: one bar per month end, in the chart's unit.
    QBarSet* trend = panel.trendSet();
    ASSERT_NE(trend, nullptr);
    ASSERT_EQ(trend->count(), gui::EquityPanel::TrendMonths);
    const double ratio = expected->trend.back().equity / trend->at(trend->count() - 1);
    for (int k = 0; k < trend->count(); ++k)
        EXPECT_NEAR(trend->at(k) * ratio, expected->trend[static_cast<std::size_t>(k)].equity, 1e-9 * expected->total);
    EXPECT_TRUE(std::abs(ratio - 1.0) < 1e-9 || std::abs(ratio / 1e3 - 1.0) < 1e-9 ||
                std::abs(ratio / 1e6 - 1.0) < 1e-9)
        << ratio;
}

TEST(EquityPanel, IsPartOfTheAnalysisPage)
{
    ScoredOffice office;
    gui::AnalysisWidget page(office.admin());
    ASSERT_NE(page.equityPanel(), nullptr);
    ASSERT_TRUE(page.equityPanel()->summary().has_value());
    EXPECT_TRUE(page.equityPanel()->summary()->available);
}

TEST(EquityPanel, SaysSoWithoutScores)
{
    ScoredOffice office(false);
    gui::EquityPanel panel(office.admin(), nullptr);
    panel.reload();
    ASSERT_TRUE(panel.summary().has_value());
    EXPECT_FALSE(panel.summary()->available);
    EXPECT_EQ(panel.table()->rowCount(), 0);
    EXPECT_FALSE(panel.totalLabel()->text().isEmpty());
}

TEST(EquityPanel, TheWeeklyReviewPageShowsTheAreasEquityAndItsChange)
{
    ScoredOffice office;
    gui::WeeklyReviewWidget widget(office.admin());
    widget.runner()->waitForFinished();
    const services::WeeklyReport& report = widget.model()->report();
    ASSERT_TRUE(report.equity.available);
    const QLocale locale;
    const QString text = widget.equityLabel()->text();
    EXPECT_TRUE(text.contains(locale.toString(report.equity.equity, 'f', 0))) << text.toStdString();
    EXPECT_TRUE(text.contains(locale.toString(report.equity.previous, 'f', 0))) << text.toStdString();
    // The report's tables (PDF and workbook) carry the same figures.
    bool found = false;
    for (const report::ReportTable& t : report::WeeklyReportTables::summary(report))
        if (t.title == report::WeeklyReportTables::tr("Customer equity")) {
            found = true;
            ASSERT_EQ(t.rows.size(), 1u);
            EXPECT_NEAR(t.rows[0][1].number, report.equity.equity, 0.006); // cents
            EXPECT_NEAR(t.rows[0][2].number, report.equity.previous, 0.006);
            EXPECT_NEAR(t.rows[0][3].number, report.equity.change(), 0.006);
        }
    EXPECT_TRUE(found);
}
