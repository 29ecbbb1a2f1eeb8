#include "storage/access/AuditRepository.h"

#include "storage/access/AccessScope.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

core::Result<std::vector<core::AuditEntry>> AuditRepository::changesForCustomer(qint64 customerId)
{
    std::vector<core::AuditEntry> entries;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        SQLite::Statement q(m_session.db().sql(),
                            "SELECT a.id, a.at, a.user_id, coalesce(nullif(u.display_name, ''), u.username), a.action, "
                            "a.table_name, a.row_id, a.customer_id, a.field, a.old_value, a.new_value "
                            "FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
                            "WHERE a.customer_id = ? ORDER BY a.at DESC, a.id DESC");
        q.bind(1, static_cast<int64_t>(customerId));
        while (q.executeStep()) {
            core::AuditEntry entry;
            entry.id = q.getColumn(0).getInt64();
            entry.at = sqlbind::toDateTime(q.getColumn(1));
            entry.userId = sqlbind::toId(q.getColumn(2));
            entry.userName = sqlbind::toQString(q.getColumn(3));
            entry.action = sqlbind::toQString(q.getColumn(4));
            entry.tableName = sqlbind::toQString(q.getColumn(5));
            entry.rowId = sqlbind::toId(q.getColumn(6));
            entry.customerId = sqlbind::toId(q.getColumn(7));
            entry.field = sqlbind::toQString(q.getColumn(8));
            entry.oldValue = sqlbind::toQString(q.getColumn(9));
            entry.newValue = sqlbind::toQString(q.getColumn(10));
            entries.push_back(std::move(entry));
        }
        return {};
    });
    if (!status)
        return status.error();
    return entries;
}

core::Result<std::vector<core::AccessLogEntry>> AuditRepository::accessLog(qint64 customerId)
{
    if (auto ok = AccessScope::requireRole(m_session, core::Role::Manager, QStringLiteral("the access log")); !ok)
        return ok.error();
    std::vector<core::AccessLogEntry> entries;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        SQLite::Statement q(m_session.db().sql(),
                            "SELECT l.id, l.at, l.user_id, coalesce(nullif(u.display_name, ''), u.username), "
                            "l.customer_id, l.action, l.detail FROM access_log l LEFT JOIN users u ON u.id = l.user_id "
                            "WHERE l.customer_id = ? ORDER BY l.at DESC, l.id DESC");
        q.bind(1, static_cast<int64_t>(customerId));
        while (q.executeStep()) {
            core::AccessLogEntry entry;
            entry.id = q.getColumn(0).getInt64();
            entry.at = sqlbind::toDateTime(q.getColumn(1));
            entry.userId = sqlbind::toId(q.getColumn(2));
            entry.userName = sqlbind::toQString(q.getColumn(3));
            entry.customerId = sqlbind::toId(q.getColumn(4));
            entry.action = sqlbind::toQString(q.getColumn(5));
            entry.detail = sqlbind::toQString(q.getColumn(6));
            entries.push_back(std::move(entry));
        }
        return {};
    });
    if (!status)
        return status.error();
    return entries;
}

} // namespace carddesk::storage
