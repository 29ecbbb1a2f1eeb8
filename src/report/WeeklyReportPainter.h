#pragma once

#include "report/PagedDocument.h"
#include "report/ReportTable.h"
#include "report/WeeklyChart.h"
#include "services/WeeklyReview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>

class QPagedPaintDevice;

namespace carddesk::report {

// Draws the weekly report with QPainter on any paged device, so the PDF (QPdfWriter) and the printout (QPrinter)
// are the same drawing: a header with office, area, period and generation time and a page number on every page,
// the area/office summary tables, the review's charts (WeeklyReviewCharts, vector graphics), each rep's trend among
// them, then one section per rep, on PagedDocument's pages. Runs on any thread (QPainter on a PDF or printer device
// does not need the GUI thread).
class WeeklyReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportPainter)

public:
    WeeklyReportPainter(const services::WeeklyReport& report, QDateTime generatedAt, QLocale locale = QLocale());

    // Paints every page; false when the painter cannot begin on `device` (e.g. its file cannot be opened).
    bool paint(QPagedPaintDevice& device);
    int pageCount() const { return m_pageCount; }

    // The text font, with Chinese glyphs (fonts-wqy-microhei, else fonts-noto-cjk), embedded in a PDF.
    static QFont font(double pointSize, bool bold = false);

private:
    void layout();
    // A chart with its title (WeeklyChartPainter), or a line saying it has nothing to show.
    void chart(const WeeklyChart& chart, double titlePoints);
    // The room a chart's title and the start of its plot need on a page (what `chart` keeps together).
    double chartStart(const WeeklyChart& chart, double titlePoints);
    // Every rep's 8-period trend, small and two to a row.
    void repTrends();

    const services::WeeklyReport& m_report;
    QDateTime m_generatedAt;
    QLocale m_locale;
    PagedDocument m_doc;
    int m_pageCount = 0;
};

} // namespace carddesk::report
