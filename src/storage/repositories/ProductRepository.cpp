#include "storage/repositories/ProductRepository.h"

#include "storage/access/AccessScope.h"
#include "storage/access/RowAudit.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cmath>
#include <optional>

namespace carddesk::storage {

using core::ErrorCode;
using core::HeldProduct;
using core::makeError;
using core::Product;

namespace {

const QString kHeldTable = QStringLiteral("customer_products");

Product readProduct(SQLite::Statement& q)
{
    Product p;
    p.id = q.getColumn(0).getInt64();
    p.code = sqlbind::toQString(q.getColumn(1));
    p.name = sqlbind::toQString(q.getColumn(2));
    p.category = sqlbind::toQString(q.getColumn(3));
    p.unit = sqlbind::toQString(q.getColumn(4));
    p.unitPrice = q.getColumn(5).getDouble();
    p.active = q.getColumn(6).getInt() != 0;
    return p;
}

const char* const kHeldSelect =
    "SELECT cp.customer_id, cp.product_id, p.code, p.name, p.unit, cp.since, cp.quantity, cp.notes "
    "FROM customer_products cp JOIN products p ON p.id = cp.product_id ";

HeldProduct readHeld(SQLite::Statement& q)
{
    HeldProduct h;
    h.customerId = q.getColumn(0).getInt64();
    h.productId = q.getColumn(1).getInt64();
    h.productCode = sqlbind::toQString(q.getColumn(2));
    h.productName = sqlbind::toQString(q.getColumn(3));
    h.unit = sqlbind::toQString(q.getColumn(4));
    h.since = sqlbind::toDate(q.getColumn(5));
    h.quantity = q.getColumn(6).getDouble();
    h.notes = sqlbind::toQString(q.getColumn(7));
    return h;
}

std::optional<HeldProduct> findHeld(Database& db, qint64 customerId, qint64 productId)
{
    SQLite::Statement q(db.sql(), std::string(kHeldSelect) + "WHERE cp.customer_id = ? AND cp.product_id = ?");
    q.bind(1, static_cast<int64_t>(customerId));
    q.bind(2, static_cast<int64_t>(productId));
    if (!q.executeStep())
        return std::nullopt;
    return readHeld(q);
}

// The audit row id of a holding is the product id: the table's key is (customer, product) and the audit row
// carries the customer already.
RowAudit::Fields heldFields(const HeldProduct& h)
{
    return {{QStringLiteral("product"), h.productCode},
            {QStringLiteral("since"), h.since.isValid() ? h.since.toString(Qt::ISODate) : QString()},
            {QStringLiteral("quantity"), RowAudit::number(h.quantity)},
            {QStringLiteral("notes"), h.notes}};
}

} // namespace

core::Result<std::vector<Product>> ProductRepository::list(bool includeInactive)
{
    if (auto ok = AccessScope::requireRole(m_session, core::Role::Rep, QStringLiteral("the product list")); !ok)
        return ok.error();
    try {
        SQLite::Statement q(m_session.db().sql(),
                            std::string("SELECT id, code, name, category, unit, unit_price, active FROM products") +
                                (includeInactive ? "" : " WHERE active = 1") + " ORDER BY code");
        std::vector<Product> products;
        while (q.executeStep())
            products.push_back(readProduct(q));
        return products;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Result<Product> ProductRepository::create(Product product)
{
    if (auto ok = AccessScope::requireRole(m_session, core::Role::Manager, QStringLiteral("adding a product")); !ok)
        return ok.error();
    product.code = product.code.trimmed();
    product.name = product.name.trimmed();
    if (product.code.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Product code is required."),
                         QStringLiteral("code"));
    if (product.name.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Product name is required."),
                         QStringLiteral("name"));
    if (!std::isfinite(product.unitPrice) || product.unitPrice < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Unit price cannot be negative."),
                         QStringLiteral("unit_price"));
    auto status = m_session.db().write([&]() -> core::Status {
        auto& db = m_session.db().sql();
        SQLite::Statement dup(db, "SELECT 1 FROM products WHERE code = ?");
        sqlbind::text(dup, 1, product.code);
        if (dup.executeStep())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("product code %1 is already in use").arg(product.code),
                             QStringLiteral("code"));
        SQLite::Statement st(db, "INSERT INTO products (code, name, category, unit, unit_price, active) "
                                 "VALUES (?, ?, ?, ?, ?, ?)");
        sqlbind::text(st, 1, product.code);
        sqlbind::text(st, 2, product.name);
        sqlbind::text(st, 3, product.category);
        sqlbind::text(st, 4, product.unit);
        st.bind(5, product.unitPrice);
        st.bind(6, product.active ? 1 : 0);
        st.exec();
        product.id = db.getLastInsertRowid();
        RowAudit::inserted(m_session, QStringLiteral("products"), product.id, 0,
                           {{QStringLiteral("code"), product.code},
                            {QStringLiteral("name"), product.name},
                            {QStringLiteral("category"), product.category},
                            {QStringLiteral("unit"), product.unit},
                            {QStringLiteral("unit_price"), RowAudit::number(product.unitPrice)}});
        return {};
    });
    if (!status)
        return status.error();
    return product;
}

core::Result<std::vector<HeldProduct>> ProductRepository::listHeld(qint64 customerId)
{
    std::vector<HeldProduct> held;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        SQLite::Statement q(m_session.db().sql(),
                            std::string(kHeldSelect) + "WHERE cp.customer_id = ? ORDER BY p.code");
        q.bind(1, static_cast<int64_t>(customerId));
        while (q.executeStep())
            held.push_back(readHeld(q));
        return {};
    });
    if (!status)
        return status.error();
    return held;
}

core::Result<HeldProduct> ProductRepository::setHeld(qint64 customerId, qint64 productId, const QDate& since,
                                                     double quantity, const QString& notes)
{
    if (!std::isfinite(quantity) || quantity < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Quantity cannot be negative."),
                         QStringLiteral("quantity"));
    std::optional<HeldProduct> stored;
    auto status = m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        auto& db = m_session.db().sql();
        SQLite::Statement product(db, "SELECT 1 FROM products WHERE id = ?");
        product.bind(1, static_cast<int64_t>(productId));
        if (!product.executeStep())
            return makeError(ErrorCode::NotFound, QStringLiteral("product %1 does not exist").arg(productId),
                             QStringLiteral("product"));
        const std::optional<HeldProduct> before = findHeld(m_session.db(), customerId, productId);
        SQLite::Statement st(db, "INSERT INTO customer_products (customer_id, product_id, since, quantity, notes) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id, product_id) DO UPDATE SET "
                                 "since = excluded.since, quantity = excluded.quantity, notes = excluded.notes");
        st.bind(1, static_cast<int64_t>(customerId));
        st.bind(2, static_cast<int64_t>(productId));
        sqlbind::date(st, 3, since);
        st.bind(4, quantity);
        sqlbind::text(st, 5, notes.trimmed());
        st.exec();
        stored = findHeld(m_session.db(), customerId, productId);
        if (before)
            RowAudit::updated(m_session, kHeldTable, productId, customerId, heldFields(*before), heldFields(*stored));
        else
            RowAudit::inserted(m_session, kHeldTable, productId, customerId, heldFields(*stored));
        return {};
    });
    if (!status)
        return status.error();
    return *stored;
}

core::Status ProductRepository::removeHeld(qint64 customerId, qint64 productId)
{
    return m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        const std::optional<HeldProduct> before = findHeld(m_session.db(), customerId, productId);
        if (!before)
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("customer %1 does not hold product %2").arg(customerId).arg(productId));
        SQLite::Statement st(m_session.db().sql(),
                             "DELETE FROM customer_products WHERE customer_id = ? AND product_id = ?");
        st.bind(1, static_cast<int64_t>(customerId));
        st.bind(2, static_cast<int64_t>(productId));
        st.exec();
        RowAudit::removed(m_session, kHeldTable, productId, customerId, heldFields(*before));
        return {};
    });
}

} // namespace carddesk::storage
