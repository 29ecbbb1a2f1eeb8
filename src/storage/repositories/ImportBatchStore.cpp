#include "storage/repositories/ImportBatchStore.h"

#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

const char* const kBatchColumns =
    "b.id, b.at, b.user_id, coalesce(u.username, ''), b.file_name, b.customers_created, b.customers_updated, "
    "b.contacts_added, b.rows_skipped, b.rows_in_error, b.undone_at";

ImportBatch readBatch(SQLite::Statement& q)
{
    ImportBatch batch;
    batch.id = q.getColumn(0).getInt64();
    batch.at = sqlbind::toDateTime(q.getColumn(1));
    batch.userId = q.getColumn(2).getInt64();
    batch.username = sqlbind::toQString(q.getColumn(3));
    batch.fileName = sqlbind::toQString(q.getColumn(4));
    batch.customersCreated = q.getColumn(5).getInt64();
    batch.customersUpdated = q.getColumn(6).getInt64();
    batch.contactsAdded = q.getColumn(7).getInt64();
    batch.rowsSkipped = q.getColumn(8).getInt64();
    batch.rowsInError = q.getColumn(9).getInt64();
    batch.undoneAt = sqlbind::toDateTime(q.getColumn(10));
    return batch;
}

// Which batches a session sees: every one for the administrator, their own for anyone else.
std::string visibleTo(const Session& session)
{
    return session.isAdmin() ? std::string("1") : "b.user_id = " + std::to_string(session.userId());
}

} // namespace

qint64 ImportBatchStore::begin(Session& session, const QString& fileName)
{
    auto& db = session.db().sql();
    SQLite::Statement st(db, "INSERT INTO import_batches (at, user_id, file_name) VALUES (?, ?, ?)");
    sqlbind::text(st, 1, Database::nowIso());
    st.bind(2, static_cast<int64_t>(session.userId()));
    sqlbind::text(st, 3, fileName);
    st.exec();
    return db.getLastInsertRowid();
}

void ImportBatchStore::addRows(Session& session, qint64 batchId, const std::vector<ImportBatchRow>& rows)
{
    SQLite::Statement st(session.db().sql(),
                         "INSERT OR REPLACE INTO import_batch_rows (batch_id, table_name, row_id, customer_id, action, "
                         "row_version, before_json) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const ImportBatchRow& row : rows) {
        st.reset();
        st.bind(1, static_cast<int64_t>(batchId));
        sqlbind::text(st, 2, row.table);
        st.bind(3, static_cast<int64_t>(row.rowId));
        st.bind(4, static_cast<int64_t>(row.customerId));
        sqlbind::text(st, 5, row.action);
        st.bind(6, static_cast<int64_t>(row.rowVersion));
        if (row.beforeJson.isEmpty())
            st.bind(7);
        else
            sqlbind::text(st, 7, row.beforeJson);
        st.exec();
    }
}

void ImportBatchStore::finish(Session& session, const ImportBatch& counts)
{
    auto& db = session.db().sql();
    SQLite::Statement st(db, "UPDATE import_batches SET customers_created = ?, customers_updated = ?, "
                             "contacts_added = ?, rows_skipped = ?, rows_in_error = ? WHERE id = ?");
    st.bind(1, static_cast<int64_t>(counts.customersCreated));
    st.bind(2, static_cast<int64_t>(counts.customersUpdated));
    st.bind(3, static_cast<int64_t>(counts.contactsAdded));
    st.bind(4, static_cast<int64_t>(counts.rowsSkipped));
    st.bind(5, static_cast<int64_t>(counts.rowsInError));
    st.bind(6, static_cast<int64_t>(counts.id));
    st.exec();
    SQLite::Statement versions(db, "UPDATE import_batch_rows SET row_version = CASE table_name "
                                   "WHEN 'customers' THEN (SELECT row_version FROM customers WHERE id = row_id) "
                                   "ELSE (SELECT row_version FROM contacts WHERE id = row_id) END WHERE batch_id = ?");
    versions.bind(1, static_cast<int64_t>(counts.id));
    versions.exec();
}

core::Result<std::vector<ImportBatch>> ImportBatchStore::list(Session& session)
{
    std::vector<ImportBatch> batches;
    auto status = session.db().read([&]() -> core::Status {
        SQLite::Statement q(session.db().sql(), std::string("SELECT ") + kBatchColumns +
                                                    " FROM import_batches b LEFT JOIN users u ON u.id = b.user_id "
                                                    "WHERE " +
                                                    visibleTo(session) + " ORDER BY b.id DESC");
        while (q.executeStep())
            batches.push_back(readBatch(q));
        return {};
    });
    if (!status)
        return status.error();
    return batches;
}

core::Result<ImportBatch> ImportBatchStore::get(Session& session, qint64 batchId)
{
    SQLite::Statement q(session.db().sql(), std::string("SELECT ") + kBatchColumns +
                                                " FROM import_batches b LEFT JOIN users u ON u.id = b.user_id "
                                                "WHERE b.id = ? AND " +
                                                visibleTo(session));
    q.bind(1, static_cast<int64_t>(batchId));
    if (!q.executeStep())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("there is no import %1 that you made (imports list shows them)").arg(batchId));
    return readBatch(q);
}

core::Result<std::vector<ImportBatchRow>> ImportBatchStore::rows(Session& session, qint64 batchId)
{
    std::vector<ImportBatchRow> rows;
    SQLite::Statement q(session.db().sql(), "SELECT table_name, row_id, customer_id, action, row_version, "
                                            "coalesce(before_json, '') FROM import_batch_rows WHERE batch_id = ? "
                                            "ORDER BY table_name DESC, row_id");
    q.bind(1, static_cast<int64_t>(batchId));
    while (q.executeStep()) {
        ImportBatchRow row;
        row.table = sqlbind::toQString(q.getColumn(0));
        row.rowId = q.getColumn(1).getInt64();
        row.customerId = q.getColumn(2).getInt64();
        row.action = sqlbind::toQString(q.getColumn(3));
        row.rowVersion = q.getColumn(4).getInt64();
        row.beforeJson = sqlbind::toQString(q.getColumn(5));
        rows.push_back(std::move(row));
    }
    return rows;
}

core::Result<QString> ImportBatchStore::firstChangedCustomer(Session& session, qint64 batchId)
{
    // Customer ids in order; the first one with any change is named by its code (or its id once deleted).
    SQLite::Statement q(
        session.db().sql(),
        "WITH batch AS (SELECT * FROM import_batch_rows WHERE batch_id = ?1), "
        "created AS (SELECT row_id AS id FROM batch WHERE table_name = 'customers' AND action = 'insert'), "
        "changed AS ("
        " SELECT r.customer_id FROM batch r LEFT JOIN customers c ON c.id = r.row_id "
        "  WHERE r.table_name = 'customers' AND (c.id IS NULL OR c.row_version <> r.row_version) "
        " UNION SELECT r.customer_id FROM batch r LEFT JOIN contacts k ON k.id = r.row_id "
        "  WHERE r.table_name = 'contacts' AND (k.id IS NULL OR k.row_version <> r.row_version) "
        " UNION SELECT k.customer_id FROM contacts k JOIN created ON created.id = k.customer_id "
        "  WHERE NOT EXISTS (SELECT 1 FROM batch r WHERE r.table_name = 'contacts' AND r.row_id = k.id) "
        " UNION SELECT customer_id FROM orders WHERE customer_id IN created "
        " UNION SELECT customer_id FROM receivables WHERE customer_id IN created "
        " UNION SELECT customer_id FROM interactions WHERE customer_id IN created "
        " UNION SELECT customer_id FROM visits WHERE customer_id IN created "
        " UNION SELECT customer_id FROM complaints WHERE customer_id IN created "
        " UNION SELECT customer_id FROM satisfaction_surveys WHERE customer_id IN created "
        " UNION SELECT customer_id FROM customer_products WHERE customer_id IN created "
        " UNION SELECT customer_id FROM customer_relations WHERE customer_id IN created OR related_id IN created "
        " UNION SELECT id FROM customers WHERE referred_by_id IN created AND id NOT IN created) "
        "SELECT changed.customer_id, coalesce(c.code, ''), coalesce(c.name, '') FROM changed "
        "LEFT JOIN customers c ON c.id = changed.customer_id ORDER BY changed.customer_id LIMIT 1");
    q.bind(1, static_cast<int64_t>(batchId));
    if (!q.executeStep())
        return QString();
    const QString code = sqlbind::toQString(q.getColumn(1));
    if (code.isEmpty())
        return QStringLiteral("customer %1 (deleted since)").arg(q.getColumn(0).getInt64());
    return QStringLiteral("%1 %2").arg(code, sqlbind::toQString(q.getColumn(2)));
}

void ImportBatchStore::rebaseCustomer(Session& session, qint64 customerId, qint64 from, qint64 to)
{
    SQLite::Statement st(
        session.db().sql(),
        "UPDATE import_batch_rows SET row_version = ?3 WHERE table_name = 'customers' AND row_id = ?1 AND "
        "row_version = ?2 AND batch_id IN (SELECT id FROM import_batches WHERE undone_at IS NULL)");
    st.bind(1, static_cast<int64_t>(customerId));
    st.bind(2, static_cast<int64_t>(from));
    st.bind(3, static_cast<int64_t>(to));
    st.exec();
}

void ImportBatchStore::markUndone(Session& session, qint64 batchId)
{
    SQLite::Statement st(session.db().sql(), "UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ?");
    sqlbind::text(st, 1, Database::nowIso());
    st.bind(2, static_cast<int64_t>(session.userId()));
    st.bind(3, static_cast<int64_t>(batchId));
    st.exec();
}

} // namespace carddesk::storage
