#include "storage/repositories/MergeStore.h"

#include "storage/access/AccessScope.h"
#include "storage/db/Database.h"
#include "storage/db/SqlBinding.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

namespace {

// Tables whose rows belong to one customer by customer_id and have their own id: moved by id.
// A merge recorded before v23 has no "satisfaction_surveys" entry: its undo moves none back, as none moved.
// care_reminders (what was done or snoozed for a birthday, a greeting …) joined on 2026-12-08: an earlier merge has
// no entry and its undo moves none back. One the kept card has settled for the same occasion and day stays alone, and
// the moved one goes with the removed card.
constexpr const char* kOwnedTables[] = {"contacts",      "orders",     "receivables",       "interactions",
                                        "visits",        "complaints", "lifecycle_history", "satisfaction_surveys",
                                        "care_reminders"};

QJsonArray ids(SQLite::Database& db, const std::string& sql, qint64 customerId)
{
    QJsonArray out;
    SQLite::Statement st(db, sql);
    st.bind(1, static_cast<int64_t>(customerId));
    while (st.executeStep())
        out.append(static_cast<qint64>(st.getColumn(0).getInt64()));
    return out;
}

// Returns the rows that moved (an UPDATE OR IGNORE leaves a row that would repeat a unique key).
QJsonArray updateIds(SQLite::Database& db, const std::string& sql, const QJsonArray& rows, qint64 toId)
{
    QJsonArray moved;
    SQLite::Statement st(db, sql);
    for (const auto& row : rows) {
        st.bind(1, static_cast<int64_t>(toId));
        st.bind(2, static_cast<int64_t>(row.toInteger()));
        if (st.exec() == 1)
            moved.append(row);
        st.reset();
    }
    return moved;
}

// Care reminders are unique per customer, contact, occasion and day.
std::string updateVerb(const std::string& table)
{
    return table == "care_reminders" ? "UPDATE OR IGNORE " : "UPDATE ";
}

QJsonObject parse(const SQLite::Column& column)
{
    return QJsonDocument::fromJson(sqlbind::toQString(column).toUtf8()).object();
}

QString text(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

core::CustomerMergeRecord readRecord(SQLite::Statement& st)
{
    core::CustomerMergeRecord r;
    r.id = st.getColumn(0).getInt64();
    r.keptId = st.getColumn(1).getInt64();
    r.removedId = st.getColumn(2).getInt64();
    r.userId = st.getColumn(3).getInt64();
    r.mergedAt = sqlbind::toDateTime(st.getColumn(4));
    r.removedCard = parse(st.getColumn(5));
    r.keptBefore = parse(st.getColumn(6));
    r.moved = parse(st.getColumn(7));
    r.keptVersion = st.getColumn(8).getInt64();
    r.undoneAt = sqlbind::toDateTime(st.getColumn(9));
    r.undoneBy = st.getColumn(10).isNull() ? 0 : st.getColumn(10).getInt64();
    r.keptName = sqlbind::toQString(st.getColumn(11));
    r.removedName = r.removedCard.value(QStringLiteral("name")).toString();
    return r;
}

const char* const kSelect = "SELECT m.id, m.kept_id, m.removed_id, m.user_id, m.merged_at, m.removed_card, "
                            "m.kept_before, m.moved, m.kept_version, m.undone_at, m.undone_by, "
                            "(SELECT name FROM customers WHERE id = m.kept_id) FROM customer_merges m ";

} // namespace

QJsonObject MergeStore::cardRow(Session& session, qint64 customerId)
{
    SQLite::Statement st(session.db().sql(), "SELECT * FROM customers WHERE id = ?");
    st.bind(1, static_cast<int64_t>(customerId));
    QJsonObject row;
    if (!st.executeStep())
        return row;
    for (int i = 0; i < st.getColumnCount(); ++i) {
        const SQLite::Column column = st.getColumn(i);
        const QString name = QString::fromUtf8(st.getColumnName(i));
        if (column.isNull())
            row.insert(name, QJsonValue::Null);
        else if (column.isInteger())
            row.insert(name, static_cast<qint64>(column.getInt64()));
        else if (column.isFloat())
            row.insert(name, column.getDouble());
        else
            row.insert(name, sqlbind::toQString(column));
    }
    return row;
}

void MergeStore::restoreCard(Session& session, const QJsonObject& row)
{
    QStringList names = row.keys();
    QStringList marks;
    for (int i = 0; i < names.size(); ++i)
        marks << QStringLiteral("?");
    // The column names come from this table's own row (cardRow), never from the user.
    SQLite::Statement st(session.db().sql(), QStringLiteral("INSERT INTO customers (%1) VALUES (%2)")
                                                 .arg(names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
                                                 .toStdString());
    for (int i = 0; i < names.size(); ++i) {
        const QJsonValue value = row.value(names[i]);
        if (value.isNull())
            st.bind(i + 1);
        else if (value.isDouble()) {
            const double d = value.toDouble();
            if (d == static_cast<double>(value.toInteger()))
                st.bind(i + 1, static_cast<int64_t>(value.toInteger()));
            else
                st.bind(i + 1, d);
        } else
            st.bind(i + 1, value.toString().toStdString());
    }
    st.exec();
}

QJsonObject MergeStore::moveChildren(Session& session, qint64 fromId, qint64 toId)
{
    auto& db = session.db().sql();
    QJsonObject moved;
    for (const char* table : kOwnedTables) {
        const std::string t(table);
        const QJsonArray rows = ids(db, "SELECT id FROM " + t + " WHERE customer_id = ? ORDER BY id", fromId);
        moved.insert(QString::fromLatin1(table),
                     updateIds(db, updateVerb(t) + t + " SET customer_id = ? WHERE id = ?", rows, toId));
    }
    // The kept card keeps its own primary contact; the moved ones become secondary.
    {
        SQLite::Statement primaries(db, "SELECT count(*) FROM contacts WHERE customer_id = ? AND is_primary = 1");
        primaries.bind(1, static_cast<int64_t>(toId));
        primaries.executeStep();
        if (primaries.getColumn(0).getInt64() > 1) {
            const QJsonArray contacts = moved.value(QStringLiteral("contacts")).toArray();
            QJsonArray demoted;
            SQLite::Statement demote(db, "UPDATE contacts SET is_primary = 0 WHERE id = ? AND is_primary = 1");
            for (const auto& id : contacts) {
                demote.bind(1, static_cast<int64_t>(id.toInteger()));
                if (demote.exec() > 0)
                    demoted.append(id);
                demote.reset();
            }
            moved.insert(QStringLiteral("contacts_demoted"), demoted);
        }
    }
    // Cards that name the removed card as their referrer now name the kept one.
    const QJsonArray referred = ids(db, "SELECT id FROM customers WHERE referred_by_id = ?", fromId);
    updateIds(db, "UPDATE customers SET referred_by_id = ? WHERE id = ?", referred, toId);
    moved.insert(QStringLiteral("referred_by"), referred);
    // Composite keys: products held and relations the kept card already has stay as they are (the removed card's
    // row goes with it and comes back with an undo); the others move.
    QJsonArray products;
    {
        SQLite::Statement read(db, "SELECT product_id FROM customer_products WHERE customer_id = ? AND product_id "
                                   "NOT IN (SELECT product_id FROM customer_products WHERE customer_id = ?)");
        read.bind(1, static_cast<int64_t>(fromId));
        read.bind(2, static_cast<int64_t>(toId));
        while (read.executeStep())
            products.append(static_cast<qint64>(read.getColumn(0).getInt64()));
        SQLite::Statement move(db, "UPDATE customer_products SET customer_id = ? WHERE customer_id = ? AND "
                                   "product_id = ?");
        for (const auto& product : products) {
            move.bind(1, static_cast<int64_t>(toId));
            move.bind(2, static_cast<int64_t>(fromId));
            move.bind(3, static_cast<int64_t>(product.toInteger()));
            move.exec();
            move.reset();
        }
    }
    moved.insert(QStringLiteral("customer_products"), products);
    QJsonArray relations;
    {
        SQLite::Statement read(db, "SELECT rowid, customer_id, related_id FROM customer_relations "
                                   "WHERE (customer_id = ?1 OR related_id = ?1)");
        read.bind(1, static_cast<int64_t>(fromId));
        std::vector<std::tuple<int64_t, int64_t, int64_t>> rows;
        while (read.executeStep())
            rows.emplace_back(read.getColumn(0).getInt64(), read.getColumn(1).getInt64(), read.getColumn(2).getInt64());
        SQLite::Statement move(db, "UPDATE OR IGNORE customer_relations SET customer_id = ?, related_id = ? "
                                   "WHERE rowid = ?");
        for (const auto& [rowid, customer, related] : rows) {
            const int64_t newCustomer = customer == fromId ? toId : customer;
            const int64_t newRelated = related == fromId ? toId : related;
            if (newCustomer == newRelated)
                continue; // a relation between the two cards means nothing once they are one
            move.bind(1, newCustomer);
            move.bind(2, newRelated);
            move.bind(3, rowid);
            if (move.exec() > 0)
                relations.append(QJsonArray{static_cast<qint64>(rowid), static_cast<qint64>(customer),
                                            static_cast<qint64>(related)});
            move.reset();
        }
    }
    moved.insert(QStringLiteral("customer_relations"), relations);
    // What stays on the removed card goes with it when it is deleted; kept here so an undo brings it back.
    QJsonArray products_dropped;
    {
        SQLite::Statement read(db, "SELECT product_id, since, quantity, notes FROM customer_products "
                                   "WHERE customer_id = ?");
        read.bind(1, static_cast<int64_t>(fromId));
        while (read.executeStep())
            products_dropped.append(QJsonArray{
                static_cast<qint64>(read.getColumn(0).getInt64()),
                read.getColumn(1).isNull() ? QJsonValue() : QJsonValue(sqlbind::toQString(read.getColumn(1))),
                read.getColumn(2).getDouble(), sqlbind::toQString(read.getColumn(3))});
    }
    moved.insert(QStringLiteral("products_dropped"), products_dropped);
    QJsonArray relations_dropped;
    {
        SQLite::Statement read(db, "SELECT customer_id, related_id, kind, note FROM customer_relations "
                                   "WHERE customer_id = ?1 OR related_id = ?1");
        read.bind(1, static_cast<int64_t>(fromId));
        while (read.executeStep())
            relations_dropped.append(QJsonArray{
                static_cast<qint64>(read.getColumn(0).getInt64()), static_cast<qint64>(read.getColumn(1).getInt64()),
                sqlbind::toQString(read.getColumn(2)), sqlbind::toQString(read.getColumn(3))});
    }
    moved.insert(QStringLiteral("relations_dropped"), relations_dropped);
    return moved;
}

void MergeStore::moveBack(Session& session, const QJsonObject& moved, qint64 toId, qint64 fromId)
{
    auto& db = session.db().sql();
    for (const char* table : kOwnedTables) {
        const std::string t(table);
        // Only rows still on the kept card go back; one deleted since stays deleted.
        updateIds(db, updateVerb(t) + t + " SET customer_id = ? WHERE id = ? AND customer_id = " + std::to_string(toId),
                  moved.value(QString::fromLatin1(table)).toArray(), fromId);
    }
    SQLite::Statement promote(db, "UPDATE contacts SET is_primary = 1 WHERE id = ? AND customer_id = ?");
    for (const auto& id : moved.value(QStringLiteral("contacts_demoted")).toArray()) {
        promote.bind(1, static_cast<int64_t>(id.toInteger()));
        promote.bind(2, static_cast<int64_t>(fromId));
        promote.exec();
        promote.reset();
    }
    updateIds(db, "UPDATE customers SET referred_by_id = ? WHERE id = ? AND referred_by_id = " + std::to_string(toId),
              moved.value(QStringLiteral("referred_by")).toArray(), fromId);
    SQLite::Statement product(db, "UPDATE OR IGNORE customer_products SET customer_id = ? WHERE customer_id = ? AND "
                                  "product_id = ?");
    for (const auto& id : moved.value(QStringLiteral("customer_products")).toArray()) {
        product.bind(1, static_cast<int64_t>(fromId));
        product.bind(2, static_cast<int64_t>(toId));
        product.bind(3, static_cast<int64_t>(id.toInteger()));
        product.exec();
        product.reset();
    }
    SQLite::Statement product_back(db, "INSERT OR IGNORE INTO customer_products (customer_id, product_id, since, "
                                       "quantity, notes) VALUES (?, ?, ?, ?, ?)");
    for (const auto& value : moved.value(QStringLiteral("products_dropped")).toArray()) {
        const QJsonArray r = value.toArray();
        product_back.bind(1, static_cast<int64_t>(fromId));
        product_back.bind(2, static_cast<int64_t>(r.at(0).toInteger()));
        if (r.at(1).isNull())
            product_back.bind(3);
        else
            product_back.bind(3, r.at(1).toString().toStdString());
        product_back.bind(4, r.at(2).toDouble());
        product_back.bind(5, r.at(3).toString().toStdString());
        product_back.exec();
        product_back.reset();
    }
    SQLite::Statement relation_back(db, "INSERT OR IGNORE INTO customer_relations (customer_id, related_id, kind, "
                                        "note) VALUES (?, ?, ?, ?)");
    for (const auto& value : moved.value(QStringLiteral("relations_dropped")).toArray()) {
        const QJsonArray r = value.toArray();
        relation_back.bind(1, static_cast<int64_t>(r.at(0).toInteger()));
        relation_back.bind(2, static_cast<int64_t>(r.at(1).toInteger()));
        relation_back.bind(3, r.at(2).toString().toStdString());
        relation_back.bind(4, r.at(3).toString().toStdString());
        relation_back.exec();
        relation_back.reset();
    }
    SQLite::Statement relation(db, "UPDATE OR IGNORE customer_relations SET customer_id = ?, related_id = ? "
                                   "WHERE rowid = ?");
    for (const auto& value : moved.value(QStringLiteral("customer_relations")).toArray()) {
        const QJsonArray r = value.toArray();
        relation.bind(1, static_cast<int64_t>(r.at(1).toInteger()));
        relation.bind(2, static_cast<int64_t>(r.at(2).toInteger()));
        relation.bind(3, static_cast<int64_t>(r.at(0).toInteger()));
        relation.exec();
        relation.reset();
    }
}

void MergeStore::deleteCard(Session& session, qint64 customerId)
{
    SQLite::Statement st(session.db().sql(), "DELETE FROM customers WHERE id = ?");
    st.bind(1, static_cast<int64_t>(customerId));
    st.exec();
}

qint64 MergeStore::record(Session& session, const core::CustomerMergeRecord& merge)
{
    SQLite::Statement st(session.db().sql(),
                         "INSERT INTO customer_merges (kept_id, removed_id, user_id, merged_at, removed_card, "
                         "kept_before, moved, kept_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, static_cast<int64_t>(merge.keptId));
    st.bind(2, static_cast<int64_t>(merge.removedId));
    st.bind(3, static_cast<int64_t>(session.userId()));
    sqlbind::text(st, 4, Database::nowIso());
    sqlbind::text(st, 5, text(merge.removedCard));
    sqlbind::text(st, 6, text(merge.keptBefore));
    sqlbind::text(st, 7, text(merge.moved));
    st.bind(8, static_cast<int64_t>(merge.keptVersion));
    st.exec();
    return session.db().sql().getLastInsertRowid();
}

core::Result<core::CustomerMergeRecord> MergeStore::get(Session& session, qint64 mergeId)
{
    SQLite::Statement st(session.db().sql(), std::string(kSelect) + "WHERE m.id = ?");
    st.bind(1, static_cast<int64_t>(mergeId));
    if (!st.executeStep())
        return core::makeError(core::ErrorCode::NotFound, QStringLiteral("merge %1 does not exist").arg(mergeId),
                               QStringLiteral("merge"));
    return readRecord(st);
}

std::vector<core::CustomerMergeRecord> MergeStore::list(Session& session, int limit)
{
    // A merge is visible to whoever sees its kept card now; an admin sees every merge, also of cards gone since.
    const std::string scope = AccessScope::customerFilter(session, "c");
    const std::string where =
        session.isAdmin() ? std::string()
                          : "WHERE EXISTS (SELECT 1 FROM customers c WHERE c.id = m.kept_id AND " + scope + ") ";
    SQLite::Statement st(session.db().sql(), std::string(kSelect) + where + "ORDER BY m.id DESC LIMIT ?");
    st.bind(1, limit);
    std::vector<core::CustomerMergeRecord> out;
    while (st.executeStep())
        out.push_back(readRecord(st));
    return out;
}

void MergeStore::markUndone(Session& session, qint64 mergeId)
{
    SQLite::Statement st(session.db().sql(), "UPDATE customer_merges SET undone_at = ?, undone_by = ? WHERE id = ?");
    sqlbind::text(st, 1, Database::nowIso());
    st.bind(2, static_cast<int64_t>(session.userId()));
    st.bind(3, static_cast<int64_t>(mergeId));
    st.exec();
}

qint64 MergeStore::rowVersion(Session& session, qint64 customerId)
{
    SQLite::Statement st(session.db().sql(), "SELECT row_version FROM customers WHERE id = ?");
    st.bind(1, static_cast<int64_t>(customerId));
    return st.executeStep() ? st.getColumn(0).getInt64() : -1;
}

bool MergeStore::exists(Session& session, qint64 customerId)
{
    return rowVersion(session, customerId) >= 0;
}

} // namespace carddesk::storage
