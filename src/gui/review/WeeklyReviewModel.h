#pragma once

#include "services/WeeklyReview.h"

#include <QAbstractTableModel>

#include <optional>

namespace carddesk::gui {

// One row per rep and a bold total row; each figure with an arrow against the previous period (green when it
// moved the good way, red the bad way) and the previous period and the 8-period average in its tooltip.
class WeeklyReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RepColumn,
        InteractionsColumn,
        VisitsDoneColumn,
        VisitsPlannedColumn,
        NewCustomersColumn,
        CardsEditedColumn,
        FollowUpsDueColumn,
        FollowUpsDoneColumn,
        FollowUpsOverdueColumn,
        SalesColumn,
        CollectionsColumn,
        OverdueColumn,
        NewlyOverdueColumn,
        ComplaintsColumn,
        ResolvedColumn,
        PastDeadlineColumn,
        EscalatedColumn,
        SatisfactionColumn,
        CompletenessColumn,
        StaleColumn,
        AClassColumn,
        IntoDeclineColumn,
        WonBackColumn,
        HighRiskAColumn,
        WinBackQueueColumn,
        WinBackContactedColumn,
        MonthTargetColumn, // sales of the month to date against the month's target
        YearTargetColumn,  // sales of the year to date against the year's plan
        ReviewedColumn,
        ColumnCount
    };

    // The column groups the page can hide, in the order: activity, results, complaints, card keeping,
    // customers, targets. The rep and reviewed columns are always shown.
    struct ColumnGroup
    {
        QString key;   // stored in the user's settings
        QString title; // translated
        QList<int> columns;
    };
    static QList<ColumnGroup> columnGroups();

    explicit WeeklyReviewModel(QObject* parent = nullptr);

    void setReport(services::WeeklyReport report);
    const services::WeeklyReport& report() const { return m_report; }
    // The rep of a row; 0 for the total row.
    qint64 repId(int row) const;
    // The figure a column drills into, if any.
    static std::optional<storage::WeeklyFigure> figure(int column);
    // The count or amount a cell shows, as the drill-down's records add it up.
    double value(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const services::WeeklyReviewRow& rowAt(int row) const;

    services::WeeklyReport m_report;
};

} // namespace carddesk::gui
