#include "gui/customer/OrdersTab.h"

#include "gui/common/ErrorText.h"
#include "gui/common/MessageBox.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/TextPrompt.h"
#include "gui/customer/CardTables.h"
#include "gui/customer/EditOrderDialog.h"
#include "gui/customer/OrderDialog.h"
#include "services/OrderEntry.h"
#include "storage/access/Session.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/ProductRepository.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace carddesk::gui {

using namespace CardTables;

OrdersTab::OrdersTab(storage::Session& session, StorageWorker* worker, QWidget* parent)
    : CardTab(session, worker, parent),
      m_held(new RecordTableModel({tr("Code"), tr("Product"), tr("Quantity"), tr("Since"), tr("Notes")}, this)),
      m_orders(new RecordTableModel(
          {tr("Date"), tr("Order no."), tr("Amount"), tr("Payment"), tr("Products"), tr("Entered by")}, this)),
      m_heldView(makeTable(m_held, this)), m_ordersView(makeTable(m_orders, this)), m_summary(noteLabel({}, this)),
      m_newOrder(new QPushButton(tr("&New order…"), this)), m_voidOrder(new QPushButton(tr("&Void order…"), this)),
      m_editOrder(new QPushButton(tr("&Edit order…"), this))
{
    m_held->setNumberColumns({2});   // quantity
    m_orders->setNumberColumns({2}); // amount
    m_newOrder->setObjectName(QStringLiteral("newOrder"));
    m_voidOrder->setObjectName(QStringLiteral("voidOrder"));
    body()->addWidget(noteLabel(tr("Products held"), this));
    body()->addWidget(m_heldView, 1);
    auto* ordersBar = new QHBoxLayout;
    ordersBar->addWidget(m_summary, 1);
    ordersBar->addWidget(m_newOrder);
    ordersBar->addWidget(m_editOrder);
    ordersBar->addWidget(m_voidOrder);
    body()->addLayout(ordersBar);
    body()->addWidget(m_ordersView, 2);
    connect(m_newOrder, &QPushButton::clicked, this, &OrdersTab::newOrder);
    connect(m_voidOrder, &QPushButton::clicked, this, &OrdersTab::voidOrder);
    connect(m_editOrder, &QPushButton::clicked, this, &OrdersTab::editOrder);
    connect(m_ordersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrdersTab::updateActions);
    updateActions();
}

void OrdersTab::updateActions()
{
    m_newOrder->setEnabled(customerId() > 0);
    const QModelIndex current = m_ordersView->currentIndex();
    const bool chosen = customerId() > 0 && current.isValid();
    // The ERP keeps an imported order (storage::OrderRepository::voidOrder): only the administrator voids one here.
    const bool keptByErp = chosen && !session().isAdmin() && m_importedOrders.contains(m_orders->rowId(current.row()));
    m_voidOrder->setEnabled(chosen && !keptByErp);
    m_voidOrder->setToolTip(keptByErp ? ErrorText::importedOrderKept() : QString());
    m_editOrder->setEnabled(chosen);
}

bool OrdersTab::newOrder()
{
    if (customerId() <= 0)
        return false;
    OrderDialog dialog(session(), customerId(), m_customerName, m_products, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const services::RecordedOrder& recorded = dialog.recorded();
    emit statusMessage(recorded.creditOverridden
                           ? tr("Order of %1 saved above the credit warning; the reason is in the change history.")
                                 .arg(money(recorded.order.order.amount))
                           : tr("Order of %1 saved.").arg(money(recorded.order.order.amount)));
    emit ordersChanged();
    return true;
}

bool OrdersTab::editOrder()
{
    const QModelIndex current = m_ordersView->currentIndex();
    if (customerId() <= 0 || !current.isValid())
        return false;
    const qint64 id = m_orders->rowId(current.row());
    // A short read by key inside the user's action: the values to edit as they are now.
    auto values = services::OrderEntry(session()).editable(id);
    if (!values) {
        MessageBox::warning(this, tr("Edit order"),
                            tr("The order cannot be read: %1").arg(ErrorText::sentence(values.error())));
        return false;
    }
    EditOrderDialog dialog(session(), id, *values, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit statusMessage(tr("Order changed."));
    emit ordersChanged();
    return true;
}

bool OrdersTab::voidOrder()
{
    const QModelIndex current = m_ordersView->currentIndex();
    if (customerId() <= 0 || !current.isValid())
        return false;
    const qint64 id = m_orders->rowId(current.row());
    const QString what =
        tr("%1, %2, %3")
            .arg(current.siblingAtColumn(0).data().toString(), current.siblingAtColumn(1).data().toString(),
                 current.siblingAtColumn(2).data().toString());
    const std::optional<QString> reason =
        TextPrompt::ask(this, tr("Void order"),
                        tr("Void the order %1? It leaves the trade history with its invoice; the change history "
                           "keeps it. Why is it voided?")
                            .arg(what));
    if (!reason)
        return false;
    if (auto voided = services::OrderEntry(session()).voidOrder(id, *reason); !voided) {
        MessageBox::warning(this, tr("Void order"),
                            tr("The order was not voided: %1").arg(ErrorText::sentence(voided.error())));
        return false;
    }
    emit statusMessage(tr("Order voided."));
    emit ordersChanged();
    return true;
}

void OrdersTab::read(qint64 customerId)
{
    fetch<Rows>(
        [customerId](storage::Session& session) -> core::Result<Rows> {
            auto held = storage::ProductRepository(session).listHeld(customerId);
            if (!held)
                return held.error();
            auto orders = storage::OrderRepository(session).listForCustomer(customerId);
            if (!orders)
                return orders.error();
            auto products = storage::ProductRepository(session).list();
            if (!products)
                return products.error();
            return Rows{std::move(*held), std::move(*orders), std::move(*products)};
        },
        [this](core::Result<Rows> rows) {
            if (!rows) {
                emit statusMessage(tr("The orders cannot be read: %1").arg(ErrorText::sentence(rows.error())));
                return;
            }
            fill(*rows);
        });
}

void OrdersTab::clear()
{
    fill({});
}

void OrdersTab::fill(const Rows& rows)
{
    std::vector<RecordTableModel::Row> heldRows;
    for (const core::HeldProduct& p : rows.held)
        heldRows.push_back(
            {p.productId,
             {p.productCode, p.productName, QLocale().toString(p.quantity, 'f', 0) + QLatin1Char(' ') + p.unit,
              dateText(p.since), p.notes},
             QColor(),
             false});
    m_held->setRows(std::move(heldRows));
    m_products = rows.products;
    std::vector<RecordTableModel::Row> orderRows;
    double total = 0;
    m_importedOrders.clear();
    for (const core::OrderDetail& o : rows.orders) {
        QStringList names;
        for (const auto& line : o.lines)
            names << line.productName;
        names.removeDuplicates();
        if (o.imported) {
            m_importedOrders.insert(o.order.id);
            if (names.isEmpty())
                names << tr("(imported from an orders file)");
        }
        total += o.order.amount;
        orderRows.push_back({o.order.id,
                             {dateText(o.order.orderDate), o.order.orderNo, money(o.order.amount),
                              o.order.paymentMethod, names.join(QStringLiteral(", ")), o.createdByName},
                             QColor(),
                             false});
    }
    const int orderCount = static_cast<int>(orderRows.size());
    m_orders->setRows(std::move(orderRows));
    m_summary->setText(tr("Orders: %n, total %1", nullptr, orderCount).arg(money(total)));
    fitColumns(m_heldView);
    fitColumns(m_ordersView);
    updateActions();
}

} // namespace carddesk::gui
