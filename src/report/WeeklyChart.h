#pragma once

#include "storage/queries/WeeklyReviewQueries.h"

#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace carddesk::report {

// One series of a weekly review chart: a value per category, in the user's language, with the figure whose
// records lie behind it (for a drill-down) when there is one.
struct WeeklyChartSeries
{
    QString name;
    QColor colour;
    std::vector<double> values; // one per category
    std::optional<storage::WeeklyFigure> figure;
};

// A weekly review chart as data, drawn by Qt Charts on the page and by WeeklyChartPainter in the PDF and printout,
// so both show the same numbers.
struct WeeklyChart
{
    enum class Shape
    {
        GroupedBars, // the series side by side in each category
        StackedBars, // the series on top of each other: a category's bar is their sum
        Lines,       // one line per series over the categories (periods)
    };

    QString title;
    QString valueTitle; // what the values count: money or customers
    Shape shape = Shape::GroupedBars;
    bool money = true;          // values are amounts (two decimals) rather than counts
    QStringList categories;     // reps, or periods for a trend
    std::vector<qint64> repIds; // the rep of each category, 0 where the category is not a rep
    std::vector<WeeklyChartSeries> series;

    // The largest value drawn: a bar's (the sum of a category's stacked bars) or a point's.
    double maximum() const;
    bool isEmpty() const; // no category, or every value 0
};

} // namespace carddesk::report
