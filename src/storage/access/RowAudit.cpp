#include "storage/access/RowAudit.h"

#include "storage/access/AuditTrail.h"

#include <QRegularExpression>

namespace carddesk::storage {

void RowAudit::inserted(Session& session, const QString& table, qint64 rowId, qint64 customerId, const Fields& fields)
{
    for (const auto& [field, value] : fields) {
        if (!value.isEmpty())
            AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("insert"), table, rowId, customerId,
                                     field, QString(), value);
    }
}

void RowAudit::updated(Session& session, const QString& table, qint64 rowId, qint64 customerId, const Fields& before,
                       const Fields& after)
{
    for (std::size_t i = 0; i < before.size() && i < after.size(); ++i) {
        if (before[i].second != after[i].second)
            AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("update"), table, rowId, customerId,
                                     after[i].first, before[i].second, after[i].second);
    }
}

void RowAudit::removed(Session& session, const QString& table, qint64 rowId, qint64 customerId, const Fields& fields)
{
    for (const auto& [field, value] : fields) {
        if (!value.isEmpty())
            AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("delete"), table, rowId, customerId,
                                     field, value, QString());
    }
}

void RowAudit::voided(Session& session, const QString& table, qint64 rowId, qint64 customerId, const Fields& fields)
{
    for (const auto& [field, value] : fields) {
        if (!value.isEmpty())
            AuditTrail::recordChange(session.db(), session.userId(), QStringLiteral("void"), table, rowId, customerId,
                                     field, value, QString());
    }
}

QString RowAudit::number(double value)
{
    static const QRegularExpression trailingZeros(QStringLiteral("\\.?0+$"));
    return QString::number(value, 'f', 6).remove(trailingZeros);
}

} // namespace carddesk::storage
