#include "storage/repositories/ReceivableRepository.h"

#include "core/Money.h"
#include "storage/access/AccessScope.h"
#include "storage/access/RowAudit.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;
using core::Payment;
using core::Receivable;

namespace {

const char* const kColumns = "r.id, r.customer_id, r.order_id, r.invoice_no, r.invoice_date, r.due_date, r.amount, "
                             "r.paid_amount";

Receivable readReceivable(SQLite::Statement& q)
{
    Receivable r;
    r.id = q.getColumn(0).getInt64();
    r.customerId = q.getColumn(1).getInt64();
    r.orderId = sqlbind::toId(q.getColumn(2));
    r.invoiceNo = sqlbind::toQString(q.getColumn(3));
    r.invoiceDate = sqlbind::toDate(q.getColumn(4));
    r.dueDate = sqlbind::toDate(q.getColumn(5));
    r.amount = q.getColumn(6).getDouble();
    r.paidAmount = q.getColumn(7).getDouble();
    return r;
}

std::optional<Receivable> findReceivable(Database& db, qint64 id)
{
    SQLite::Statement q(db.sql(), std::string("SELECT ") + kColumns + " FROM receivables r WHERE r.id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep())
        return std::nullopt;
    return readReceivable(q);
}

core::Error receivableNotFound(qint64 id)
{
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("receivable %1 does not exist or is not yours to see").arg(id));
}

} // namespace

core::Result<std::vector<Receivable>> ReceivableRepository::listForCustomer(qint64 customerId)
{
    std::vector<Receivable> receivables;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        SQLite::Statement q(m_session.db().sql(), std::string("SELECT ") + kColumns +
                                                      " FROM receivables r WHERE r.customer_id = ? "
                                                      "ORDER BY r.due_date, r.id");
        q.bind(1, static_cast<int64_t>(customerId));
        while (q.executeStep())
            receivables.push_back(readReceivable(q));
        return {};
    });
    if (!status)
        return status.error();
    return receivables;
}

core::Result<Receivable> ReceivableRepository::create(Receivable receivable)
{
    receivable.invoiceNo = receivable.invoiceNo.trimmed();
    receivable.paidAmount = 0;
    if (!receivable.invoiceDate.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Invoice date is required."),
                         QStringLiteral("invoice_date"));
    if (!receivable.dueDate.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Due date is required."),
                         QStringLiteral("due_date"));
    if (receivable.dueDate < receivable.invoiceDate)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The due date cannot be before the invoice date."),
                         QStringLiteral("due_date"));
    if (!std::isfinite(receivable.amount) || receivable.amount < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Amount cannot be negative."),
                         QStringLiteral("amount"));
    auto status = m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, receivable.customerId); !ok)
            return ok;
        auto& db = m_session.db().sql();
        if (receivable.orderId > 0) {
            SQLite::Statement order(db, "SELECT 1 FROM orders WHERE id = ? AND customer_id = ?");
            order.bind(1, static_cast<int64_t>(receivable.orderId));
            order.bind(2, static_cast<int64_t>(receivable.customerId));
            if (!order.executeStep())
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("order %1 is not an order of this customer").arg(receivable.orderId),
                                 QStringLiteral("order"));
        }
        SQLite::Statement st(db, "INSERT INTO receivables (customer_id, order_id, invoice_no, invoice_date, due_date, "
                                 "amount, paid_amount) VALUES (?, ?, ?, ?, ?, ?, 0)");
        st.bind(1, static_cast<int64_t>(receivable.customerId));
        sqlbind::optionalId(st, 2, receivable.orderId);
        sqlbind::text(st, 3, receivable.invoiceNo);
        sqlbind::date(st, 4, receivable.invoiceDate);
        sqlbind::date(st, 5, receivable.dueDate);
        st.bind(6, receivable.amount);
        st.exec();
        receivable.id = db.getLastInsertRowid();
        RowAudit::inserted(
            m_session, QStringLiteral("receivables"), receivable.id, receivable.customerId,
            {{QStringLiteral("order_id"), receivable.orderId > 0 ? QString::number(receivable.orderId) : QString()},
             {QStringLiteral("invoice_no"), receivable.invoiceNo},
             {QStringLiteral("invoice_date"), receivable.invoiceDate.toString(Qt::ISODate)},
             {QStringLiteral("due_date"), receivable.dueDate.toString(Qt::ISODate)},
             {QStringLiteral("amount"), RowAudit::number(receivable.amount)}});
        return {};
    });
    if (!status)
        return status.error();
    return receivable;
}

core::Result<Receivable> ReceivableRepository::updateInvoice(qint64 receivableId, const QString& invoiceNo,
                                                             const QDate& dueDate)
{
    if (!dueDate.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Due date is required."),
                         QStringLiteral("due_date"));
    std::optional<Receivable> stored;
    auto status = m_session.db().write([&]() -> core::Status {
        const std::optional<Receivable> current = findReceivable(m_session.db(), receivableId);
        if (!current)
            return receivableNotFound(receivableId);
        if (auto ok = AccessScope::requireCustomer(m_session, current->customerId); !ok)
            return receivableNotFound(receivableId);
        if (dueDate < current->invoiceDate)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("The due date cannot be before the invoice date (order date) %1.")
                                 .arg(current->invoiceDate.toString(Qt::ISODate)),
                             QStringLiteral("due_date"));
        SQLite::Statement st(m_session.db().sql(), "UPDATE receivables SET invoice_no = ?, due_date = ? WHERE id = ?");
        sqlbind::text(st, 1, invoiceNo.trimmed());
        sqlbind::date(st, 2, dueDate);
        st.bind(3, static_cast<int64_t>(receivableId));
        st.exec();
        RowAudit::updated(m_session, QStringLiteral("receivables"), receivableId, current->customerId,
                          {{QStringLiteral("invoice_no"), current->invoiceNo},
                           {QStringLiteral("due_date"), current->dueDate.toString(Qt::ISODate)}},
                          {{QStringLiteral("invoice_no"), invoiceNo.trimmed()},
                           {QStringLiteral("due_date"), dueDate.toString(Qt::ISODate)}});
        stored = findReceivable(m_session.db(), receivableId);
        return {};
    });
    if (!status)
        return status.error();
    return *stored;
}

core::Result<std::vector<Receivable>> ReceivableRepository::forOrder(qint64 orderId)
{
    std::vector<Receivable> receivables;
    auto status = m_session.db().read([&]() -> core::Status {
        SQLite::Statement q(m_session.db().sql(), std::string("SELECT ") + kColumns +
                                                      " FROM receivables r WHERE r.order_id = ? ORDER BY r.id");
        q.bind(1, static_cast<int64_t>(orderId));
        while (q.executeStep()) {
            Receivable r = readReceivable(q);
            if (AccessScope::requireCustomer(m_session, r.customerId))
                receivables.push_back(r);
        }
        return {};
    });
    if (!status)
        return status.error();
    return receivables;
}

core::Result<Payment> ReceivableRepository::addPayment(qint64 receivableId, Payment payment)
{
    payment.receivableId = receivableId;
    payment.method = payment.method.trimmed();
    // Money is kept in cents: a payment of 0.004 is none, and what is stored is what paid_amount adds up.
    if (std::isfinite(payment.amount))
        payment.amount = core::roundedToCents(payment.amount);
    if (!std::isfinite(payment.amount) || payment.amount <= 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A payment must be more than 0."),
                         QStringLiteral("amount"));
    if (!payment.paidDate.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Payment date is required."),
                         QStringLiteral("paid_date"));
    auto status = m_session.db().write([&]() -> core::Status {
        const std::optional<Receivable> current = findReceivable(m_session.db(), receivableId);
        if (!current)
            return receivableNotFound(receivableId);
        if (auto ok = AccessScope::requireCustomer(m_session, current->customerId); !ok)
            return receivableNotFound(receivableId);
        if (current->invoiceDate.isValid() && payment.paidDate < current->invoiceDate)
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("The payment date %1 is before the invoice date %2; a payment stands "
                               "against an invoice already made.")
                    .arg(payment.paidDate.toString(Qt::ISODate), current->invoiceDate.toString(Qt::ISODate)),
                QStringLiteral("paid_date"));
        const double open = current->openAmount();
        if (open <= 0)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("The receivable is already paid in full; nothing is open."),
                             QStringLiteral("amount"));
        if (payment.amount > open + core::kHalfCent)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("A payment of %1 is more than the open amount of %2.")
                                 .arg(RowAudit::number(payment.amount), RowAudit::number(open)),
                             QStringLiteral("amount"));
        auto& db = m_session.db().sql();
        SQLite::Statement st(db, "INSERT INTO payments (receivable_id, paid_date, amount, method) VALUES (?, ?, ?, ?)");
        st.bind(1, static_cast<int64_t>(receivableId));
        sqlbind::date(st, 2, payment.paidDate);
        st.bind(3, payment.amount);
        sqlbind::text(st, 4, payment.method);
        st.exec();
        payment.id = db.getLastInsertRowid();
        // Never above the amount, even by rounding: "paid in full" stays exact.
        const double paid = std::min(current->amount, current->paidAmount + payment.amount);
        SQLite::Statement update(db, "UPDATE receivables SET paid_amount = ? WHERE id = ?");
        update.bind(1, paid);
        update.bind(2, static_cast<int64_t>(receivableId));
        update.exec();
        RowAudit::inserted(m_session, QStringLiteral("payments"), payment.id, current->customerId,
                           {{QStringLiteral("receivable_id"), QString::number(receivableId)},
                            {QStringLiteral("paid_date"), payment.paidDate.toString(Qt::ISODate)},
                            {QStringLiteral("amount"), RowAudit::number(payment.amount)},
                            {QStringLiteral("method"), payment.method}});
        RowAudit::updated(m_session, QStringLiteral("receivables"), receivableId, current->customerId,
                          {{QStringLiteral("paid_amount"), RowAudit::number(current->paidAmount)}},
                          {{QStringLiteral("paid_amount"), RowAudit::number(paid)}});
        return {};
    });
    if (!status)
        return status.error();
    return payment;
}

core::Result<std::vector<Payment>> ReceivableRepository::payments(qint64 receivableId)
{
    std::vector<Payment> result;
    auto status = m_session.db().read([&]() -> core::Status {
        const std::optional<Receivable> current = findReceivable(m_session.db(), receivableId);
        if (!current)
            return receivableNotFound(receivableId);
        if (auto ok = AccessScope::requireCustomer(m_session, current->customerId); !ok)
            return receivableNotFound(receivableId);
        SQLite::Statement q(m_session.db().sql(), "SELECT id, receivable_id, paid_date, amount, method FROM payments "
                                                  "WHERE receivable_id = ? ORDER BY paid_date, id");
        q.bind(1, static_cast<int64_t>(receivableId));
        while (q.executeStep()) {
            Payment p;
            p.id = q.getColumn(0).getInt64();
            p.receivableId = q.getColumn(1).getInt64();
            p.paidDate = sqlbind::toDate(q.getColumn(2));
            p.amount = q.getColumn(3).getDouble();
            p.method = sqlbind::toQString(q.getColumn(4));
            result.push_back(p);
        }
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

core::Result<std::vector<core::OverdueReceivable>> ReceivableRepository::overdue(const QDate& asOf)
{
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("An as-of date is required."),
                         QStringLiteral("as_of"));
    try {
        SQLite::Statement q(m_session.db().sql(),
                            std::string("SELECT ") + kColumns +
                                ", c.name, c.owner_id, coalesce(nullif(u.display_name, ''), u.username) "
                                "FROM receivables r JOIN customers c ON c.id = r.customer_id "
                                "LEFT JOIN users u ON u.id = c.owner_id "
                                "WHERE r.due_date < ? AND r.paid_amount + 0.005 < r.amount AND " +
                                AccessScope::customerFilter(m_session, "c") + " ORDER BY r.due_date, r.id");
        sqlbind::date(q, 1, asOf);
        std::vector<core::OverdueReceivable> rows;
        while (q.executeStep()) {
            core::OverdueReceivable row;
            row.receivable = readReceivable(q);
            row.customerName = sqlbind::toQString(q.getColumn(8));
            row.ownerId = sqlbind::toId(q.getColumn(9));
            row.ownerName = sqlbind::toQString(q.getColumn(10));
            row.openAmount = row.receivable.openAmount();
            row.daysOverdue = static_cast<int>(row.receivable.dueDate.daysTo(asOf));
            rows.push_back(std::move(row));
        }
        return rows;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Result<std::vector<core::CollectionItem>> ReceivableRepository::open(const QDate& asOf)
{
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("An as-of date is required."),
                         QStringLiteral("as_of"));
    try {
        // "paid_amount < amount" is the partial index's own predicate, so SQLite reads only open receivables;
        // the half-cent tolerance then drops rounding remnants.
        SQLite::Statement q(m_session.db().sql(),
                            std::string("SELECT ") + kColumns +
                                ", c.code, c.name, c.credit_rating, c.credit_limit, c.owner_id, "
                                "coalesce(nullif(u.display_name, ''), u.username) "
                                "FROM receivables r JOIN customers c ON c.id = r.customer_id "
                                "LEFT JOIN users u ON u.id = c.owner_id "
                                "WHERE r.paid_amount < r.amount AND r.paid_amount + 0.005 < r.amount AND " +
                                AccessScope::customerFilter(m_session, "c") + " ORDER BY r.due_date, r.id");
        std::vector<core::CollectionItem> rows;
        while (q.executeStep()) {
            core::CollectionItem row;
            row.receivable = readReceivable(q);
            row.customerCode = sqlbind::toQString(q.getColumn(8));
            row.customerName = sqlbind::toQString(q.getColumn(9));
            row.creditRating = sqlbind::toQString(q.getColumn(10));
            row.creditLimit = q.getColumn(11).getDouble();
            row.ownerId = sqlbind::toId(q.getColumn(12));
            row.ownerName = sqlbind::toQString(q.getColumn(13));
            row.openAmount = row.receivable.openAmount();
            row.daysOverdue = std::max(0, static_cast<int>(row.receivable.dueDate.daysTo(asOf)));
            rows.push_back(std::move(row));
        }
        return rows;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Result<core::CreditCheck> ReceivableRepository::creditCheck(qint64 customerId, const QDate& asOf)
{
    core::CreditCheck check;
    check.customerId = customerId;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        auto& db = m_session.db().sql();
        SQLite::Statement customer(db, "SELECT credit_rating, credit_limit FROM customers WHERE id = ?");
        customer.bind(1, static_cast<int64_t>(customerId));
        if (customer.executeStep()) {
            check.creditRating = sqlbind::toQString(customer.getColumn(0));
            check.creditLimit = customer.getColumn(1).getDouble();
        }
        SQLite::Statement sums(db, "SELECT coalesce(sum(amount - paid_amount), 0), "
                                   "coalesce(sum(due_date < ?1), 0), "
                                   "coalesce(sum(CASE WHEN due_date < ?1 THEN amount - paid_amount END), 0) "
                                   "FROM receivables WHERE customer_id = ?2 AND paid_amount + 0.005 < amount");
        sqlbind::date(sums, 1, asOf);
        sums.bind(2, static_cast<int64_t>(customerId));
        if (sums.executeStep()) {
            check.openAmount = sums.getColumn(0).getDouble();
            check.overdueCount = sums.getColumn(1).getInt();
            check.overdueAmount = sums.getColumn(2).getDouble();
        }
        return {};
    });
    if (!status)
        return status.error();
    return check;
}

} // namespace carddesk::storage
