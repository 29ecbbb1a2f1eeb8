#include "report/WeeklyReviewCharts.h"

#include "report/WeeklyReportTables.h"

namespace carddesk::report {

using services::WeeklyReport;
using services::WeeklyReviewRow;
using storage::WeeklyFigure;

namespace {
// The colours of the existing sales chart, so the page and the report read alike.
const QColor kSalesColour(0x35, 0x84, 0xe4);
const QColor kCollectionsColour(0x2e, 0xc2, 0x7e);
const QColor kAgeingColours[4] = {QColor(0xf6, 0xd3, 0x2d), QColor(0xff, 0xa3, 0x48), QColor(0xe6, 0x61, 0x00),
                                  QColor(0xa5, 0x1d, 0x2d)};
const QColor kDeclineColour(0xc0, 0x1c, 0x28);
const QColor kWonBackColour(0x26, 0xa2, 0x69);

// Categories are the report's reps, in its order.
WeeklyChart perRep(const WeeklyReport& report)
{
    WeeklyChart chart;
    for (const WeeklyReviewRow& row : report.rows) {
        chart.categories << WeeklyReportTables::repName(row.figures);
        chart.repIds.push_back(row.figures.rep.id);
    }
    return chart;
}
} // namespace

WeeklyChart WeeklyReviewCharts::salesAndCollections(const WeeklyReport& report)
{
    WeeklyChart chart = perRep(report);
    chart.title = tr("Sales and collections by rep");
    chart.valueTitle = tr("Amount");
    WeeklyChartSeries sales{tr("Sales"), kSalesColour, {}, WeeklyFigure::Sales};
    WeeklyChartSeries collections{tr("Collections"), kCollectionsColour, {}, WeeklyFigure::Collections};
    for (const WeeklyReviewRow& row : report.rows) {
        sales.values.push_back(row.figures.sales);
        collections.values.push_back(row.figures.collections);
    }
    chart.series = {std::move(sales), std::move(collections)};
    return chart;
}

WeeklyChart WeeklyReviewCharts::trend(const WeeklyReport& report, qint64 repId)
{
    WeeklyChart chart;
    chart.shape = WeeklyChart::Shape::Lines;
    chart.valueTitle = tr("Amount");
    const WeeklyReviewRow* source = &report.totals;
    QString whose = report.areaName.isEmpty() ? tr("whole office") : tr("area %1").arg(report.areaName);
    for (const WeeklyReviewRow& row : report.rows)
        if (row.figures.rep.id == repId || (repId == 0 && report.rows.size() == 1)) { // a rep's own report
            source = &row;
            whose = WeeklyReportTables::repName(row.figures);
        }
    chart.title = (report.comparedToSameDay ? tr("Sales and collections, the last %1 periods, each to the same day: %2")
                                            : tr("Sales and collections, the last %1 periods: %2"))
                      .arg(QString::number(services::kTrendPeriods), whose);
    WeeklyChartSeries sales{tr("Sales"), kSalesColour, {}, std::nullopt};
    WeeklyChartSeries collections{tr("Collections"), kCollectionsColour, {}, std::nullopt};
    if (report.compared && report.trendPeriods.size() == static_cast<std::size_t>(services::kTrendPeriods)) {
        for (std::size_t i = 0; i < report.trendPeriods.size(); ++i) {
            chart.categories << report.trendPeriods[i].label();
            chart.repIds.push_back(source == &report.totals ? 0 : source->figures.rep.id);
            sales.values.push_back(source->trendSales[i]);
            collections.values.push_back(source->trendCollections[i]);
        }
    }
    chart.series = {std::move(sales), std::move(collections)};
    return chart;
}

QStringList WeeklyReviewCharts::ageingBuckets()
{
    return {tr("1–30 days"), tr("31–60 days"), tr("61–90 days"), tr("over 90 days")};
}

WeeklyChart WeeklyReviewCharts::overdueAgeing(const WeeklyReport& report)
{
    WeeklyChart chart = perRep(report);
    chart.title = tr("Overdue receivables by age at the end of the period");
    chart.valueTitle = tr("Amount");
    chart.shape = WeeklyChart::Shape::StackedBars;
    const QStringList buckets = ageingBuckets();
    for (int b = 0; b < buckets.size(); ++b) {
        WeeklyChartSeries s{buckets[b], kAgeingColours[b], {}, WeeklyFigure::OverdueReceivables};
        for (const WeeklyReviewRow& row : report.rows)
            s.values.push_back(row.figures.overdueAgeing[static_cast<std::size_t>(b)]);
        chart.series.push_back(std::move(s));
    }
    return chart;
}

WeeklyChart WeeklyReviewCharts::stageMoves(const WeeklyReport& report)
{
    WeeklyChart chart = perRep(report);
    chart.title = tr("Customers' stage moves in the period");
    chart.valueTitle = tr("Customers");
    chart.money = false;
    WeeklyChartSeries declined{tr("Into decline or lost"), kDeclineColour, {}, WeeklyFigure::IntoDeclineOrLost};
    WeeklyChartSeries wonBack{tr("Won back"), kWonBackColour, {}, WeeklyFigure::WonBack};
    for (const WeeklyReviewRow& row : report.rows) {
        declined.values.push_back(static_cast<double>(row.figures.intoDeclineOrLost));
        wonBack.values.push_back(static_cast<double>(row.figures.wonBack));
    }
    chart.series = {std::move(declined), std::move(wonBack)};
    return chart;
}

std::vector<WeeklyChart> WeeklyReviewCharts::all(const WeeklyReport& report)
{
    return {salesAndCollections(report), trend(report), overdueAgeing(report), stageMoves(report)};
}

} // namespace carddesk::report
