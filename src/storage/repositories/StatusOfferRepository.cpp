#include "storage/repositories/StatusOfferRepository.h"

#include "storage/access/AccessScope.h"
#include "storage/access/AuditTrail.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

namespace {

constexpr const char* kDismissed = "SELECT 1 FROM audit_log WHERE customer_id = ? AND action = 'dismiss' AND "
                                   "table_name = 'customers' AND field = 'status_offer' AND old_value = ? AND "
                                   "new_value = ? LIMIT 1";

} // namespace

core::Result<bool> StatusOfferRepository::dismissed(qint64 customerId, const QString& status, const QString& offered)
{
    bool found = false;
    auto ok = m_session.db().read([&]() -> core::Status {
        if (auto allowed = AccessScope::requireCustomer(m_session, customerId); !allowed)
            return allowed;
        SQLite::Statement q(m_session.db().sql(), kDismissed);
        q.bind(1, static_cast<int64_t>(customerId));
        sqlbind::text(q, 2, status);
        sqlbind::text(q, 3, offered);
        found = q.executeStep();
        return {};
    });
    if (!ok)
        return ok.error();
    return found;
}

core::Status StatusOfferRepository::dismiss(qint64 customerId, const QString& status, const QString& offered)
{
    return m_session.db().write([&]() -> core::Status {
        if (auto allowed = AccessScope::requireCustomer(m_session, customerId); !allowed)
            return allowed;
        SQLite::Statement current(m_session.db().sql(), "SELECT status FROM customers WHERE id = ?");
        current.bind(1, static_cast<int64_t>(customerId));
        if (!current.executeStep() || sqlbind::toQString(current.getColumn(0)) != status)
            return core::makeError(core::ErrorCode::Conflict,
                                   QStringLiteral("The card's status changed meanwhile; the offer no longer applies."),
                                   QStringLiteral("status"));
        SQLite::Statement again(m_session.db().sql(), kDismissed);
        again.bind(1, static_cast<int64_t>(customerId));
        sqlbind::text(again, 2, status);
        sqlbind::text(again, 3, offered);
        if (!again.executeStep()) // dismissed twice (two windows): one row says it
            AuditTrail::recordChange(m_session.db(), m_session.userId(), QStringLiteral("dismiss"),
                                     QStringLiteral("customers"), customerId, customerId,
                                     QStringLiteral("status_offer"), status, offered);
        return {};
    });
}

} // namespace carddesk::storage
