#include "storage/queries/PersonalDataQueries.h"

#include "storage/access/AccessScope.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <QJsonArray>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

// The rows of `sql` (one ?1 parameter: the id) as JSON objects keyed by column name; numbers stay numbers.
QJsonArray rows(SQLite::Database& db, const std::string& sql, qint64 id)
{
    QJsonArray out;
    SQLite::Statement q(db, sql);
    q.bind(1, static_cast<int64_t>(id));
    while (q.executeStep()) {
        QJsonObject row;
        for (int i = 0; i < q.getColumnCount(); ++i) {
            const SQLite::Column c = q.getColumn(i);
            const QString name = QString::fromUtf8(q.getColumnName(i));
            if (c.isNull())
                row.insert(name, QJsonValue::Null);
            else if (c.isInteger())
                row.insert(name, static_cast<qint64>(c.getInt64()));
            else if (c.isFloat())
                row.insert(name, c.getDouble());
            else
                row.insert(name, QString::fromUtf8(c.getText()));
        }
        out.append(row);
    }
    return out;
}

QJsonObject firstRow(SQLite::Database& db, const std::string& sql, qint64 id)
{
    const QJsonArray all = rows(db, sql, id);
    return all.isEmpty() ? QJsonObject() : all.first().toObject();
}

const char* const kAuditColumns = "SELECT a.at, u.username AS user, a.action, a.table_name, a.row_id, a.field, "
                                  "a.old_value, a.new_value FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ";

core::Status requireRole(Session& session)
{
    return AccessScope::requireRole(session, core::Role::Manager, QStringLiteral("exporting a person's data"));
}

} // namespace

core::Result<QJsonObject> PersonalDataQueries::customer(qint64 customerId)
{
    if (auto ok = requireRole(m_session); !ok)
        return ok.error();
    QJsonObject out;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        auto& db = m_session.db().sql();
        out.insert(QStringLiteral("kind"), QStringLiteral("customer"));
        out.insert(QStringLiteral("customer"),
                   firstRow(db,
                            "SELECT c.*, a.name AS area, u.username AS owner FROM customers c LEFT JOIN areas a ON "
                            "a.id = c.area_id LEFT JOIN users u ON u.id = c.owner_id WHERE c.id = ?1",
                            customerId));
        // search_text is derived from the rest; it would only repeat it.
        QJsonObject card = out.value(QStringLiteral("customer")).toObject();
        card.remove(QStringLiteral("search_text"));
        out.insert(QStringLiteral("customer"), card);
        out.insert(QStringLiteral("contacts"),
                   rows(db, "SELECT * FROM contacts WHERE customer_id = ?1 ORDER BY id", customerId));
        out.insert(QStringLiteral("interactions"),
                   rows(db,
                        "SELECT i.id, i.occurred_at, i.channel, i.contact_id, u.username AS user, i.summary, "
                        "i.next_follow_up FROM interactions i LEFT JOIN users u ON u.id = i.user_id "
                        "WHERE i.customer_id = ?1 ORDER BY i.occurred_at, i.id",
                        customerId));
        out.insert(QStringLiteral("visits"),
                   rows(db,
                        "SELECT v.id, v.planned_date, v.status, u.username AS user, v.purpose, v.result, v.done_at "
                        "FROM visits v LEFT JOIN users u ON u.id = v.user_id WHERE v.customer_id = ?1 "
                        "ORDER BY v.planned_date, v.id",
                        customerId));
        out.insert(QStringLiteral("complaints"),
                   rows(db,
                        "SELECT k.id, k.received_at, k.channel, g.name AS category, k.level, k.status, "
                        "k.contact_id, k.description, k.deadline, k.satisfaction, k.satisfaction_comment, "
                        "k.close_reason FROM complaints k LEFT JOIN complaint_categories g ON g.id = k.category_id "
                        "WHERE k.customer_id = ?1 ORDER BY k.received_at, k.id",
                        customerId));
        out.insert(QStringLiteral("satisfaction_surveys"),
                   rows(db,
                        "SELECT s.id, s.surveyed_on, s.contact_id, s.product_score, s.service_score, s.staff_score, "
                        "s.image_score, s.comment, u.username AS recorded_by FROM satisfaction_surveys s LEFT JOIN "
                        "users u ON u.id = s.recorded_by WHERE s.customer_id = ?1 ORDER BY s.surveyed_on, s.id",
                        customerId));
        out.insert(QStringLiteral("complaint_history"),
                   rows(db,
                        "SELECT h.complaint_id, h.at, h.from_status, h.to_status, u.username AS user, h.note "
                        "FROM complaint_history h JOIN complaints k ON k.id = h.complaint_id LEFT JOIN users u ON "
                        "u.id = h.user_id WHERE k.customer_id = ?1 ORDER BY h.at, h.id",
                        customerId));
        out.insert(QStringLiteral("orders"),
                   firstRow(db,
                            "SELECT count(*) AS count, coalesce(sum(amount), 0) AS amount, min(order_date) AS first, "
                            "max(order_date) AS last FROM orders WHERE customer_id = ?1",
                            customerId));
        out.insert(QStringLiteral("receivables"),
                   firstRow(db,
                            "SELECT count(*) AS count, coalesce(sum(amount), 0) AS amount, "
                            "coalesce(sum(paid_amount), 0) AS paid FROM receivables WHERE customer_id = ?1",
                            customerId));
        out.insert(QStringLiteral("payments"),
                   firstRow(db,
                            "SELECT count(*) AS count, coalesce(sum(p.amount), 0) AS amount FROM payments p JOIN "
                            "receivables r ON r.id = p.receivable_id WHERE r.customer_id = ?1",
                            customerId));
        out.insert(QStringLiteral("lifecycle_history"),
                   rows(db,
                        "SELECT changed_on, from_stage, to_stage, rule, manual, reason FROM lifecycle_history "
                        "WHERE customer_id = ?1 ORDER BY changed_on, id",
                        customerId));
        out.insert(QStringLiteral("audit"),
                   rows(db, std::string(kAuditColumns) + "WHERE a.customer_id = ?1 ORDER BY a.at, a.id", customerId));
        out.insert(QStringLiteral("access"),
                   rows(db,
                        "SELECT l.at, u.username AS user, l.action, l.detail FROM access_log l LEFT JOIN users u ON "
                        "u.id = l.user_id WHERE l.customer_id = ?1 ORDER BY l.at, l.id",
                        customerId));
        return {};
    });
    if (!status)
        return status.error();
    return out;
}

core::Result<QJsonObject> PersonalDataQueries::contact(qint64 contactId)
{
    if (auto ok = requireRole(m_session); !ok)
        return ok.error();
    QJsonObject out;
    auto status = m_session.db().read([&]() -> core::Status {
        auto& db = m_session.db().sql();
        SQLite::Statement owner(db, "SELECT customer_id FROM contacts WHERE id = ?");
        owner.bind(1, static_cast<int64_t>(contactId));
        const core::Error notFound = makeError(
            ErrorCode::NotFound, QStringLiteral("contact %1 does not exist or is not yours to see").arg(contactId));
        if (!owner.executeStep())
            return notFound;
        const qint64 customerId = owner.getColumn(0).getInt64();
        if (!AccessScope::requireCustomer(m_session, customerId))
            return notFound;
        out.insert(QStringLiteral("kind"), QStringLiteral("contact"));
        out.insert(QStringLiteral("contact"), firstRow(db, "SELECT * FROM contacts WHERE id = ?1", contactId));
        out.insert(QStringLiteral("customer"),
                   firstRow(db, "SELECT id, code, name FROM customers WHERE id = ?1", customerId));
        out.insert(QStringLiteral("interactions"),
                   rows(db,
                        "SELECT i.id, i.occurred_at, i.channel, u.username AS user, i.summary FROM interactions i "
                        "LEFT JOIN users u ON u.id = i.user_id WHERE i.contact_id = ?1 ORDER BY i.occurred_at, i.id",
                        contactId));
        out.insert(QStringLiteral("complaints"),
                   rows(db,
                        "SELECT id, received_at, channel, level, status, description FROM complaints "
                        "WHERE contact_id = ?1 ORDER BY received_at, id",
                        contactId));
        out.insert(QStringLiteral("satisfaction_surveys"),
                   rows(db,
                        "SELECT id, surveyed_on, product_score, service_score, staff_score, image_score, comment "
                        "FROM satisfaction_surveys WHERE contact_id = ?1 ORDER BY surveyed_on, id",
                        contactId));
        out.insert(
            QStringLiteral("audit"),
            rows(db,
                 std::string(kAuditColumns) + "WHERE a.table_name = 'contacts' AND a.row_id = ?1 ORDER BY a.at, a.id",
                 contactId));
        return {};
    });
    if (!status)
        return status.error();
    return out;
}

} // namespace carddesk::storage
