#include "report/WeeklyChartPainter.h"

#include "report/WeeklyReportPainter.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace carddesk::report {

namespace {
constexpr double kLabelPoints = 7.5;
constexpr double kValuePoints = 6.5;
const QColor kRule(0x9a, 0x99, 0x96);
const QColor kGrid(0xde, 0xdd, 0xda);

// A step of 1, 2 or 5 times a power of ten that splits `maximum` into about `parts` parts.
double niceStep(double maximum, int parts)
{
    if (maximum <= 0)
        return 1;
    const double raw = maximum / parts;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power)
            return m * power;
    return 10 * power;
}
} // namespace

WeeklyChartPainter::WeeklyChartPainter(const WeeklyChart& chart, const QPaintDevice& device, QLocale locale,
                                       double linePlotMillimetres)
    : m_chart(chart), m_device(device), m_locale(std::move(locale)), m_linePlot(linePlotMillimetres)
{
}

double WeeklyChartPainter::mm(double millimetres) const
{
    return millimetres * m_device.logicalDpiY() / 25.4;
}

QString WeeklyChartPainter::valueText(double value) const
{
    return m_chart.money ? m_locale.toString(value, 'f', 2)
                         : m_locale.toString(static_cast<qint64>(std::llround(value)));
}

QString WeeklyChartPainter::axisText(double value) const
{
    // The axis steps are round numbers: no decimals.
    return m_locale.toString(static_cast<qint64>(std::llround(value)));
}

double WeeklyChartPainter::legendHeight() const
{
    return QFontMetricsF(WeeklyReportPainter::font(kLabelPoints), &m_device).height() + mm(1);
}

double WeeklyChartPainter::barRowHeight() const
{
    const double bar = mm(3.4);
    const double bars = m_chart.shape == WeeklyChart::Shape::StackedBars ? 1.0 : double(m_chart.series.size());
    return std::max(bars * bar + mm(1.5), QFontMetricsF(WeeklyReportPainter::font(kLabelPoints), &m_device).height() *
                                              (m_chart.shape == WeeklyChart::Shape::StackedBars ? 1.4 : 2.0));
}

double WeeklyChartPainter::height(double) const
{
    if (m_chart.shape == WeeklyChart::Shape::Lines)
        return legendHeight() + mm(m_linePlot);
    return legendHeight() + barRowHeight() * std::max<qsizetype>(m_chart.categories.size(), 1);
}

void WeeklyChartPainter::paint(QPainter& p, const QRectF& area) const
{
    p.save();
    paintLegend(p, area);
    const QRectF plot = area.adjusted(0, legendHeight(), 0, 0);
    if (m_chart.shape == WeeklyChart::Shape::Lines)
        paintLines(p, plot);
    else
        paintBars(p, plot);
    p.restore();
}

void WeeklyChartPainter::paintLegend(QPainter& p, const QRectF& area) const
{
    const QFont font = WeeklyReportPainter::font(kLabelPoints);
    const QFontMetricsF metrics(font, &m_device);
    const double line = metrics.height();
    p.setFont(font);
    double x = area.left();
    for (const WeeklyChartSeries& s : m_chart.series) {
        p.fillRect(QRectF(x, area.top() + line * 0.2, line * 0.6, line * 0.6), s.colour);
        p.setPen(Qt::black);
        const double w = metrics.horizontalAdvance(s.name);
        p.drawText(QRectF(x + line * 0.8, area.top(), w + mm(1), line), Qt::AlignVCenter, s.name);
        x += line * 0.8 + w + mm(5);
    }
}

void WeeklyChartPainter::paintBars(QPainter& p, const QRectF& area) const
{
    const QFont label = WeeklyReportPainter::font(kLabelPoints);
    const QFont valueFont = WeeklyReportPainter::font(kValuePoints);
    const QFontMetricsF labelMetrics(label, &m_device);
    const QFontMetricsF valueMetrics(valueFont, &m_device);
    const bool stacked = m_chart.shape == WeeklyChart::Shape::StackedBars;
    const double rowHeight = barRowHeight();
    const double bar = mm(3.4);
    const double maximum = m_chart.maximum();
    const double nameWidth = area.width() * 0.22;
    // Room for the widest value after the longest bar.
    double valueWidth = valueMetrics.horizontalAdvance(valueText(maximum)) + mm(2);
    const double barsWidth = std::max(area.width() - nameWidth - valueWidth, mm(10));
    const qsizetype n = m_chart.categories.size();
    for (qsizetype c = 0; c < n; ++c) {
        const double y = area.top() + rowHeight * double(c);
        p.setFont(label);
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y, nameWidth - mm(1), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   labelMetrics.elidedText(m_chart.categories[c], Qt::ElideRight, nameWidth - mm(1)));
        const double left = area.left() + nameWidth;
        const std::size_t index = static_cast<std::size_t>(c);
        if (stacked) {
            const double top = y + (rowHeight - bar) / 2;
            double x = left;
            double total = 0;
            for (const WeeklyChartSeries& s : m_chart.series) {
                const double v = index < s.values.size() ? s.values[index] : 0;
                const double length = maximum > 0 ? barsWidth * v / maximum : 0;
                if (length > 0)
                    p.fillRect(QRectF(x, top, length, bar * 0.85), s.colour);
                x += length;
                total += v;
            }
            p.setPen(Qt::black);
            p.setFont(valueFont);
            p.drawText(QRectF(x + mm(1), top, valueWidth, bar * 0.85), Qt::AlignLeft | Qt::AlignVCenter,
                       valueText(total));
        } else {
            const double groupTop = y + (rowHeight - bar * double(m_chart.series.size())) / 2;
            for (std::size_t i = 0; i < m_chart.series.size(); ++i) {
                const WeeklyChartSeries& s = m_chart.series[i];
                const double v = index < s.values.size() ? s.values[index] : 0;
                const double top = groupTop + bar * double(i);
                const double length = maximum > 0 ? barsWidth * v / maximum : 0;
                p.fillRect(QRectF(left, top, std::max(length, mm(0.2)), bar * 0.85), s.colour);
                p.setPen(Qt::black);
                p.setFont(valueFont);
                p.drawText(QRectF(left + length + mm(1), top, valueWidth, bar * 0.85), Qt::AlignLeft | Qt::AlignVCenter,
                           valueText(v));
            }
        }
        p.setPen(QPen(kRule, mm(0.1)));
        p.drawLine(QPointF(left, y), QPointF(left, y + rowHeight));
    }
}

void WeeklyChartPainter::paintLines(QPainter& p, const QRectF& area) const
{
    const QFont label = WeeklyReportPainter::font(kValuePoints);
    const QFontMetricsF metrics(label, &m_device);
    const qsizetype n = m_chart.categories.size();
    const double step = niceStep(m_chart.maximum(), 4);
    const double top = std::max(step, std::ceil(m_chart.maximum() / step) * step);
    double axisWidth = 0;
    for (double v = 0; v <= top + step / 2; v += step)
        axisWidth = std::max(axisWidth, metrics.horizontalAdvance(axisText(v)));
    const QRectF plot(area.left() + axisWidth + mm(2), area.top() + metrics.height() / 2,
                      area.width() - axisWidth - mm(2) - mm(4), area.height() - metrics.height() * 2 - mm(1));
    p.setFont(label);
    // The value axis: grid lines at nice steps, their values on the left.
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = plot.bottom() - plot.height() * v / top;
        p.setPen(QPen(v == 0 ? kRule : kGrid, mm(0.1)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y - metrics.height() / 2, axisWidth, metrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, axisText(v));
    }
    if (n == 0)
        return;
    auto xAt = [&](qsizetype i) {
        return n == 1 ? plot.center().x() : plot.left() + plot.width() * double(i) / double(n - 1);
    };
    // The periods below; every other one when they would touch.
    double widest = 0;
    for (const QString& c : m_chart.categories)
        widest = std::max(widest, metrics.horizontalAdvance(c));
    const int every = n > 1 && widest + mm(1) > plot.width() / double(n - 1) ? 2 : 1;
    p.setPen(Qt::black);
    for (qsizetype i = 0; i < n; ++i) {
        if ((n - 1 - i) % every != 0)
            continue; // the last period always keeps its label
        const double x = xAt(i);
        double left = x - widest / 2 - mm(0.5);
        left = std::clamp(left, area.left(), area.right() - widest - mm(1));
        p.drawText(QRectF(left, plot.bottom() + mm(1), widest + mm(1), metrics.height()), Qt::AlignCenter,
                   m_chart.categories[i]);
    }
    for (const WeeklyChartSeries& s : m_chart.series) {
        QPainterPath path;
        for (qsizetype i = 0; i < n; ++i) {
            const double v = static_cast<std::size_t>(i) < s.values.size() ? s.values[static_cast<std::size_t>(i)] : 0;
            const QPointF point(xAt(i), plot.bottom() - plot.height() * v / top);
            if (i == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(s.colour, mm(0.5)));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(s.colour);
        p.setPen(Qt::NoPen);
        for (qsizetype i = 0; i < n; ++i)
            p.drawEllipse(path.elementAt(static_cast<int>(i)), mm(0.7), mm(0.7));
    }
}

} // namespace carddesk::report
