#include "report/WeeklyReportPainter.h"

#include "report/WeeklyChartPainter.h"
#include "report/WeeklyReportTables.h"
#include "report/WeeklyReviewCharts.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace carddesk::report {

namespace {
constexpr double kTextPoints = PagedDocument::kTextPoints;
} // namespace

WeeklyReportPainter::WeeklyReportPainter(const services::WeeklyReport& report, QDateTime generatedAt, QLocale locale)
    : m_report(report), m_generatedAt(std::move(generatedAt)), m_locale(std::move(locale)), m_doc(m_locale)
{
}

QFont WeeklyReportPainter::font(double pointSize, bool bold)
{
    return PagedDocument::font(pointSize, bold);
}

bool WeeklyReportPainter::paint(QPagedPaintDevice& device)
{
    const QString office = m_report.officeName.isEmpty() ? tr("CardDesk") : m_report.officeName;
    const PagedDocument::Header header{office, WeeklyReportTables::title(m_report),
                                       WeeklyReportTables::scope(m_report) + QStringLiteral(" · ") +
                                           WeeklyReportTables::periodText(m_report, m_locale),
                                       WeeklyReportTables::generatedText(m_generatedAt, m_locale)};
    if (!m_doc.paint(device, header, [this] { layout(); }))
        return false;
    m_pageCount = m_doc.pageCount();
    return true;
}

void WeeklyReportPainter::layout()
{
    m_doc.heading(WeeklyReportTables::title(m_report), 15);
    m_doc.paragraph(WeeklyReportTables::scope(m_report) + QStringLiteral(" · ") +
                    WeeklyReportTables::periodText(m_report, m_locale));
    m_doc.advance(m_doc.mm(2));
    if (m_report.rows.empty()) {
        m_doc.paragraph(tr("There are no reps in this report."));
    } else {
        m_doc.heading(tr("Summary"), 11);
        for (const ReportTable& t : WeeklyReportTables::summary(m_report)) {
            m_doc.ensureRoom(m_doc.textHeight(font(kTextPoints + 1, true), m_doc.width(), t.title) + m_doc.mm(20));
            m_doc.heading(t.title, kTextPoints + 1);
            m_doc.table(t, 2);
            m_doc.advance(m_doc.mm(3));
        }
        const std::vector<WeeklyChart> charts = WeeklyReviewCharts::all(m_report);
        // The heading goes onto the page of the first chart, not alone at the foot of the summary's.
        m_doc.ensureRoom(m_doc.textHeight(font(11, true), m_doc.width(), tr("Charts")) + m_doc.mm(1.5) +
                         chartStart(charts[0], kTextPoints + 1));
        m_doc.heading(tr("Charts"), 11);
        chart(charts[0], kTextPoints + 1);
        chart(charts[1], kTextPoints + 1);
        if (m_report.compared && m_report.rows.size() > 1)
            repTrends();
        for (std::size_t i = 2; i < charts.size(); ++i)
            chart(charts[i], kTextPoints + 1);
        bool first = true;
        for (const services::WeeklyReviewRow& row : m_report.rows) {
            const storage::RepWeekFigures& f = row.figures;
            ReportTable t = WeeklyReportTables::repFigures(m_report, row);
            // A rep's section stays on one page when it fits on one.
            const double section = m_doc.tableHeight(t, static_cast<int>(t.rows.size())) + m_doc.mm(22);
            const double reps = first ? m_doc.textHeight(font(11, true), m_doc.width(), tr("Reps")) + m_doc.mm(1.5) : 0;
            m_doc.ensureRoom(std::min(section + reps, m_doc.bodyHeight()));
            if (first)
                m_doc.heading(tr("Reps"), 11); // on the page of the first rep's section
            first = false;
            QString name = WeeklyReportTables::repName(f);
            if (name != f.rep.username)
                name += QStringLiteral(" (%1)").arg(f.rep.username);
            if (!f.rep.areaName.isEmpty())
                name += QStringLiteral(" · ") + tr("Area %1").arg(f.rep.areaName);
            m_doc.heading(name, kTextPoints + 1.5);
            m_doc.paragraph(tr("Interactions by channel: %1").arg(WeeklyReportTables::channelsText(f, m_locale)));
            m_doc.paragraph(f.reviewed ? tr("Reviewed by %1: %2").arg(f.reviewerName, f.reviewComment)
                                       : tr("Not reviewed yet."));
            m_doc.table(t, 5);
            m_doc.advance(m_doc.mm(5));
        }
    }
}

void WeeklyReportPainter::chart(const WeeklyChart& c, double titlePoints)
{
    // The title, the legend and at least a few bars (or the whole line plot) stay together on a page.
    const WeeklyChartPainter painter(c, m_doc.device(), m_locale);
    const double h = painter.height(m_doc.width());
    m_doc.ensureRoom(chartStart(c, titlePoints));
    m_doc.heading(c.title, titlePoints);
    if (c.categories.isEmpty() || c.isEmpty()) {
        m_doc.paragraph(c.categories.isEmpty() ? tr("No data.") : tr("None in this period."));
        m_doc.advance(m_doc.mm(2));
        return;
    }
    m_doc.ensureRoom(h);
    if (m_doc.drawing())
        painter.paint(m_doc.painter(), QRectF(0, m_doc.y(), m_doc.width(), h));
    m_doc.advance(h + m_doc.mm(4));
}

double WeeklyReportPainter::chartStart(const WeeklyChart& c, double titlePoints)
{
    const double h = WeeklyChartPainter(c, m_doc.device(), m_locale).height(m_doc.width());
    const double title = m_doc.textHeight(font(titlePoints, true), m_doc.width(), c.title) + m_doc.mm(1.5);
    return title + std::min(h, m_doc.bodyHeight() - title);
}

void WeeklyReportPainter::repTrends()
{
    // Each rep's trend, two to a row: small multiples on one scale each, so every rep's last 8 periods are on the
    // summary pages without a page per rep.
    constexpr double kPlot = 30;
    const double gap = m_doc.mm(6);
    const double cell = (m_doc.width() - gap) / 2;
    const QFont nameFont = font(kTextPoints, true);
    const double name = m_doc.textHeight(nameFont, cell, QStringLiteral("X")) + m_doc.mm(1);
    const QString heading =
        (m_report.comparedToSameDay ? tr("Sales and collections, the last %1 periods, each to the same day, by rep")
                                    : tr("Sales and collections, the last %1 periods, by rep"))
            .arg(services::kTrendPeriods);
    // The heading stays with the first row of trends.
    const double firstRow =
        name + WeeklyChartPainter(WeeklyReviewCharts::trend(m_report, m_report.rows.front().figures.rep.id),
                                  m_doc.device(), m_locale, kPlot)
                   .height(cell);
    m_doc.ensureRoom(m_doc.textHeight(font(kTextPoints + 1, true), m_doc.width(), heading) + m_doc.mm(1.5) + firstRow);
    m_doc.heading(heading, kTextPoints + 1);
    for (std::size_t r = 0; r < m_report.rows.size(); r += 2) {
        std::vector<WeeklyChart> pair;
        for (std::size_t i = r; i < std::min(r + 2, m_report.rows.size()); ++i)
            pair.push_back(WeeklyReviewCharts::trend(m_report, m_report.rows[i].figures.rep.id));
        const double h = WeeklyChartPainter(pair.front(), m_doc.device(), m_locale, kPlot).height(cell);
        m_doc.ensureRoom(name + h);
        if (m_doc.drawing()) {
            for (std::size_t i = 0; i < pair.size(); ++i) {
                const double x = double(i) * (cell + gap);
                m_doc.painter().setFont(nameFont);
                m_doc.painter().setPen(Qt::black);
                m_doc.painter().drawText(QRectF(x, m_doc.y(), cell, name), Qt::AlignLeft | Qt::AlignTop,
                                         WeeklyReportTables::repName(m_report.rows[r + i].figures));
                WeeklyChartPainter(pair[i], m_doc.device(), m_locale, kPlot)
                    .paint(m_doc.painter(), QRectF(x, m_doc.y() + name, cell, h));
            }
        }
        m_doc.advance(name + h + m_doc.mm(3));
    }
    m_doc.advance(m_doc.mm(1));
}

} // namespace carddesk::report
