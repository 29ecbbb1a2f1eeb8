#include "gui/customer/OrdersTab.h"

#include "gui/common/ErrorText.h"
#include "gui/common/RecordTableModel.h"
#include "gui/customer/CardTables.h"
#include "storage/access/Session.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/ProductRepository.h"

#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace carddesk::gui {

using namespace CardTables;

OrdersTab::OrdersTab(storage::Session& session, StorageWorker* worker, QWidget* parent)
    : CardTab(session, worker, parent),
      m_held(new RecordTableModel({tr("Code"), tr("Product"), tr("Quantity"), tr("Since"), tr("Notes")}, this)),
      m_orders(new RecordTableModel(
          {tr("Date"), tr("Order no."), tr("Amount"), tr("Payment"), tr("Products"), tr("Entered by")}, this)),
      m_heldView(makeTable(m_held, this)), m_ordersView(makeTable(m_orders, this)), m_summary(noteLabel({}, this))
{
    body()->addWidget(noteLabel(tr("Products held"), this));
    body()->addWidget(m_heldView, 1);
    body()->addWidget(m_summary);
    body()->addWidget(m_ordersView, 2);
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
            return Rows{std::move(*held), std::move(*orders)};
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
    std::vector<RecordTableModel::Row> orderRows;
    double total = 0;
    for (const core::OrderDetail& o : rows.orders) {
        QStringList names;
        for (const auto& line : o.lines)
            names << line.productName;
        names.removeDuplicates();
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
}

} // namespace carddesk::gui
