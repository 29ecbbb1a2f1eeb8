#pragma once

#include "report/WeeklyChart.h"

#include <QLocale>
#include <QRectF>

class QPaintDevice;
class QPainter;

namespace carddesk::report {

// Draws a WeeklyChart with QPainter alone (vector graphics in a PDF, no widgets, any thread): bars horizontal, one
// row per rep with the rep's name and the values beside the bars, or lines over the periods with a value axis; a
// legend above. Sizes follow the device's resolution, so the PDF and the printout look alike.
class WeeklyChartPainter
{
public:
    // `linePlotMillimetres`: the height of a line chart's plot (bars take a row per category).
    WeeklyChartPainter(const WeeklyChart& chart, const QPaintDevice& device, QLocale locale = QLocale(),
                       double linePlotMillimetres = 42);

    // The height the legend and the plot need at `width` (the title is the caller's).
    double height(double width) const;
    // Draws the legend and the plot into `area` (its height as height() said).
    void paint(QPainter& painter, const QRectF& area) const;

private:
    double mm(double millimetres) const;
    double legendHeight() const;
    double barRowHeight() const;
    void paintLegend(QPainter& painter, const QRectF& area) const;
    void paintBars(QPainter& painter, const QRectF& area) const;
    void paintLines(QPainter& painter, const QRectF& area) const;
    QString valueText(double value) const;
    QString axisText(double value) const;

    const WeeklyChart& m_chart;
    const QPaintDevice& m_device;
    QLocale m_locale;
    double m_linePlot;
};

} // namespace carddesk::report
