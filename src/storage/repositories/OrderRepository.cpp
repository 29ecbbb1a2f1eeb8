#include "storage/repositories/OrderRepository.h"

#include "core/InputLimits.h"
#include "core/Money.h"
#include "storage/access/AccessScope.h"
#include "storage/access/AuditTrail.h"
#include "storage/access/RowAudit.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cmath>
#include <optional>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;
using core::Order;
using core::OrderDetail;
using core::OrderLine;

namespace {

const QString kOrders = QStringLiteral("orders");
const QString kLines = QStringLiteral("order_lines");

const char* const kOrderSelect = "SELECT o.id, o.customer_id, o.order_no, o.order_date, o.amount, o.payment_method, "
                                 "o.notes, o.created_by, coalesce(nullif(u.display_name, ''), u.username), o.imported "
                                 "FROM orders o LEFT JOIN users u ON u.id = o.created_by ";

OrderDetail readOrder(SQLite::Statement& q)
{
    OrderDetail d;
    d.order.id = q.getColumn(0).getInt64();
    d.order.customerId = q.getColumn(1).getInt64();
    d.order.orderNo = sqlbind::toQString(q.getColumn(2));
    d.order.orderDate = sqlbind::toDate(q.getColumn(3));
    d.order.amount = q.getColumn(4).getDouble();
    d.order.paymentMethod = sqlbind::toQString(q.getColumn(5));
    d.order.notes = sqlbind::toQString(q.getColumn(6));
    d.createdBy = sqlbind::toId(q.getColumn(7));
    d.createdByName = sqlbind::toQString(q.getColumn(8));
    d.imported = q.getColumn(9).getInt() != 0;
    return d;
}

void loadLines(Database& db, OrderDetail& detail)
{
    SQLite::Statement q(db.sql(), "SELECT l.id, l.product_id, l.quantity, l.unit_price, l.amount, p.code, p.name "
                                  "FROM order_lines l JOIN products p ON p.id = l.product_id "
                                  "WHERE l.order_id = ? ORDER BY l.id");
    q.bind(1, static_cast<int64_t>(detail.order.id));
    while (q.executeStep()) {
        OrderDetail::Line line;
        line.line.id = q.getColumn(0).getInt64();
        line.line.productId = q.getColumn(1).getInt64();
        line.line.quantity = q.getColumn(2).getDouble();
        line.line.unitPrice = q.getColumn(3).getDouble();
        line.line.amount = q.getColumn(4).getDouble();
        line.productCode = sqlbind::toQString(q.getColumn(5));
        line.productName = sqlbind::toQString(q.getColumn(6));
        detail.lines.push_back(std::move(line));
    }
}

std::optional<OrderDetail> findOrder(Database& db, qint64 orderId)
{
    SQLite::Statement q(db.sql(), std::string(kOrderSelect) + "WHERE o.id = ?");
    q.bind(1, static_cast<int64_t>(orderId));
    if (!q.executeStep())
        return std::nullopt;
    OrderDetail detail = readOrder(q);
    q.reset();
    loadLines(db, detail);
    return detail;
}

RowAudit::Fields orderFields(const Order& o)
{
    return {{QStringLiteral("order_no"), o.orderNo},
            {QStringLiteral("order_date"), o.orderDate.toString(Qt::ISODate)},
            {QStringLiteral("amount"), RowAudit::number(o.amount)},
            {QStringLiteral("payment_method"), o.paymentMethod},
            {QStringLiteral("notes"), o.notes}};
}

RowAudit::Fields lineFields(const OrderLine& l, const QString& productCode)
{
    return {{QStringLiteral("product"), productCode},
            {QStringLiteral("quantity"), RowAudit::number(l.quantity)},
            {QStringLiteral("unit_price"), RowAudit::number(l.unitPrice)},
            {QStringLiteral("amount"), RowAudit::number(l.amount)}};
}

core::Error lineError(std::size_t index, const QString& field, const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message, field, static_cast<qint64>(index + 1));
}

} // namespace

// Checks the values of the lines and fills the amounts, in cents: a receivable holds what can be paid, and its paid
// amount must stay the sum of its payments. Products are checked against the catalogue later, in the transaction.
core::Status OrderRepository::prepareLines(std::vector<OrderLine>& lines)
{
    for (std::size_t i = 0; i < lines.size(); ++i) {
        OrderLine& line = lines[i];
        if (!std::isfinite(line.quantity) || line.quantity <= 0)
            return lineError(i, QStringLiteral("quantity"), QStringLiteral("Line quantity must be more than 0."));
        if (!std::isfinite(line.unitPrice) || line.unitPrice < 0)
            return lineError(i, QStringLiteral("unit_price"), QStringLiteral("Unit price cannot be negative."));
        if (line.amount == 0)
            line.amount = line.quantity * line.unitPrice;
        if (std::isfinite(line.amount))
            line.amount = core::roundedToCents(line.amount);
        if (!std::isfinite(line.amount) || line.amount < 0)
            return lineError(i, QStringLiteral("amount"), QStringLiteral("Line amount cannot be negative."));
        if (line.amount > core::InputLimits::kMaxAmount)
            return lineError(i, QStringLiteral("amount"),
                             QStringLiteral("Line amount is more than %1.").arg(core::InputLimits::kMaxAmount));
    }
    return {};
}

core::Result<std::vector<OrderDetail>> OrderRepository::listForCustomer(qint64 customerId)
{
    std::vector<OrderDetail> orders;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        SQLite::Statement q(m_session.db().sql(), std::string(kOrderSelect) +
                                                      "WHERE o.customer_id = ? ORDER BY o.order_date DESC, o.id DESC");
        q.bind(1, static_cast<int64_t>(customerId));
        while (q.executeStep())
            orders.push_back(readOrder(q));
        for (OrderDetail& detail : orders)
            loadLines(m_session.db(), detail);
        return {};
    });
    if (!status)
        return status.error();
    return orders;
}

core::Result<QDate> OrderRepository::lastOrderDate(qint64 customerId, const QDate& through)
{
    QDate last;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        SQLite::Statement q(m_session.db().sql(),
                            "SELECT max(order_date) FROM orders WHERE customer_id = ? AND order_date <= ?");
        q.bind(1, static_cast<int64_t>(customerId));
        q.bind(2, through.toString(Qt::ISODate).toStdString());
        if (q.executeStep() && !q.getColumn(0).isNull())
            last = QDate::fromString(QString::fromStdString(q.getColumn(0).getString()), Qt::ISODate);
        return {};
    });
    if (!status)
        return status.error();
    return last;
}

core::Result<OrderDetail> OrderRepository::get(qint64 orderId)
{
    std::optional<OrderDetail> found;
    auto status = m_session.db().read([&]() -> core::Status {
        found = findOrder(m_session.db(), orderId);
        if (!found || !AccessScope::requireCustomer(m_session, found->order.customerId))
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("order %1 does not exist or is not yours to see").arg(orderId));
        return {};
    });
    if (!status)
        return status.error();
    return *found;
}

core::Result<OrderDetail> OrderRepository::create(Order order, std::vector<OrderLine> lines)
{
    order.orderNo = order.orderNo.trimmed();
    if (!order.orderDate.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Order date is required."),
                         QStringLiteral("order_date"));
    if (auto ok = prepareLines(lines); !ok)
        return ok.error();
    if (!lines.empty()) {
        order.amount = 0;
        for (const OrderLine& line : lines)
            order.amount += line.amount;
    }
    if (std::isfinite(order.amount))
        order.amount = core::roundedToCents(order.amount);
    if (!std::isfinite(order.amount) || order.amount < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Order amount cannot be negative."),
                         QStringLiteral("amount"));
    if (order.amount > core::InputLimits::kMaxAmount)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("Order amount is more than %1.").arg(core::InputLimits::kMaxAmount),
                         QStringLiteral("amount"));
    if (order.orderDate < core::InputLimits::earliestOrderDate() ||
        order.orderDate > core::InputLimits::latestOrderDate())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("Order date must be between %1 and a year from today (%2).")
                             .arg(core::InputLimits::earliestOrderDate().toString(Qt::ISODate),
                                  core::InputLimits::latestOrderDate().toString(Qt::ISODate)),
                         QStringLiteral("order_date"));
    std::optional<OrderDetail> stored;
    auto status = m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, order.customerId); !ok)
            return ok;
        auto& db = m_session.db().sql();
        SQLite::Statement st(db, "INSERT INTO orders (customer_id, order_no, order_date, amount, payment_method, "
                                 "notes, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, static_cast<int64_t>(order.customerId));
        sqlbind::text(st, 2, order.orderNo);
        sqlbind::date(st, 3, order.orderDate);
        st.bind(4, order.amount);
        sqlbind::text(st, 5, order.paymentMethod);
        sqlbind::text(st, 6, order.notes);
        sqlbind::optionalId(st, 7, m_session.userId());
        st.exec();
        order.id = db.getLastInsertRowid();
        RowAudit::inserted(m_session, kOrders, order.id, order.customerId, orderFields(order));

        SQLite::Statement product(db, "SELECT code FROM products WHERE id = ?");
        SQLite::Statement line(db, "INSERT INTO order_lines (order_id, product_id, quantity, unit_price, amount) "
                                   "VALUES (?, ?, ?, ?, ?)");
        for (std::size_t i = 0; i < lines.size(); ++i) {
            product.bind(1, static_cast<int64_t>(lines[i].productId));
            if (!product.executeStep())
                return lineError(i, QStringLiteral("product"),
                                 QStringLiteral("Product %1 does not exist.").arg(lines[i].productId));
            const QString code = sqlbind::toQString(product.getColumn(0));
            product.reset();
            line.bind(1, static_cast<int64_t>(order.id));
            line.bind(2, static_cast<int64_t>(lines[i].productId));
            line.bind(3, lines[i].quantity);
            line.bind(4, lines[i].unitPrice);
            line.bind(5, lines[i].amount);
            line.exec();
            line.reset();
            lines[i].id = db.getLastInsertRowid();
            RowAudit::inserted(m_session, kLines, lines[i].id, order.customerId, lineFields(lines[i], code));
        }
        stored = findOrder(m_session.db(), order.id);
        return {};
    });
    if (!status)
        return status.error();
    return *stored;
}

core::Result<OrderDetail> OrderRepository::updateHeader(qint64 orderId, const QString& orderNo,
                                                        const QString& paymentMethod, const QString& notes)
{
    std::optional<OrderDetail> stored;
    auto status = m_session.db().write([&]() -> core::Status {
        const std::optional<OrderDetail> current = findOrder(m_session.db(), orderId);
        const core::Error notFound = makeError(
            ErrorCode::NotFound, QStringLiteral("order %1 does not exist or is not yours to see").arg(orderId));
        if (!current)
            return notFound;
        if (auto ok = AccessScope::requireCustomer(m_session, current->order.customerId); !ok)
            return notFound;
        Order changed = current->order;
        changed.orderNo = orderNo.trimmed();
        changed.paymentMethod = paymentMethod.trimmed();
        changed.notes = notes.trimmed();
        SQLite::Statement st(m_session.db().sql(),
                             "UPDATE orders SET order_no = ?, payment_method = ?, notes = ? WHERE id = ?");
        sqlbind::text(st, 1, changed.orderNo);
        sqlbind::text(st, 2, changed.paymentMethod);
        sqlbind::text(st, 3, changed.notes);
        st.bind(4, static_cast<int64_t>(orderId));
        st.exec();
        RowAudit::updated(m_session, kOrders, orderId, changed.customerId, orderFields(current->order),
                          orderFields(changed));
        stored = findOrder(m_session.db(), orderId);
        return {};
    });
    if (!status)
        return status.error();
    return *stored;
}

core::Status OrderRepository::voidOrder(qint64 orderId, const QString& reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A reason for voiding the order is required."),
                         QStringLiteral("void_reason"));
    if (why.size() > core::InputLimits::kLongText)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The reason is longer than %1 characters.").arg(core::InputLimits::kLongText),
                         QStringLiteral("void_reason"));
    return m_session.db().write([&]() -> core::Status {
        const std::optional<OrderDetail> current = findOrder(m_session.db(), orderId);
        const core::Error notFound = makeError(
            ErrorCode::NotFound, QStringLiteral("order %1 does not exist or is not yours to see").arg(orderId));
        if (!current)
            return notFound;
        const qint64 customerId = current->order.customerId;
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return notFound;
        // The ERP keeps the imported orders: voided here only, re-importing the file is refused, and the two disagree.
        if (current->imported && !m_session.isAdmin())
            return makeError(ErrorCode::AccessDenied,
                             QStringLiteral("Order %1 was imported from an orders file; correct it in the system the "
                                            "file came from. Only the administrator can void an imported order.")
                                 .arg(orderId),
                             QStringLiteral("imported"));
        auto& db = m_session.db().sql();
        SQLite::Statement paid(db, "SELECT count(*) FROM payments p JOIN receivables r ON r.id = p.receivable_id "
                                   "WHERE r.order_id = ?");
        paid.bind(1, static_cast<int64_t>(orderId));
        paid.executeStep();
        if (paid.getColumn(0).getInt() > 0)
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("Order %1 has payments against its invoice; it cannot be voided.").arg(orderId),
                QStringLiteral("payments"));
        SQLite::Statement receivables(db, "SELECT id, invoice_no, invoice_date, due_date, amount FROM receivables "
                                          "WHERE order_id = ? ORDER BY id");
        receivables.bind(1, static_cast<int64_t>(orderId));
        while (receivables.executeStep()) {
            RowAudit::voided(m_session, QStringLiteral("receivables"), receivables.getColumn(0).getInt64(), customerId,
                             {{QStringLiteral("invoice_no"), sqlbind::toQString(receivables.getColumn(1))},
                              {QStringLiteral("invoice_date"), sqlbind::toQString(receivables.getColumn(2))},
                              {QStringLiteral("due_date"), sqlbind::toQString(receivables.getColumn(3))},
                              {QStringLiteral("amount"), RowAudit::number(receivables.getColumn(4).getDouble())}});
        }
        receivables.reset();
        SQLite::Statement dropReceivables(db, "DELETE FROM receivables WHERE order_id = ?");
        dropReceivables.bind(1, static_cast<int64_t>(orderId));
        dropReceivables.exec();
        SQLite::Statement st(db, "DELETE FROM orders WHERE id = ?");
        st.bind(1, static_cast<int64_t>(orderId));
        st.exec();
        for (const OrderDetail::Line& line : current->lines)
            RowAudit::voided(m_session, kLines, line.line.id, customerId, lineFields(line.line, line.productCode));
        RowAudit::voided(m_session, kOrders, orderId, customerId, orderFields(current->order));
        AuditTrail::recordChange(m_session.db(), m_session.userId(), QStringLiteral("void"), kOrders, orderId,
                                 customerId, QStringLiteral("void_reason"), QString(), why);
        return {};
    });
}

} // namespace carddesk::storage
