#pragma once

#include "core/Result.h"
#include "services/CustomerEquityReport.h"
#include "services/ReviewPeriod.h"
#include "storage/access/Session.h"
#include "storage/queries/RouteReviewQueries.h"
#include "storage/queries/WeeklyReviewQueries.h"

#include <array>
#include <functional>
#include <vector>

namespace carddesk::services {

// The figures the review compares with earlier periods.
enum class ReviewMeasure
{
    Interactions,
    VisitsDone,
    VisitsPlanned,
    NewCustomers,
    CardsEdited,
    Sales,
    Collections,
    OverdueReceivables,
    ComplaintsReceived,
    ComplaintsResolved,
    ComplaintsOpenPastDeadline,
    ComplaintsEscalated,
};
inline constexpr int kReviewMeasureCount = 12;
// The trend charts' periods: the report's period and the 7 before it.
inline constexpr int kTrendPeriods = 8;
using MeasureValues = std::array<double, kReviewMeasureCount>;

// Sales and collections against the targets (001 ⑥): the month of the period's last day, from its first day to
// the period's last day, against the month's target; and the year to that day against the whole year's plan (the
// sum of its months' targets, only once all twelve are set). A target of -1: none was set.
struct TargetAttainment
{
    int year = 0;
    int month = 0;
    int plannedMonths = 0; // months of the year with a target
    double monthSalesTarget = -1;
    double monthSales = 0;
    double monthCollectionsTarget = -1;
    double monthCollections = 0;
    double yearSalesTarget = -1;
    double yearSales = 0;
    double yearCollectionsTarget = -1;
    double yearCollections = 0;

    // actual / target, or -1 without a target.
    static double share(double actual, double target) { return target > 0 ? actual / target : -1.0; }
};

// One rep's row: the period's figures, the previous period's and the average of the 8 periods before, and the
// targets' attainment.
struct WeeklyReviewRow
{
    storage::RepWeekFigures figures;
    MeasureValues previous{};
    MeasureValues average8{};
    TargetAttainment targets;
    // Sales and collections of the kTrendPeriods periods ending with the report's, oldest first (the last is the
    // period's own figure); read with the comparisons, by the same query as the figures.
    std::array<double, kTrendPeriods> trendSales{};
    std::array<double, kTrendPeriods> trendCollections{};
};

struct WeeklyReport
{
    ReviewPeriod period;
    qint64 areaId = 0;  // 0: the reviewer's whole scope (the office for the administrator)
    QString areaName;   // empty for the whole office
    QString officeName; // the office setting's name, for a report's header
    std::vector<WeeklyReviewRow> rows;
    WeeklyReviewRow totals; // figures summed over the rows; completeness averaged over all current customers
    bool compared = false;  // previous, average8 and the trends were filled
    std::vector<ReviewPeriod> trendPeriods; // the trends' periods, oldest first; empty unless compared
    // A period still going on is compared with the periods before to the same day (their first days, as many as
    // have passed of this one, each cut there): true then. A Monday's sales against a whole week's read "down".
    bool comparedToSameDay = false;
    // The scope's customer equity at the period's last day and at the previous period's (CustomerEquityReport::change);
    // not available without a scoring run.
    EquityChange equity;
};

// The area manager's week (issue 13, DOMAIN.md "The manager's week"): the period's figures per rep with
// comparisons, the records behind each figure, and review notes. Scoped by the session like every read.
class WeeklyReview
{
public:
    explicit WeeklyReview(storage::Session& session) : m_session(session) {}

    // The period a label names, or the last full week when the label is empty; see ReviewPeriod::parse.
    static core::Result<ReviewPeriod> period(const QString& label, const QDate& today, int firstDay = Qt::Monday);
    // The day the office's week begins on (the setting report.week_start; Qt::Monday … Qt::Sunday). build(),
    // drillDown() and markReviewed() take a week as the office counts it, whatever day the caller's began on.
    int firstDayOfWeek();

    // The report for `period`; `areaName` empty: the reviewer's whole scope. `compare`: also the previous period
    // and the average of the 8 before (read together, one pass per compared figure over the 8 periods), which also give
    // the 8 periods' trend.
    core::Result<WeeklyReport> build(const ReviewPeriod& period, const QString& areaName, bool compare = true);

    // The route review (001 ⑤, usually a month or a quarter): each rep's customers, sales and visits by region.
    core::Result<std::vector<storage::RouteRow>> routes(const ReviewPeriod& period, const QString& areaName);

    // The records behind a figure of the rep named `username`.
    core::Result<std::vector<storage::WeeklyRecord>> drillDown(storage::WeeklyFigure figure, const QString& username,
                                                               const ReviewPeriod& period);
    core::Result<std::vector<storage::WeeklyRecord>> drillDown(storage::WeeklyFigure figure, qint64 repId,
                                                               const ReviewPeriod& period);

    // Marks the rep's period reviewed with a comment (stored and audited); NotFound for an unknown user name.
    // `replaced` (when given) receives the comment of an earlier review of the same period that this one replaces.
    core::Result<qint64> markReviewed(const QString& username, const ReviewPeriod& period, const QString& comment,
                                      QString* replaced = nullptr);
    core::Result<qint64> markReviewed(qint64 repId, const ReviewPeriod& period, const QString& comment,
                                      QString* replaced = nullptr);

    // Records in the access log that the report was exported (`format`: "pdf", "xlsx") or, with `printed`, printed;
    // `alongside` (putting the file in place) runs in the same transaction, so a failed export is not logged.
    core::Status recordExport(const WeeklyReport& report, const QString& format,
                              const std::function<core::Status()>& alongside = {}, bool printed = false);

    static double measure(const storage::RepWeekFigures& figures, ReviewMeasure which);
    static MeasureValues measures(const storage::RepWeekFigures& figures);
    static storage::RepWeekFigures sum(const std::vector<WeeklyReviewRow>& rows);

private:
    core::Result<qint64> repId(const QString& username);
    // Fills the rows' and the totals' targets and attainment for the month and year of the period's last day.
    core::Status addAttainment(WeeklyReport& report, qint64 areaFilter);

    storage::Session& m_session;
};

} // namespace carddesk::services
