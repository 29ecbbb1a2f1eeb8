#include "storage/repositories/CustomerRepository.h"

#include "core/CustomerCode.h"
#include "core/CustomerValidator.h"
#include "core/PinyinText.h"
#include "storage/access/AccessScope.h"
#include "storage/access/AuditTrail.h"
#include "storage/db/SqlBinding.h"
#include "storage/repositories/CustomerColumns.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

using core::Customer;
using core::ErrorCode;
using core::makeError;
using core::Role;

namespace {

// The code in its one stored form (core::CustomerCode), so a look-alike of a code finds or clashes with it.
core::Status normalizeCode(Customer& customer)
{
    if (customer.code.isEmpty())
        return {};
    auto code = core::CustomerCode::normalized(customer.code);
    if (!code)
        return code.error();
    customer.code = *code;
    return {};
}

core::Status firstValidationError(const Customer& customer)
{
    const auto errors = core::CustomerValidator::validate(customer);
    if (!errors.empty())
        return errors.front();
    return {};
}

} // namespace

QString CustomerRepository::buildSearchText(const Customer& customer, const QStringList& contactTexts)
{
    const core::PinyinKeys keys = core::pinyinKeys(customer.name);
    QStringList parts{customer.name, keys.full, keys.initials, customer.code, customer.phone, customer.email};
    parts += contactTexts;
    // The trigram index is case-insensitive: a part already contained in the text adds nothing but index work.
    QString text;
    for (const QString& part : std::as_const(parts)) {
        if (part.isEmpty() || text.contains(part, Qt::CaseInsensitive))
            continue;
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += part;
    }
    return text;
}

void CustomerRepository::refreshSearchText(qint64 customerId)
{
    auto& db = m_session.db().sql();
    SQLite::Statement cq(db, "SELECT " + customerSelectColumns() + " FROM customers c WHERE c.id = ?");
    cq.bind(1, static_cast<int64_t>(customerId));
    if (!cq.executeStep())
        return;
    const Customer customer = readCustomerColumns(cq);
    QStringList contactTexts;
    SQLite::Statement contacts(db, "SELECT name, phone, mobile, email FROM contacts WHERE customer_id = ? ORDER BY id");
    contacts.bind(1, static_cast<int64_t>(customerId));
    while (contacts.executeStep()) {
        for (int i = 0; i < 4; ++i)
            contactTexts << sqlbind::toQString(contacts.getColumn(i));
    }
    SQLite::Statement update(db, "UPDATE customers SET search_text = ? WHERE id = ? AND search_text IS NOT ?");
    const std::string text = buildSearchText(customer, contactTexts).toStdString();
    update.bind(1, text);
    update.bind(2, static_cast<int64_t>(customerId));
    update.bind(3, text);
    update.exec();
}

core::Result<Customer> CustomerRepository::get(qint64 id, bool logAccess)
{
    std::optional<Customer> found;
    auto load = [&]() -> core::Status {
        SQLite::Statement q(m_session.db().sql(), "SELECT " + customerSelectColumns() +
                                                      " FROM customers c WHERE c.id = ? AND " +
                                                      AccessScope::customerFilter(m_session, "c"));
        q.bind(1, static_cast<int64_t>(id));
        if (!q.executeStep())
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("customer %1 does not exist or is not yours to see").arg(id));
        found = readCustomerColumns(q);
        if (logAccess)
            AuditTrail::recordAccess(m_session.db(), m_session.userId(), id, QStringLiteral("open"));
        return {};
    };
    try {
        auto status = logAccess ? m_session.db().write(load) : m_session.db().read(load);
        if (!status)
            return status.error();
        return *found;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Result<Customer> CustomerRepository::getByCode(const QString& typed, bool logAccess)
{
    auto normalized = core::CustomerCode::normalized(typed);
    if (!normalized)
        return normalized.error();
    const QString& code = *normalized;
    try {
        SQLite::Statement q(m_session.db().sql(), "SELECT c.id FROM customers c WHERE c.code = ? AND " +
                                                      AccessScope::customerFilter(m_session, "c"));
        sqlbind::text(q, 1, code);
        if (!q.executeStep())
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("customer %1 does not exist or is not yours to see").arg(code));
        const qint64 id = q.getColumn(0).getInt64();
        q.reset(); // get() begins a transaction: no statement of ours may still hold the old snapshot
        return get(id, logAccess);
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Result<Customer> CustomerRepository::create(Customer customer)
{
    customer.name = customer.name.trimmed();
    if (auto ok = normalizeCode(customer); !ok)
        return ok.error();
    if (customer.ownerId == 0 && m_session.user().role == Role::Rep)
        customer.ownerId = m_session.userId();
    if (customer.areaId == 0 && m_session.user().areaId > 0)
        customer.areaId = m_session.user().areaId;
    if (auto ok = firstValidationError(customer); !ok)
        return ok.error();
    if (customer.ownerId > 0) {
        if (auto ok = AccessScope::requireAssignableOwner(m_session, customer.ownerId); !ok)
            return ok.error();
    } else if (m_session.user().role == Role::Rep) {
        return makeError(ErrorCode::AccessDenied, QStringLiteral("a rep creates customers for themselves"),
                         QStringLiteral("owner"));
    }
    auto status = m_session.db().write([&]() -> core::Status {
        auto& db = m_session.db().sql();
        if (customer.code.isEmpty()) {
            // max(id) + 1 is free unless a code like it was typed by hand: then count on to the next free one.
            int64_t next = db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM customers").getInt64();
            SQLite::Statement taken(db, "SELECT 1 FROM customers WHERE code = ?");
            for (;; ++next) {
                customer.code = QStringLiteral("C%1").arg(next, 7, 10, QLatin1Char('0'));
                sqlbind::text(taken, 1, customer.code);
                if (!taken.executeStep())
                    break;
                taken.reset();
            }
        }
        SQLite::Statement dup(db, "SELECT 1 FROM customers WHERE code = ?");
        sqlbind::text(dup, 1, customer.code);
        if (dup.executeStep())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("customer code %1 is already in use").arg(customer.code),
                             QStringLiteral("code"));
        std::string names;
        std::string marks;
        for (const CustomerColumn& column : customerColumns()) {
            names += std::string(column.name) + ", ";
            marks += "?, ";
        }
        SQLite::Statement st(db, "INSERT INTO customers (" + names +
                                     "name_pinyin, name_initials, search_text, created_at, updated_at) VALUES (" +
                                     marks + "?, ?, ?, ?, ?)");
        int index = 1;
        for (const CustomerColumn& column : customerColumns())
            column.bind(st, index++, customer);
        const core::PinyinKeys keys = core::pinyinKeys(customer.name);
        sqlbind::text(st, index++, keys.full);
        sqlbind::text(st, index++, keys.initials);
        sqlbind::text(st, index++, buildSearchText(customer, {}));
        const QString now = Database::nowIso();
        sqlbind::text(st, index++, now);
        sqlbind::text(st, index, now);
        st.exec();
        customer.id = db.getLastInsertRowid();
        customer.rowVersion = 1;
        customer.createdAt = customer.updatedAt = QDateTime::fromString(now, Qt::ISODate);
        AuditTrail::recordChange(m_session.db(), m_session.userId(), QStringLiteral("insert"),
                                 QStringLiteral("customers"), customer.id, customer.id, QStringLiteral("name"),
                                 QString(), customer.name);
        return {};
    });
    if (!status)
        return status.error();
    return customer;
}

core::Result<Customer> CustomerRepository::update(const Customer& edited)
{
    Customer customer = edited;
    customer.name = customer.name.trimmed();
    if (auto ok = normalizeCode(customer); !ok)
        return ok.error();
    if (auto ok = firstValidationError(customer); !ok)
        return ok.error();
    std::optional<Customer> stored;
    auto status = m_session.db().write([&]() -> core::Status {
        auto& db = m_session.db().sql();
        SQLite::Statement q(db, "SELECT " + customerSelectColumns() + " FROM customers c WHERE c.id = ? AND " +
                                    AccessScope::customerFilter(m_session, "c"));
        q.bind(1, static_cast<int64_t>(customer.id));
        if (!q.executeStep())
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("customer %1 does not exist or is not yours to see").arg(customer.id));
        const Customer current = readCustomerColumns(q);
        q.reset();
        if (current.rowVersion != customer.rowVersion)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("customer %1 was changed by someone else (version %2, yours %3)")
                                 .arg(customer.id)
                                 .arg(current.rowVersion)
                                 .arg(customer.rowVersion));
        if (customer.ownerId != current.ownerId) {
            if (m_session.user().role == Role::Rep)
                return makeError(ErrorCode::AccessDenied, QStringLiteral("only a manager can reassign a customer"),
                                 QStringLiteral("owner"));
            if (auto ok = AccessScope::requireAssignableOwner(m_session, customer.ownerId); !ok)
                return ok;
        }
        std::string sets;
        std::vector<const CustomerColumn*> changed;
        for (const CustomerColumn& column : customerColumns()) {
            if (column.text(current) != column.text(customer)) {
                sets += std::string(column.name) + " = ?, ";
                changed.push_back(&column);
            }
        }
        if (changed.empty()) {
            stored = current;
            return {};
        }
        const QString now = Database::nowIso();
        SQLite::Statement st(db,
                             "UPDATE customers SET " + sets +
                                 "name_pinyin = ?, name_initials = ?, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ? AND row_version = ?");
        int index = 1;
        for (const CustomerColumn* column : changed)
            column->bind(st, index++, customer);
        const core::PinyinKeys keys = core::pinyinKeys(customer.name);
        sqlbind::text(st, index++, keys.full);
        sqlbind::text(st, index++, keys.initials);
        sqlbind::text(st, index++, now);
        st.bind(index++, static_cast<int64_t>(customer.id));
        st.bind(index, static_cast<int64_t>(current.rowVersion));
        if (st.exec() != 1)
            return makeError(ErrorCode::Conflict, QStringLiteral("customer %1 changed while saving").arg(customer.id));
        for (const CustomerColumn* column : changed)
            AuditTrail::recordChange(m_session.db(), m_session.userId(), QStringLiteral("update"),
                                     QStringLiteral("customers"), customer.id, customer.id,
                                     QString::fromLatin1(column->name), column->text(current), column->text(customer));
        refreshSearchText(customer.id);
        customer.rowVersion = current.rowVersion + 1;
        customer.createdAt = current.createdAt;
        customer.updatedAt = QDateTime::fromString(now, Qt::ISODate);
        stored = customer;
        return {};
    });
    if (!status)
        return status.error();
    return *stored;
}

core::Status CustomerRepository::remove(qint64 id)
{
    if (auto ok = AccessScope::requireRole(m_session, Role::Manager, QStringLiteral("deleting a customer")); !ok)
        return ok;
    return m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, id); !ok)
            return ok;
        SQLite::Statement name(m_session.db().sql(), "SELECT name FROM customers WHERE id = ?");
        name.bind(1, static_cast<int64_t>(id));
        name.executeStep();
        const QString oldName = sqlbind::toQString(name.getColumn(0));
        name.reset();
        SQLite::Statement st(m_session.db().sql(), "DELETE FROM customers WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        st.exec();
        AuditTrail::recordChange(m_session.db(), m_session.userId(), QStringLiteral("delete"),
                                 QStringLiteral("customers"), id, id, QStringLiteral("name"), oldName, QString());
        return {};
    });
}

core::Status CustomerRepository::logExport(const std::vector<qint64>& customerIds, const QString& detail)
{
    return m_session.db().write([&]() -> core::Status {
        for (qint64 id : customerIds) {
            // Only cards the user may see can be exported; one outside the scope logs nothing at all.
            if (auto ok = AccessScope::requireCustomer(m_session, id); !ok)
                return ok;
            AuditTrail::recordAccess(m_session.db(), m_session.userId(), id, QStringLiteral("export"), detail);
        }
        return {};
    });
}

} // namespace carddesk::storage
