#pragma once

#include "core/Order.h"
#include "core/OrderDetail.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>

#include <vector>

namespace carddesk::storage {

// A customer's orders (trade history) with their lines. Scoped to the customer on every method; an order and
// its lines are written in one transaction, so a bad line leaves no order behind. Bulk import is the io
// layer's job.
class OrderRepository
{
public:
    explicit OrderRepository(Session& session) : m_session(session) {}

    // Newest first (order date, then entry order), each with its lines.
    core::Result<std::vector<core::OrderDetail>> listForCustomer(qint64 customerId);

    // The date of the customer's latest order dated on or before `through`; invalid when there is none.
    core::Result<QDate> lastOrderDate(qint64 customerId, const QDate& through);

    // The order date is required. With lines, the order amount is the sum of the line amounts (a line's amount
    // is quantity × unit price when left 0); without lines, the amount given, which must not be negative.
    // A bad line is reported with its 1-based number in Error::row.
    // One order with its lines; not found outside the session's scope.
    core::Result<core::OrderDetail> get(qint64 orderId);

    core::Result<core::OrderDetail> create(core::Order order, std::vector<core::OrderLine> lines = {});

    // The checks create() makes of each line (quantity > 0, price ≥ 0, amount within the limit; Error::row the
    // 1-based line), filling each amount (quantity × unit price when 0) rounded to the cent.
    static core::Status prepareLines(std::vector<core::OrderLine>& lines);

    // The order number, payment method and notes of an order (its date, lines and amount stay: an order entered
    // wrong is voided and entered again), audited field by field.
    core::Result<core::OrderDetail> updateHeader(qint64 orderId, const QString& orderNo, const QString& paymentMethod,
                                                 const QString& notes);

    // Voids an order entered by mistake: the order, its lines and its receivables leave the live tables (so the
    // card, scoring and the reports stop counting it), and the audit trail keeps every value with the action
    // "void" and the reason (field void_reason). Refused while any payment stands against its receivables: the
    // money came in, so the payment must be dealt with first. The reason is required. An order imported from an
    // orders file is voided by the administrator only (AccessDenied, field "imported"): it is corrected in the ERP.
    core::Status voidOrder(qint64 orderId, const QString& reason);

private:
    Session& m_session;
};

} // namespace carddesk::storage
