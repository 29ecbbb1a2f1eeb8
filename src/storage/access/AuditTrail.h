#pragma once

#include "storage/access/Session.h"

#include <QString>

namespace carddesk::storage {

// Writes the audit trail (who, when, table, field, old, new) and the access log (who opened or exported which
// card). Callers invoke these inside the transaction of the action itself, so the record and the change
// commit or roll back together. Both tables are append-only (triggers refuse UPDATE and DELETE).
class AuditTrail
{
public:
    static void recordChange(Database& db, qint64 userId, const QString& action, const QString& table, qint64 rowId,
                             qint64 customerId, const QString& field, const QString& oldValue, const QString& newValue);
    static void recordAccess(Database& db, qint64 userId, qint64 customerId, const QString& action,
                             const QString& detail = {});
};

} // namespace carddesk::storage
