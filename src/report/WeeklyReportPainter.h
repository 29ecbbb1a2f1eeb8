#pragma once

#include "report/ReportTable.h"
#include "report/WeeklyChart.h"
#include "services/WeeklyReview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>

class QPagedPaintDevice;
class QPainter;

namespace carddesk::report {

// Draws the weekly report with QPainter on any paged device, so the PDF (QPdfWriter) and the printout (QPrinter)
// are the same drawing: a header with office, area, period and generation time and a page number on every page,
// the area/office summary tables, the review's charts (WeeklyReviewCharts, vector graphics), each rep's trend among
// them, then one section per rep. Runs on any thread (QPainter on a PDF or printer device does not need the GUI
// thread).
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
    void beginPage();
    void finishPage();
    void newPage();
    void ensureRoom(double height);
    double mm(double millimetres) const;
    double textHeight(const QFont& font, double width, const QString& text) const;
    void heading(const QString& text, double pointSize);
    void paragraph(const QString& text);
    void table(const ReportTable& table, int minimumRows);
    std::vector<double> columns(const ReportTable& table) const; // the columns' left edges and the right edge
    double rowHeight(const std::vector<ReportCell>& row, const std::vector<double>& x) const;
    double tableHeight(const ReportTable& table, int rows);
    double tableHeader(const ReportTable& table, const std::vector<double>& x, bool draw);
    // A chart with its title (WeeklyChartPainter), or a line saying it has nothing to show.
    void chart(const WeeklyChart& chart, double titlePoints);
    // Every rep's 8-period trend, small and two to a row.
    void repTrends();

    const services::WeeklyReport& m_report;
    QDateTime m_generatedAt;
    QLocale m_locale;
    QPagedPaintDevice* m_device = nullptr;
    QPainter* m_painter = nullptr;
    bool m_draw = false; // the first pass only counts the pages for "Page n of m"
    int m_page = 0;
    int m_pageCount = 0;
    double m_width = 0;
    double m_bodyTop = 0;
    double m_bodyBottom = 0;
    double m_y = 0;
};

} // namespace carddesk::report
