#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace carddesk::core {

// One changed field (who, when, table, field, old, new). Append-only.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0;
    QString userName;
    QString action; // insert, update, delete, handover, reassign...
    QString tableName;
    qint64 rowId = 0;
    qint64 customerId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace carddesk::core
