#pragma once

#include "storage/queries/ComplaintQueries.h"

#include <QAbstractTableModel>

#include <vector>

namespace carddesk::gui {

// The rows of the complaints list (ComplaintQueries::list or a manager's escalation queue). Overdue rows have a
// warm background, escalated ones a marker in the status column; Qt::UserRole of any cell is the complaint id.
class ComplaintListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReceivedColumn,
        CustomerColumn,
        CategoryColumn,
        LevelColumn,
        StatusColumn,
        DeadlineColumn,
        OwnerColumn,
        AgeColumn,
        ColumnCount
    };

    explicit ComplaintListModel(QObject* parent = nullptr);

    void setRows(std::vector<storage::ComplaintListRow> rows);
    const std::vector<storage::ComplaintListRow>& rows() const { return m_rows; }
    const storage::ComplaintListRow* rowAt(int row) const;
    int rowOf(qint64 complaintId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<storage::ComplaintListRow> m_rows;
};

} // namespace carddesk::gui
