#pragma once

#include "core/CreditCheck.h"
#include "core/Result.h"
#include "services/OrderDraft.h"
#include "services/OrderEdit.h"
#include "services/RecordedOrder.h"
#include "storage/access/Session.h"

#include <QDate>
#include <QString>

namespace carddesk::services {

// Orders entered by hand (issue 14): the order, its lines, its invoice (receivable) and due date in one
// transaction, and voiding one entered by mistake. The credit rules (信用度, seed 001 ⑧): an order that takes the
// customer's open receivables above the credit limit, or a customer with overdue receivables, needs a reason,
// which the audit trail keeps (action credit_override, field credit_reason). Every call is scoped by the session:
// a customer or order outside it is not found. The ERP import (OrderImport) writes orders without receivables
// beside this.
class OrderEntry
{
public:
    // `today` is the caller's day (tests pass a fixed one).
    explicit OrderEntry(storage::Session& session, const QDate& today = QDate::currentDate())
        : m_session(session), m_today(today)
    {
    }

    // The customer's credit standing if an order of `orderAmount` were added now.
    core::Result<core::CreditCheck> creditCheck(qint64 customerId, double orderAmount);

    // Stores the draft with its receivable (invoice date = order date). At least one line; the due date not
    // before the order date. When the credit check needs a reason and `reason` is empty, nothing is written and
    // the error's field is "credit_reason" (the GUI then asks for one; the CLI names --reason).
    core::Result<RecordedOrder> record(const OrderDraft& draft, const QString& reason = {});

    // What edit() may change, as it is now (the first receivable's invoice number and due date).
    core::Result<OrderEdit> editable(qint64 orderId);

    // Changes the order's number, payment method and notes and its receivable's number and due date in one
    // transaction, audited.
    core::Result<core::OrderDetail> edit(qint64 orderId, const OrderEdit& changes);

    // See storage::OrderRepository::voidOrder: refused while payments stand against the order's invoice.
    core::Status voidOrder(qint64 orderId, const QString& reason);

    // The English sentence that says why a reason is needed (the CLI's message; the GUI words its own).
    static QString creditProblem(const core::CreditCheck& check);

private:
    storage::Session& m_session;
    QDate m_today;
};

} // namespace carddesk::services
