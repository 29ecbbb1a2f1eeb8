#include "gui/visits/VisitListModel.h"

#include "gui/common/DisplayDate.h"
#include "gui/common/Labels.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace carddesk::gui {

VisitListModel::VisitListModel(QObject* parent) : QAbstractTableModel(parent) {}

void VisitListModel::setVisits(std::vector<core::VisitPlanEntry> visits, const QDate& today)
{
    beginResetModel();
    m_all = std::move(visits);
    m_today = today;
    refilter();
    endResetModel();
}

void VisitListModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
}

bool VisitListModel::overdue(const core::VisitPlanEntry& entry) const
{
    return entry.visit.status == QLatin1String("planned") && entry.visit.plannedDate < m_today;
}

bool VisitListModel::passes(const core::VisitPlanEntry& entry) const
{
    const QString& status = entry.visit.status;
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Planned:
        return status == QLatin1String("planned");
    case Filter::Overdue:
        return overdue(entry);
    case Filter::Done:
        return status == QLatin1String("done");
    case Filter::Cancelled:
        return status == QLatin1String("cancelled");
    }
    return true;
}

void VisitListModel::refilter()
{
    m_shown.clear();
    for (size_t i = 0; i < m_all.size(); ++i)
        if (passes(m_all[i]))
            m_shown.push_back(i);
}

const core::VisitPlanEntry* VisitListModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_shown.size()) ? &m_all[m_shown[size_t(row)]] : nullptr;
}

int VisitListModel::rowOf(qint64 visitId) const
{
    for (size_t row = 0; row < m_shown.size(); ++row)
        if (m_all[m_shown[row]].visit.id == visitId)
            return int(row);
    return -1;
}

int VisitListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int VisitListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::data(const QModelIndex& index, int role) const
{
    const core::VisitPlanEntry* entry = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!entry)
        return {};
    const core::Visit& v = entry->visit;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return DisplayDate::text(v.plannedDate);
        case StatusColumn:
            return overdue(*entry) ? tr("Overdue") : Labels::visitStatus(v.status);
        case CustomerColumn:
            return entry->customerName;
        case CodeColumn:
            return entry->customerCode;
        case AddressColumn:
            return entry->customerAddress;
        case PurposeColumn:
            return v.purpose;
        case ResultColumn:
            return v.result.section(QLatin1Char('\n'), 0, 0);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && overdue(*entry))
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::ToolTipRole && index.column() == ResultColumn && !v.result.isEmpty())
        return v.result;
    if (role == Qt::UserRole)
        return v.id;
    return {};
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    case CustomerColumn:
        return tr("Customer");
    case CodeColumn:
        return tr("Code");
    case AddressColumn:
        return tr("Address");
    case PurposeColumn:
        return tr("Purpose");
    case ResultColumn:
        return tr("Result or reason");
    default:
        return {};
    }
}

} // namespace carddesk::gui
