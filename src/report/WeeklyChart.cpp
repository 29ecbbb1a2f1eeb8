#include "report/WeeklyChart.h"

#include <algorithm>

namespace carddesk::report {

double WeeklyChart::maximum() const
{
    double most = 0;
    for (int c = 0; c < categories.size(); ++c) {
        double stack = 0;
        for (const WeeklyChartSeries& s : series) {
            const double v = static_cast<std::size_t>(c) < s.values.size() ? s.values[static_cast<std::size_t>(c)] : 0;
            stack += v;
            most = std::max(most, v);
        }
        if (shape == Shape::StackedBars)
            most = std::max(most, stack);
    }
    return most;
}

bool WeeklyChart::isEmpty() const
{
    for (const WeeklyChartSeries& s : series)
        for (double v : s.values)
            if (v != 0)
                return false;
    return true;
}

} // namespace carddesk::report
