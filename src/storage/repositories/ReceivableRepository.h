#pragma once

#include "core/CollectionItem.h"
#include "core/CreditCheck.h"
#include "core/OverdueReceivable.h"
#include "core/Payment.h"
#include "core/Receivable.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <vector>

namespace carddesk::storage {

// Receivables (应收账款) and the payments against them. paid_amount is kept by this class only: a payment and
// the new paid_amount are written in one transaction, so they always agree. Scoped to the customer.
class ReceivableRepository
{
public:
    explicit ReceivableRepository(Session& session) : m_session(session) {}

    // By due date, oldest first.
    core::Result<std::vector<core::Receivable>> listForCustomer(qint64 customerId);

    // Invoice and due dates are required, due ≥ invoice date, amount ≥ 0; a linked order must be the same
    // customer's. Starts unpaid (paidAmount is ignored).
    core::Result<core::Receivable> create(core::Receivable receivable);

    // The invoice number and due date of a receivable (the due date not before the invoice date), audited.
    core::Result<core::Receivable> updateInvoice(qint64 receivableId, const QString& invoiceNo, const QDate& dueDate);

    // The receivables raised for an order (normally one), scoped to its customer.
    core::Result<std::vector<core::Receivable>> forOrder(qint64 orderId);

    // A payment of more than 0 and at most the open amount, with a date. Returns the payment as stored.
    core::Result<core::Payment> addPayment(qint64 receivableId, core::Payment payment);

    core::Result<std::vector<core::Payment>> payments(qint64 receivableId);

    // Receivables of the customers the session may see that are due before `asOf` with money still open,
    // most overdue first.
    core::Result<std::vector<core::OverdueReceivable>> overdue(const QDate& asOf);

    // Every receivable of the customers the session may see with money still open, by due date (the partial
    // index receivables_open), with the customer's credit standing; daysOverdue as of `asOf`. The priority is
    // left to services::CollectionsPlan.
    core::Result<std::vector<core::CollectionItem>> open(const QDate& asOf);

    // The customer's credit limit and rating, what is open and what is overdue as of `asOf`; orderAmount 0.
    core::Result<core::CreditCheck> creditCheck(qint64 customerId, const QDate& asOf);

private:
    Session& m_session;
};

} // namespace carddesk::storage
