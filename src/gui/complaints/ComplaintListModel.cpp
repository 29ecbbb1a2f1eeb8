#include "gui/complaints/ComplaintListModel.h"

#include "gui/common/DisplayDate.h"
#include "gui/complaints/ComplaintLabels.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace carddesk::gui {

ComplaintListModel::ComplaintListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ComplaintListModel::setRows(std::vector<storage::ComplaintListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const storage::ComplaintListRow* ComplaintListModel::rowAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int ComplaintListModel::rowOf(qint64 complaintId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].complaint.id == complaintId)
            return static_cast<int>(i);
    }
    return -1;
}

int ComplaintListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComplaintListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintListModel::data(const QModelIndex& index, int role) const
{
    const storage::ComplaintListRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= ColumnCount)
        return {};
    const core::Complaint& c = row->complaint;
    if (role == Qt::UserRole)
        return c.id;
    if (role == Qt::BackgroundRole && row->overdue)
        return QBrush(QColor(255, 224, 214));
    if (role == Qt::ForegroundRole && row->overdue && index.column() == DeadlineColumn)
        return QBrush(QColor(170, 30, 20));
    if (role == Qt::ToolTipRole) {
        QString tip = c.description;
        if (row->overdue)
            tip = tr("Overdue") + QStringLiteral("\n") + tip;
        if (c.escalationLevel > 0)
            tip = ComplaintLabels::escalation(c.escalationLevel) + QStringLiteral("\n") + tip;
        return tip;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == LevelColumn || index.column() == AgeColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ReceivedColumn:
        return DisplayDate::text(c.receivedAt.toLocalTime());
    case CustomerColumn:
        return row->customerName;
    case CategoryColumn:
        return ComplaintLabels::category(row->categoryName);
    case LevelColumn:
        return c.level;
    case StatusColumn: {
        QString text = ComplaintLabels::status(c.status);
        if (c.escalationLevel > 0)
            text = QStringLiteral("▲%1 ").arg(c.escalationLevel) + text;
        return text;
    }
    case DeadlineColumn:
        return DisplayDate::text(c.deadline.toLocalTime());
    case OwnerColumn:
        return row->ownerName;
    case AgeColumn:
        return QLocale().toString(row->ageDays, 'f', 1);
    }
    return {};
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceivedColumn:
        return tr("Received");
    case CustomerColumn:
        return tr("Customer");
    case CategoryColumn:
        return tr("Category");
    case LevelColumn:
        return tr("Level");
    case StatusColumn:
        return tr("Status");
    case DeadlineColumn:
        return tr("Deadline");
    case OwnerColumn:
        return tr("Owner");
    case AgeColumn:
        return tr("Age (days)");
    }
    return {};
}

} // namespace carddesk::gui
