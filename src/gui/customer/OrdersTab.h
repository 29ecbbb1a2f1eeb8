#pragma once

#include "core/HeldProduct.h"
#include "core/OrderDetail.h"
#include "core/Product.h"
#include "gui/customer/CardTab.h"

#include <QSet>

#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace carddesk::gui {

class RecordTableModel;

// The card's products held (持有产品) and the trade history (orders with their products and total), with "New
// order…" (OrderDialog), "Edit order…" (EditOrderDialog) and "Void order…" (a reason asked, through
// services::OrderEntry).
class OrdersTab : public CardTab
{
    Q_OBJECT

public:
    struct Rows
    {
        std::vector<core::HeldProduct> held;
        std::vector<core::OrderDetail> orders;
        std::vector<core::Product> products; // the catalogue, for the new-order dialog
    };

    OrdersTab(storage::Session& session, StorageWorker* worker, QWidget* parent = nullptr);

    RecordTableModel* heldModel() const { return m_held; }
    RecordTableModel* ordersModel() const { return m_orders; }
    QTableView* ordersView() const { return m_ordersView; }
    QPushButton* newOrderButton() const { return m_newOrder; }
    QPushButton* voidOrderButton() const { return m_voidOrder; }
    QPushButton* editOrderButton() const { return m_editOrder; }
    void setCustomerName(const QString& name) { m_customerName = name; }

    // The new-order dialog; true when an order was saved.
    bool newOrder();
    // The edit dialog for the selected order; true when it was changed.
    bool editOrder();
    // Voids the selected order after asking why; true when it was voided.
    bool voidOrder();

signals:
    // An order was saved or voided (its receivables move with it): the card announces it on DataChanges.
    void ordersChanged();

protected:
    void read(qint64 customerId) override;
    void clear() override;

private:
    void fill(const Rows& rows);
    void updateActions();

    RecordTableModel* m_held;
    RecordTableModel* m_orders;
    QTableView* m_heldView;
    QTableView* m_ordersView;
    QLabel* m_summary;
    QPushButton* m_newOrder;
    QPushButton* m_voidOrder;
    QPushButton* m_editOrder;
    std::vector<core::Product> m_products;
    QSet<qint64> m_importedOrders; // ids of the orders shown that came from an orders file
    QString m_customerName;
};

} // namespace carddesk::gui
