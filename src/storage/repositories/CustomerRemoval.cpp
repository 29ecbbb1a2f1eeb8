#include "storage/repositories/CustomerRemoval.h"

#include "storage/access/AccessScope.h"
#include "storage/access/AuditTrail.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

int count(SQLite::Database& db, const std::string& sql, qint64 customerId)
{
    SQLite::Statement q(db, sql);
    q.bind(1, static_cast<int64_t>(customerId));
    q.executeStep();
    return q.getColumn(0).getInt();
}

// Read inside the caller's transaction, after the scope check.
CustomerAttachments readAttachments(SQLite::Database& db, qint64 id)
{
    CustomerAttachments a;
    a.customerId = id;
    SQLite::Statement card(db, "SELECT code, name, archived_at FROM customers WHERE id = ?");
    card.bind(1, static_cast<int64_t>(id));
    if (card.executeStep()) {
        a.code = sqlbind::toQString(card.getColumn(0));
        a.name = sqlbind::toQString(card.getColumn(1));
        a.archivedAt = sqlbind::toDateTime(card.getColumn(2));
    }
    a.contacts = count(db, "SELECT count(*) FROM contacts WHERE customer_id = ?", id);
    a.interactions = count(db, "SELECT count(*) FROM interactions WHERE customer_id = ?", id);
    a.visits = count(db, "SELECT count(*) FROM visits WHERE customer_id = ?", id);
    a.complaints = count(db, "SELECT count(*) FROM complaints WHERE customer_id = ?", id);
    a.surveys = count(db, "SELECT count(*) FROM satisfaction_surveys WHERE customer_id = ?", id);
    a.orders = count(db, "SELECT count(*) FROM orders WHERE customer_id = ?", id);
    a.receivables = count(db, "SELECT count(*) FROM receivables WHERE customer_id = ?", id);
    a.payments = count(db,
                       "SELECT count(*) FROM payments WHERE receivable_id IN "
                       "(SELECT id FROM receivables WHERE customer_id = ?)",
                       id);
    a.lifecycleChanges = count(db, "SELECT count(*) FROM lifecycle_history WHERE customer_id = ?", id);
    a.relations = count(db, "SELECT count(*) FROM customer_relations WHERE customer_id = ?1 OR related_id = ?1", id);
    a.products = count(db, "SELECT count(*) FROM customer_products WHERE customer_id = ?", id);
    a.scores = count(db, "SELECT count(*) FROM scores WHERE customer_id = ?", id);
    return a;
}

} // namespace

std::vector<std::pair<QString, int>> CustomerAttachments::counts() const
{
    return {{QStringLiteral("contacts"), contacts},
            {QStringLiteral("interactions"), interactions},
            {QStringLiteral("visits"), visits},
            {QStringLiteral("complaints"), complaints},
            {QStringLiteral("satisfaction_surveys"), surveys},
            {QStringLiteral("orders"), orders},
            {QStringLiteral("receivables"), receivables},
            {QStringLiteral("payments"), payments},
            {QStringLiteral("lifecycle_history"), lifecycleChanges},
            {QStringLiteral("customer_relations"), relations},
            {QStringLiteral("customer_products"), products},
            {QStringLiteral("scores"), scores}};
}

core::Status CustomerRemoval::requireManager(const QString& action)
{
    return AccessScope::requireRole(m_session, core::Role::Manager, action);
}

core::Result<CustomerAttachments> CustomerRemoval::attachments(qint64 customerId)
{
    if (auto ok = requireManager(QStringLiteral("deleting a customer")); !ok)
        return ok.error();
    CustomerAttachments result;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        result = readAttachments(m_session.db().sql(), customerId);
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

core::Status CustomerRemoval::archive(qint64 customerId)
{
    if (auto ok = requireManager(QStringLiteral("archiving a customer")); !ok)
        return ok;
    return m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        const QString now = Database::nowIso();
        SQLite::Statement st(m_session.db().sql(),
                             "UPDATE customers SET archived_at = ?, row_version = row_version + 1 "
                             "WHERE id = ? AND archived_at IS NULL");
        st.bind(1, now.toStdString());
        st.bind(2, static_cast<int64_t>(customerId));
        if (st.exec() != 1)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("customer %1 is already archived").arg(customerId),
                             QStringLiteral("archived_at"));
        AuditTrail::recordChange(m_session.db(), m_session.userId(), QStringLiteral("archive"),
                                 QStringLiteral("customers"), customerId, customerId, QStringLiteral("archived_at"),
                                 QString(), now);
        return {};
    });
}

core::Status CustomerRemoval::unarchive(qint64 customerId)
{
    if (auto ok = requireManager(QStringLiteral("unarchiving a customer")); !ok)
        return ok;
    return m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        SQLite::Statement old(m_session.db().sql(), "SELECT archived_at FROM customers WHERE id = ?");
        old.bind(1, static_cast<int64_t>(customerId));
        old.executeStep();
        if (old.getColumn(0).isNull())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("customer %1 is not archived").arg(customerId),
                             QStringLiteral("archived_at"));
        const QString was = sqlbind::toQString(old.getColumn(0));
        old.reset();
        SQLite::Statement st(m_session.db().sql(), "UPDATE customers SET archived_at = NULL, "
                                                   "row_version = row_version + 1 WHERE id = ?");
        st.bind(1, static_cast<int64_t>(customerId));
        st.exec();
        AuditTrail::recordChange(m_session.db(), m_session.userId(), QStringLiteral("unarchive"),
                                 QStringLiteral("customers"), customerId, customerId, QStringLiteral("archived_at"),
                                 was, QString());
        return {};
    });
}

core::Result<CustomerAttachments> CustomerRemoval::remove(qint64 customerId)
{
    if (auto ok = requireManager(QStringLiteral("deleting a customer")); !ok)
        return ok.error();
    CustomerAttachments gone;
    auto status = m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        auto& db = m_session.db().sql();
        gone = readAttachments(db, customerId);
        // Everything else goes by ON DELETE CASCADE (payments through receivables, order lines through orders) and
        // the scores by their trigger; a card that names this one as its referrer keeps itself, without the link.
        SQLite::Statement st(db, "DELETE FROM customers WHERE id = ?");
        st.bind(1, static_cast<int64_t>(customerId));
        st.exec();
        QString what;
        for (const auto& [kind, n] : gone.counts())
            if (n > 0)
                what += (what.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("%1 %2").arg(kind).arg(n);
        auto record = [&](const QString& field, const QString& old) {
            AuditTrail::recordChange(m_session.db(), m_session.userId(), QStringLiteral("delete"),
                                     QStringLiteral("customers"), customerId, customerId, field, old, QString());
        };
        record(QStringLiteral("code"), gone.code);
        record(QStringLiteral("name"), gone.name);
        record(QStringLiteral("attached"), what.isEmpty() ? QStringLiteral("nothing") : what);
        return {};
    });
    if (!status)
        return status.error();
    return gone;
}

std::optional<QDateTime> CustomerRemoval::archivedAt(qint64 customerId)
{
    std::optional<QDateTime> at;
    m_session.db().read([&]() -> core::Status {
        SQLite::Statement q(m_session.db().sql(), "SELECT c.archived_at FROM customers c WHERE c.id = ? AND " +
                                                      AccessScope::customerFilter(m_session, "c"));
        q.bind(1, static_cast<int64_t>(customerId));
        if (q.executeStep() && !q.getColumn(0).isNull())
            at = sqlbind::toDateTime(q.getColumn(0));
        return {};
    });
    return at;
}

} // namespace carddesk::storage
