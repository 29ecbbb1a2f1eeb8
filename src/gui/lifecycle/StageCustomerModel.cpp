#include "gui/lifecycle/StageCustomerModel.h"

#include "gui/common/DisplayDate.h"
#include "gui/common/Labels.h"
#include "gui/lifecycle/LifecycleLabels.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace carddesk::gui {

StageCustomerModel::StageCustomerModel(bool winBack, QObject* parent) : QAbstractTableModel(parent), m_winBack(winBack)
{
}

void StageCustomerModel::setRows(std::vector<storage::StageCustomer> rows, std::vector<QString> reasons)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_reasons = std::move(reasons);
    endResetModel();
}

const storage::StageCustomer* StageCustomerModel::rowAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int StageCustomerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StageCustomerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : (m_winBack ? ReasonsColumn + 1 : LastOrderColumn + 1);
}

QVariant StageCustomerModel::data(const QModelIndex& index, int role) const
{
    const storage::StageCustomer* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= columnCount())
        return {};
    const size_t i = static_cast<size_t>(index.row());
    const QString reasons = i < m_reasons.size() ? m_reasons[i] : row->churnReasons;
    if (role == Qt::UserRole)
        return row->customerId;
    if (role == Qt::TextAlignmentRole && (index.column() == ClvColumn || index.column() == Revenue12mColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == AdviceColumn) {
        if (row->advice == QLatin1String("fight for"))
            return QBrush(QColor(0x1b, 0x7a, 0x2e));
        if (row->advice == QLatin1String("let go"))
            return QBrush(QColor(0x88, 0x88, 0x88));
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StageColumn)
            return LifecycleLabels::rule(row->rule);
        if (index.column() == ReasonsColumn)
            return reasons;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case CustomerColumn:
        return row->name;
    case OwnerColumn:
        return row->ownerName;
    case StageColumn:
        return Labels::stage(row->stage);
    case ClvColumn:
        return row->hasClv ? locale.toString(row->clv12m, 'f', 0) : QStringLiteral("–");
    case Revenue12mColumn:
        return locale.toString(row->revenue12m, 'f', 0);
    case LastOrderColumn:
        return row->lastOrderDate.isValid() ? DisplayDate::text(row->lastOrderDate) : QString();
    case AdviceColumn:
        return Labels::advice(row->advice);
    case ReasonsColumn:
        return QString(reasons).replace(QLatin1Char('\n'), QStringLiteral("; "));
    }
    return {};
}

QVariant StageCustomerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case OwnerColumn:
        return tr("Owner");
    case StageColumn:
        return tr("Stage");
    case ClvColumn:
        return tr("CLV 12 m");
    case Revenue12mColumn:
        return tr("Revenue 12 m");
    case LastOrderColumn:
        return tr("Last order");
    case AdviceColumn:
        return tr("Advice");
    case ReasonsColumn:
        return tr("Churn reasons");
    }
    return {};
}

} // namespace carddesk::gui
