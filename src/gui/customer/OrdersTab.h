#pragma once

#include "core/HeldProduct.h"
#include "core/OrderDetail.h"
#include "gui/customer/CardTab.h"

#include <vector>

class QLabel;
class QTableView;

namespace carddesk::gui {

class RecordTableModel;

// The card's products held (持有产品) and the trade history (orders with their products and total).
class OrdersTab : public CardTab
{
    Q_OBJECT

public:
    struct Rows
    {
        std::vector<core::HeldProduct> held;
        std::vector<core::OrderDetail> orders;
    };

    OrdersTab(storage::Session& session, StorageWorker* worker, QWidget* parent = nullptr);

    RecordTableModel* heldModel() const { return m_held; }
    RecordTableModel* ordersModel() const { return m_orders; }

protected:
    void read(qint64 customerId) override;
    void clear() override;

private:
    void fill(const Rows& rows);

    RecordTableModel* m_held;
    RecordTableModel* m_orders;
    QTableView* m_heldView;
    QTableView* m_ordersView;
    QLabel* m_summary;
};

} // namespace carddesk::gui
