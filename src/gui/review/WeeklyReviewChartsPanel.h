#pragma once

#include "report/WeeklyChart.h"
#include "services/WeeklyReview.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace carddesk::gui {

// The weekly review's charts (issue 13) beside its table: sales vs collections per rep, the 8-period trend of the
// whole scope or one rep, overdue receivables by age and the stage moves. Drawn from the report the page already
// holds (read off the GUI thread with its comparisons), through report::WeeklyReviewCharts, so the charts, the
// table and the PDF show the same numbers. A click on a bar asks for the records behind it.
class WeeklyReviewChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WeeklyReviewChartsPanel(QWidget* parent = nullptr);

    void setReport(const services::WeeklyReport& report);
    // The trend of one rep (0: the whole area or office); the choice also shows in the combo box.
    void showTrendOf(qint64 repId);
    qint64 trendRep() const;

    // The charts as drawn, in the order of report::WeeklyReviewCharts::all (tests, screenshots).
    const std::vector<report::WeeklyChart>& charts() const { return m_charts; }
    std::vector<QChartView*> views() const { return m_views; }

signals:
    // A bar of a figure with records behind it was clicked.
    void drillDownRequested(carddesk::storage::WeeklyFigure figure, qint64 repId);

private:
    void showChart(std::size_t index);
    QChart* makeChart(const report::WeeklyChart& data);

    services::WeeklyReport m_report;
    std::vector<report::WeeklyChart> m_charts;
    std::vector<QChartView*> m_views;
    QComboBox* m_trendOf;
    QLabel* m_hint;
};

} // namespace carddesk::gui
