#pragma once

#include "report/WeeklyChart.h"
#include "services/WeeklyReview.h"

#include <QCoreApplication>

namespace carddesk::report {

// The weekly review's charts (issue 13), made from the report's own figures so a chart never disagrees with the
// table beside it: no query of their own.
class WeeklyReviewCharts
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReviewCharts)

public:
    // Sales and collections of the period, one pair of bars per rep.
    static WeeklyChart salesAndCollections(const services::WeeklyReport& report);
    // Sales and collections of the 8 periods ending with the report's, for the rep `repId` or, with 0, summed over
    // the report's reps. Empty (no category) when the report was read without comparisons.
    static WeeklyChart trend(const services::WeeklyReport& report, qint64 repId = 0);
    // The open amounts overdue at the period's end by age (1–30, 31–60, 61–90, > 90 days), one stacked bar per rep.
    static WeeklyChart overdueAgeing(const services::WeeklyReport& report);
    // Customers moved into decline or lost and won back in the period, one pair of bars per rep.
    static WeeklyChart stageMoves(const services::WeeklyReport& report);

    // The four charts of the page and the summary of the report, the area's trend second.
    static std::vector<WeeklyChart> all(const services::WeeklyReport& report);
    // The ageing buckets' names, in the order of RepWeekFigures::overdueAgeing.
    static QStringList ageingBuckets();
};

} // namespace carddesk::report
