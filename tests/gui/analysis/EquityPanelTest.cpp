#include "ScoredOffice.h"

#include "gui/analysis/AnalysisWidget.h"
#include "gui/analysis/EquityPanel.h"
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
    EXPECT_EQ(panel.table()->item(0, 0)->text(), QStringLiteral("A"));
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
