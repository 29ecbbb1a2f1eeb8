#pragma once

#include "storage/queries/LifecycleQueries.h"

#include <QAbstractTableModel>

#include <vector>

namespace carddesk::gui {

// Scored customers of the lifecycle page: the customers of one stage, or the win-back queue (which adds the
// advice and the churn reasons). Qt::UserRole of any cell is the customer id.
class StageCustomerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CustomerColumn,
        OwnerColumn,
        StageColumn,
        ClvColumn,
        Revenue12mColumn,
        LastOrderColumn,
        AdviceColumn,  // win-back queue only
        ReasonsColumn, // win-back queue only
    };

    explicit StageCustomerModel(bool winBack, QObject* parent = nullptr);

    // `reasons` are the translated churn reasons by row (win-back queue); empty: the stored English text.
    void setRows(std::vector<storage::StageCustomer> rows, std::vector<QString> reasons = {});
    const storage::StageCustomer* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool m_winBack;
    std::vector<storage::StageCustomer> m_rows;
    std::vector<QString> m_reasons;
};

} // namespace carddesk::gui
