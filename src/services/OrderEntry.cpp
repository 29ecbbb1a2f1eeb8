#include "services/OrderEntry.h"

#include "core/InputLimits.h"
#include "core/Money.h"
#include "storage/access/AuditTrail.h"
#include "storage/access/RowAudit.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/ReceivableRepository.h"

#include <optional>

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;

namespace {

constexpr int kDefaultTermDays = 30;

// The header's texts within the input limits, as the card's (the same for a new order and an edit).
core::Status checkTexts(const QString& orderNo, const QString& invoiceNo, const QString& paymentMethod,
                        const QString& notes)
{
    const struct
    {
        const QString& text;
        qsizetype limit;
        bool multiLine;
        const char* field;
        const char* label;
    } texts[] = {{orderNo, core::InputLimits::kShortText, false, "order_no", "order number"},
                 {invoiceNo, core::InputLimits::kShortText, false, "invoice_no", "invoice number"},
                 {paymentMethod, core::InputLimits::kShortText, false, "payment_method", "payment method"},
                 {notes, core::InputLimits::kNotes, true, "notes", "notes"}};
    for (const auto& t : texts) {
        if (auto problem = core::InputLimits::textProblem(t.text, t.limit, t.multiLine))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("The %1 %2.").arg(QLatin1String(t.label), *problem),
                             QLatin1String(t.field));
    }
    return {};
}

} // namespace

core::Result<core::CreditCheck> OrderEntry::creditCheck(qint64 customerId, double orderAmount)
{
    auto check = storage::ReceivableRepository(m_session).creditCheck(customerId, m_today);
    if (!check)
        return check.error();
    check->orderAmount = orderAmount;
    return check;
}

QString OrderEntry::creditProblem(const core::CreditCheck& check)
{
    QStringList problems;
    if (check.exceedsLimit())
        problems << QStringLiteral("the order of %1 takes the open receivables from %2 to %3, above the credit "
                                   "limit of %4")
                        .arg(storage::RowAudit::number(check.orderAmount), storage::RowAudit::number(check.openAmount),
                             storage::RowAudit::number(check.openAmount + check.orderAmount),
                             storage::RowAudit::number(check.creditLimit));
    if (check.hasOverdue())
        problems << QStringLiteral("the customer has %1 overdue receivable(s) of %2")
                        .arg(check.overdueCount)
                        .arg(storage::RowAudit::number(check.overdueAmount));
    return problems.join(QStringLiteral("; "));
}

core::Result<RecordedOrder> OrderEntry::record(const OrderDraft& draft, const QString& reason)
{
    if (draft.lines.empty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("An order needs at least one line."),
                         QStringLiteral("lines"));
    if (!draft.orderDate.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Order date is required."),
                         QStringLiteral("order_date"));
    // Like a payment: sales count in the period of their day, so an order is recorded when it is made.
    if (draft.orderDate > m_today)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The order date %1 is in the future; record an order on the day it is made.")
                             .arg(draft.orderDate.toString(Qt::ISODate)),
                         QStringLiteral("order_date"));
    const QDate due = draft.dueDate.isValid() ? draft.dueDate : draft.orderDate.addDays(kDefaultTermDays);
    if (due < draft.orderDate)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The due date cannot be before the order date."),
                         QStringLiteral("due_date"));
    if (auto ok = checkTexts(draft.orderNo, draft.invoiceNo, draft.paymentMethod, draft.notes); !ok)
        return ok.error();
    const QString why = reason.trimmed();
    if (why.size() > core::InputLimits::kLongText)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The reason is longer than %1 characters.").arg(core::InputLimits::kLongText),
                         QStringLiteral("credit_reason"));
    // The lines first: a bad line is said as such, not as a reason the credit check asks for.
    std::vector<core::OrderLine> lines = draft.lines;
    if (auto ok = storage::OrderRepository::prepareLines(lines); !ok)
        return ok.error();
    // The amount the order will be stored with (storage::OrderRepository::create; OrderDraft::amount for the preview).
    double amount = 0;
    for (const core::OrderLine& line : lines)
        amount += line.amount;
    amount = core::roundedToCents(amount);
    std::optional<RecordedOrder> recorded;
    auto written = m_session.db().write([&]() -> core::Status {
        // Checked under the write lock: a payment or order committed meanwhile counts.
        auto check = creditCheck(draft.customerId, amount);
        if (!check)
            return check.error();
        if (check->needsReason() && why.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("A reason is required: %1.").arg(creditProblem(*check)),
                             QStringLiteral("credit_reason"));
        core::Order order;
        order.customerId = draft.customerId;
        order.orderDate = draft.orderDate;
        order.orderNo = draft.orderNo;
        order.paymentMethod = draft.paymentMethod.trimmed();
        order.notes = draft.notes.trimmed();
        auto stored = storage::OrderRepository(m_session).create(order, draft.lines);
        if (!stored)
            return stored.error();
        RecordedOrder result;
        result.order = *stored;
        if (stored->order.amount > 0) {
            core::Receivable receivable;
            receivable.customerId = draft.customerId;
            receivable.orderId = stored->order.id;
            receivable.invoiceNo = draft.invoiceNo;
            receivable.invoiceDate = draft.orderDate;
            receivable.dueDate = due;
            receivable.amount = stored->order.amount;
            auto invoice = storage::ReceivableRepository(m_session).create(receivable);
            if (!invoice)
                return invoice.error();
            result.receivable = *invoice;
        }
        if (check->needsReason()) {
            storage::AuditTrail::recordChange(m_session.db(), m_session.userId(), QStringLiteral("credit_override"),
                                              QStringLiteral("orders"), stored->order.id, draft.customerId,
                                              QStringLiteral("credit_reason"), creditProblem(*check), why);
            result.creditOverridden = true;
        }
        recorded = std::move(result);
        return {};
    });
    if (!written)
        return written.error();
    return *recorded;
}

core::Result<OrderEdit> OrderEntry::editable(qint64 orderId)
{
    auto order = storage::OrderRepository(m_session).get(orderId);
    if (!order)
        return order.error();
    auto invoices = storage::ReceivableRepository(m_session).forOrder(orderId);
    if (!invoices)
        return invoices.error();
    OrderEdit current;
    current.orderNo = order->order.orderNo;
    current.paymentMethod = order->order.paymentMethod;
    current.notes = order->order.notes;
    if (!invoices->empty()) {
        current.invoiceNo = invoices->front().invoiceNo;
        current.dueDate = invoices->front().dueDate;
    }
    return current;
}

core::Result<core::OrderDetail> OrderEntry::edit(qint64 orderId, const OrderEdit& changes)
{
    if (auto ok = checkTexts(changes.orderNo, changes.invoiceNo, changes.paymentMethod, changes.notes); !ok)
        return ok.error();
    std::optional<core::OrderDetail> edited;
    auto written = m_session.db().write([&]() -> core::Status {
        auto order = storage::OrderRepository(m_session).updateHeader(orderId, changes.orderNo, changes.paymentMethod,
                                                                      changes.notes);
        if (!order)
            return order.error();
        storage::ReceivableRepository receivables(m_session);
        auto invoices = receivables.forOrder(orderId);
        if (!invoices)
            return invoices.error();
        // An order entered here has one invoice. One imported from an ERP may have none or several: its invoice
        // is not this dialog's to change (editable() shows the first one's, and writing them to every invoice
        // would overwrite the others).
        const QString invoiceNo = changes.invoiceNo.trimmed();
        if (invoices->size() != 1) {
            const bool asked = invoices->empty()
                                   ? !invoiceNo.isEmpty() || changes.dueDate.isValid()
                                   : invoiceNo != invoices->front().invoiceNo ||
                                         (changes.dueDate.isValid() && changes.dueDate != invoices->front().dueDate);
            if (asked)
                return makeError(ErrorCode::InvalidArgument,
                                 invoices->empty()
                                     ? QStringLiteral("This order has no invoice whose number or due date to change.")
                                     : QStringLiteral("This order has %1 invoices; change them where they were "
                                                      "made.")
                                           .arg(invoices->size()),
                                 QStringLiteral("invoice_no"));
        } else if (const core::Receivable& invoice = invoices->front();
                   invoice.invoiceNo != invoiceNo ||
                   (changes.dueDate.isValid() && invoice.dueDate != changes.dueDate)) {
            const QDate due = changes.dueDate.isValid() ? changes.dueDate : invoice.dueDate;
            if (auto updated = receivables.updateInvoice(invoice.id, changes.invoiceNo, due); !updated)
                return updated.error();
        }
        edited = *order;
        return {};
    });
    if (!written)
        return written.error();
    return *edited;
}

core::Status OrderEntry::voidOrder(qint64 orderId, const QString& reason)
{
    return storage::OrderRepository(m_session).voidOrder(orderId, reason);
}

} // namespace carddesk::services
