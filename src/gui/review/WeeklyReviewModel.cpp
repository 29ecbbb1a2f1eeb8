#include "gui/review/WeeklyReviewModel.h"
#include "gui/common/DisplayDate.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace carddesk::gui {

using services::ReviewMeasure;
using storage::WeeklyFigure;

namespace {

// The measure a column compares, and whether a rise is good.
std::optional<std::pair<ReviewMeasure, bool>> measureOf(int column)
{
    switch (column) {
    case WeeklyReviewModel::InteractionsColumn:
        return std::pair{ReviewMeasure::Interactions, true};
    case WeeklyReviewModel::VisitsDoneColumn:
        return std::pair{ReviewMeasure::VisitsDone, true};
    case WeeklyReviewModel::VisitsPlannedColumn:
        return std::pair{ReviewMeasure::VisitsPlanned, true};
    case WeeklyReviewModel::NewCustomersColumn:
        return std::pair{ReviewMeasure::NewCustomers, true};
    case WeeklyReviewModel::CardsEditedColumn:
        return std::pair{ReviewMeasure::CardsEdited, true};
    case WeeklyReviewModel::SalesColumn:
        return std::pair{ReviewMeasure::Sales, true};
    case WeeklyReviewModel::CollectionsColumn:
        return std::pair{ReviewMeasure::Collections, true};
    case WeeklyReviewModel::OverdueColumn:
        return std::pair{ReviewMeasure::OverdueReceivables, false};
    case WeeklyReviewModel::ComplaintsColumn:
        return std::pair{ReviewMeasure::ComplaintsReceived, false};
    case WeeklyReviewModel::ResolvedColumn:
        return std::pair{ReviewMeasure::ComplaintsResolved, true};
    case WeeklyReviewModel::PastDeadlineColumn:
        return std::pair{ReviewMeasure::ComplaintsOpenPastDeadline, false};
    case WeeklyReviewModel::EscalatedColumn:
        return std::pair{ReviewMeasure::ComplaintsEscalated, false};
    default:
        return std::nullopt;
    }
}

bool isMoney(int column)
{
    return column == WeeklyReviewModel::SalesColumn || column == WeeklyReviewModel::CollectionsColumn ||
           column == WeeklyReviewModel::OverdueColumn || column == WeeklyReviewModel::NewlyOverdueColumn;
}

} // namespace

WeeklyReviewModel::WeeklyReviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void WeeklyReviewModel::setReport(services::WeeklyReport report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

int WeeklyReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_report.rows.empty() ? 0 : static_cast<int>(m_report.rows.size()) + 1;
}

int WeeklyReviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const services::WeeklyReviewRow& WeeklyReviewModel::rowAt(int row) const
{
    return row < static_cast<int>(m_report.rows.size()) ? m_report.rows[static_cast<std::size_t>(row)]
                                                        : m_report.totals;
}

QList<WeeklyReviewModel::ColumnGroup> WeeklyReviewModel::columnGroups()
{
    return {
        {QStringLiteral("activity"),
         tr("Activity"),
         {InteractionsColumn, VisitsDoneColumn, VisitsPlannedColumn, NewCustomersColumn, CardsEditedColumn,
          FollowUpsDueColumn, FollowUpsDoneColumn, FollowUpsOverdueColumn}},
        {QStringLiteral("results"),
         tr("Sales, collections and overdue"),
         {SalesColumn, CollectionsColumn, OverdueColumn, NewlyOverdueColumn}},
        {QStringLiteral("complaints"),
         tr("Complaints"),
         {ComplaintsColumn, ResolvedColumn, PastDeadlineColumn, EscalatedColumn, SatisfactionColumn}},
        {QStringLiteral("cards"), tr("Card keeping"), {CompletenessColumn, StaleColumn, AClassColumn}},
        {QStringLiteral("customers"),
         tr("Customers moving"),
         {IntoDeclineColumn, WonBackColumn, HighRiskAColumn, WinBackQueueColumn, WinBackContactedColumn}},
        {QStringLiteral("targets"), tr("Targets"), {MonthTargetColumn, YearTargetColumn}},
    };
}

qint64 WeeklyReviewModel::repId(int row) const
{
    return row >= 0 && row < static_cast<int>(m_report.rows.size())
               ? m_report.rows[static_cast<std::size_t>(row)].figures.rep.id
               : 0;
}

std::optional<WeeklyFigure> WeeklyReviewModel::figure(int column)
{
    switch (column) {
    case InteractionsColumn:
        return WeeklyFigure::Interactions;
    case VisitsDoneColumn:
        return WeeklyFigure::VisitsDone;
    case VisitsPlannedColumn:
        return WeeklyFigure::VisitsPlanned;
    case NewCustomersColumn:
        return WeeklyFigure::NewCustomers;
    case CardsEditedColumn:
        return WeeklyFigure::CardsEdited;
    case SalesColumn:
        return WeeklyFigure::Sales;
    case CollectionsColumn:
        return WeeklyFigure::Collections;
    case OverdueColumn:
        return WeeklyFigure::OverdueReceivables;
    case NewlyOverdueColumn:
        return WeeklyFigure::NewlyOverdue;
    case ComplaintsColumn:
        return WeeklyFigure::ComplaintsReceived;
    case ResolvedColumn:
        return WeeklyFigure::ComplaintsResolved;
    case PastDeadlineColumn:
        return WeeklyFigure::ComplaintsOpenPastDeadline;
    case EscalatedColumn:
        return WeeklyFigure::ComplaintsEscalated;
    case CompletenessColumn:
        return WeeklyFigure::CurrentCustomers;
    case StaleColumn:
        return WeeklyFigure::StaleCards;
    case AClassColumn:
        return WeeklyFigure::AClassWithoutContact;
    case FollowUpsDueColumn:
        return WeeklyFigure::FollowUpsDue;
    case FollowUpsDoneColumn:
        return WeeklyFigure::FollowUpsDone;
    case FollowUpsOverdueColumn:
        return WeeklyFigure::FollowUpsOverdue;
    case IntoDeclineColumn:
        return WeeklyFigure::IntoDeclineOrLost;
    case WonBackColumn:
        return WeeklyFigure::WonBack;
    case HighRiskAColumn:
        return WeeklyFigure::HighRiskAClass;
    case WinBackQueueColumn:
        return WeeklyFigure::WinBackQueue;
    case WinBackContactedColumn:
        return WeeklyFigure::WinBackContacted;
    default:
        return std::nullopt;
    }
}

double WeeklyReviewModel::value(int row, int column) const
{
    const storage::RepWeekFigures& f = rowAt(row).figures;
    switch (column) {
    case InteractionsColumn:
        return static_cast<double>(f.interactions);
    case VisitsDoneColumn:
        return static_cast<double>(f.visitsDone);
    case VisitsPlannedColumn:
        return static_cast<double>(f.visitsPlanned);
    case NewCustomersColumn:
        return static_cast<double>(f.newCustomers);
    case CardsEditedColumn:
        return static_cast<double>(f.cardsEdited);
    case SalesColumn:
        return f.sales;
    case CollectionsColumn:
        return f.collections;
    case OverdueColumn:
        return f.overdueReceivables;
    case NewlyOverdueColumn:
        return f.newlyOverdue;
    case ComplaintsColumn:
        return static_cast<double>(f.complaintsReceived);
    case ResolvedColumn:
        return static_cast<double>(f.complaintsResolved);
    case PastDeadlineColumn:
        return static_cast<double>(f.complaintsOpenPastDeadline);
    case EscalatedColumn:
        return static_cast<double>(f.complaintsEscalated);
    case SatisfactionColumn:
        return f.averageSatisfaction();
    case CompletenessColumn:
        return f.cardCompleteness();
    case StaleColumn:
        return static_cast<double>(f.staleCards);
    case AClassColumn:
        return static_cast<double>(f.aClassWithoutContact);
    case FollowUpsDueColumn:
        return static_cast<double>(f.followUpsDue);
    case FollowUpsDoneColumn:
        return static_cast<double>(f.followUpsDone);
    case FollowUpsOverdueColumn:
        return static_cast<double>(f.followUpsOverdue);
    case IntoDeclineColumn:
        return static_cast<double>(f.intoDeclineOrLost);
    case WonBackColumn:
        return static_cast<double>(f.wonBack);
    case HighRiskAColumn:
        return static_cast<double>(f.highRiskAClass);
    case WinBackQueueColumn:
        return static_cast<double>(f.winBackQueue);
    case WinBackContactedColumn:
        return static_cast<double>(f.winBackContacted);
    case MonthTargetColumn:
        return services::TargetAttainment::share(rowAt(row).targets.monthSales, rowAt(row).targets.monthSalesTarget);
    case YearTargetColumn:
        return services::TargetAttainment::share(rowAt(row).targets.yearSales, rowAt(row).targets.yearSalesTarget);
    default:
        return 0;
    }
}

QVariant WeeklyReviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool total = row >= static_cast<int>(m_report.rows.size());
    const services::WeeklyReviewRow& r = rowAt(row);
    const storage::RepWeekFigures& f = r.figures;
    const QLocale locale;
    const auto measure = measureOf(column);
    const double now = value(row, column);
    double before = 0;
    if (measure)
        before = r.previous[static_cast<int>(measure->first)];
    if (role == Qt::DisplayRole) {
        QString text;
        switch (column) {
        case RepColumn:
            return total ? tr("Total") : (f.rep.displayName.isEmpty() ? f.rep.username : f.rep.displayName);
        case SatisfactionColumn:
            return now < 0 ? QStringLiteral("–") : locale.toString(now, 'f', 1);
        case CompletenessColumn:
        case MonthTargetColumn:
        case YearTargetColumn:
            return now < 0 ? QStringLiteral("–") : locale.toString(now * 100.0, 'f', 0) + QLatin1Char('%');
        case ReviewedColumn:
            if (total)
                return QStringLiteral("%1/%2")
                    .arg(std::count_if(m_report.rows.begin(), m_report.rows.end(),
                                       [](const auto& x) { return x.figures.reviewed; }))
                    .arg(m_report.rows.size());
            return f.reviewed ? tr("Yes") : tr("No");
        default:
            // Whole currency units keep the row on one screen; the drill-down shows the cents.
            text = isMoney(column) ? locale.toString(now, 'f', 0) : locale.toString(static_cast<qint64>(now));
        }
        if (measure && m_report.compared && now != before)
            text += (now > before) ? QStringLiteral(" ▲") : QStringLiteral(" ▼");
        return text;
    }
    if (role == Qt::ForegroundRole && measure && m_report.compared && now != before) {
        const bool better = (now > before) == measure->second;
        return QBrush(better ? QColor(0x1b, 0x7f, 0x3a) : QColor(0xc0, 0x1c, 0x28));
    }
    if (role == Qt::ForegroundRole && column == ReviewedColumn && !total && !f.reviewed)
        return QBrush(QColor(0xc0, 0x1c, 0x28));
    if (role == Qt::FontRole && total) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && column != RepColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (measure && m_report.compared) {
            const double average = r.average8[static_cast<int>(measure->first)];
            const int decimals = isMoney(column) ? 2 : 1;
            return (m_report.comparedToSameDay
                        ? tr("Previous period to the same day: %1\nAverage of the 8 periods before, each to the same "
                             "day: %2")
                        : tr("Previous period: %1\nAverage of the 8 periods before: %2"))
                .arg(locale.toString(before, 'f', isMoney(column) ? 2 : 0), locale.toString(average, 'f', decimals));
        }
        if (column == OverdueColumn || column == NewlyOverdueColumn)
            return tr("Overdue 1–30 days: %1\n31–60 days: %2\n61–90 days: %3\nover 90 days: %4")
                .arg(locale.toString(f.overdueAgeing[0], 'f', 2), locale.toString(f.overdueAgeing[1], 'f', 2),
                     locale.toString(f.overdueAgeing[2], 'f', 2), locale.toString(f.overdueAgeing[3], 'f', 2));
        if (column == MonthTargetColumn || column == YearTargetColumn) {
            const services::TargetAttainment& a = r.targets;
            const bool month = column == MonthTargetColumn;
            const auto of = [&](double actual, double target) {
                return target < 0 ? tr("%1 (no target)").arg(locale.toString(actual, 'f', 2))
                                  : tr("%1 of %2 (%3%)")
                                        .arg(locale.toString(actual, 'f', 2), locale.toString(target, 'f', 2),
                                             locale.toString(target > 0 ? actual / target * 100.0 : 0.0, 'f', 0));
            };
            return QString(
                (month ? tr("%1-%2, month to date").arg(a.year).arg(a.month, 2, 10, QLatin1Char('0'))
                       : tr("%1, year to date").arg(a.year)) +
                QLatin1Char('\n') +
                tr("Sales: %1").arg(month ? of(a.monthSales, a.monthSalesTarget) : of(a.yearSales, a.yearSalesTarget)) +
                QLatin1Char('\n') +
                tr("Collections: %1")
                    .arg(month ? of(a.monthCollections, a.monthCollectionsTarget)
                               : of(a.yearCollections, a.yearCollectionsTarget)));
        }
        if (column == ReviewedColumn && f.reviewed)
            return tr("%1, %2: %3").arg(f.reviewerName, DisplayDate::text(f.reviewedAt.toLocalTime()), f.reviewComment);
    }
    return {};
}

QVariant WeeklyReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CompletenessColumn:
            return tr("Share of the card's key fields filled (industry, region, address, phone, e-mail, source, "
                      "size, credit rating, preferred payment, a contact), averaged over current customers");
        case StaleColumn:
            return tr("Cards not changed for 90 days");
        case AClassColumn:
            return tr("A-class customers without contact for 30 days");
        case OverdueColumn:
            return tr("Open amount past due at the end of the period");
        case FollowUpsDueColumn:
            return tr("Follow-ups on the rep's customers due in the period");
        case FollowUpsDoneColumn:
            return tr("Follow-ups due in the period that were followed by a contact by its end");
        case FollowUpsOverdueColumn:
            return tr("Follow-ups due by the end of the period with no contact since");
        case IntoDeclineColumn:
            return tr("Customers whose stage moved to decline or lost in the period");
        case WonBackColumn:
            return tr("Customers won back in the period");
        case HighRiskAColumn:
            return tr("A-class customers whose churn risk is high (latest scoring)");
        case WinBackQueueColumn:
            return tr("Customers in the win-back queue: latest stage decline or lost");
        case WinBackContactedColumn:
            return tr("Customers of the win-back queue contacted in the period (the rest were not)");
        case MonthTargetColumn:
            return tr("Sales of the month to date against the month's target (managers set targets with "
                      "carddesk-cli targets set)");
        case YearTargetColumn:
            return tr("Sales of the year to date against the year's plan (the sum of its months' targets)");
        default:
            return tr("Double-click a number to list the records behind it");
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RepColumn:
        return tr("Rep");
    case InteractionsColumn:
        return tr("Interactions");
    case VisitsDoneColumn:
        return tr("Visits\ndone");
    case VisitsPlannedColumn:
        return tr("Visits\nplanned");
    case NewCustomersColumn:
        return tr("New\ncustomers");
    case CardsEditedColumn:
        return tr("Cards\nedited");
    case SalesColumn:
        return tr("Sales");
    case CollectionsColumn:
        return tr("Collections");
    case OverdueColumn:
        return tr("Overdue");
    case NewlyOverdueColumn:
        return tr("Newly\noverdue");
    case ComplaintsColumn:
        return tr("Complaints");
    case ResolvedColumn:
        return tr("Resolved");
    case PastDeadlineColumn:
        return tr("Past\ndeadline");
    case EscalatedColumn:
        return tr("Escalated");
    case SatisfactionColumn:
        return tr("Satis-\nfaction");
    case CompletenessColumn:
        return tr("Card\ncompleteness");
    case StaleColumn:
        return tr("Stale\ncards");
    case AClassColumn:
        return tr("A-class\nno contact");
    case FollowUpsDueColumn:
        return tr("Follow-ups\ndue");
    case FollowUpsDoneColumn:
        return tr("Follow-ups\ndone");
    case FollowUpsOverdueColumn:
        return tr("Follow-ups\noverdue");
    case IntoDeclineColumn:
        return tr("Into decline\nor lost");
    case WonBackColumn:
        return tr("Won\nback");
    case HighRiskAColumn:
        return tr("A-class\nhigh risk");
    case WinBackQueueColumn:
        return tr("Win-back\nqueue");
    case WinBackContactedColumn:
        return tr("Win-back\ncontacted");
    case MonthTargetColumn:
        return tr("Month\ntarget");
    case YearTargetColumn:
        return tr("Year\nplan");
    case ReviewedColumn:
        return tr("Reviewed");
    }
    return {};
}

} // namespace carddesk::gui
