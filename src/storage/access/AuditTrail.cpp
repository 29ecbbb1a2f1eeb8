#include "storage/access/AuditTrail.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

namespace {
void bindOptional(SQLite::Statement& st, int index, qint64 value)
{
    if (value > 0)
        st.bind(index, static_cast<int64_t>(value));
    else
        st.bind(index);
}
} // namespace

void AuditTrail::recordChange(Database& db, qint64 userId, const QString& action, const QString& table, qint64 rowId,
                              qint64 customerId, const QString& field, const QString& oldValue, const QString& newValue)
{
    SQLite::Statement st(db.sql(), "INSERT INTO audit_log (at, user_id, action, table_name, row_id, customer_id, "
                                   "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, Database::nowIso().toStdString());
    bindOptional(st, 2, userId);
    st.bind(3, action.toStdString());
    st.bind(4, table.toStdString());
    bindOptional(st, 5, rowId);
    bindOptional(st, 6, customerId);
    st.bind(7, field.toStdString());
    if (oldValue.isNull())
        st.bind(8);
    else
        st.bind(8, oldValue.toStdString());
    if (newValue.isNull())
        st.bind(9);
    else
        st.bind(9, newValue.toStdString());
    st.exec();
}

void AuditTrail::recordAccess(Database& db, qint64 userId, qint64 customerId, const QString& action,
                              const QString& detail)
{
    SQLite::Statement st(db.sql(),
                         "INSERT INTO access_log (at, user_id, customer_id, action, detail) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, Database::nowIso().toStdString());
    bindOptional(st, 2, userId);
    bindOptional(st, 3, customerId);
    st.bind(4, action.toStdString());
    st.bind(5, detail.toStdString());
    st.exec();
}

} // namespace carddesk::storage
