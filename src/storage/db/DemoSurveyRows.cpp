#include "storage/db/DemoSurveyRows.h"

#include "storage/access/AuditTrail.h"
#include "storage/db/Database.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

core::Result<qint64> DemoSurveyRows::write(Database& db, const Draw& draw, qint64 userId)
{
    try {
        auto& sql = db.sql();
        SQLite::Statement read(
            sql, "SELECT c.id, c.owner_id, (SELECT min(k.id) FROM contacts k WHERE k.customer_id = c.id), o.days, "
                 "o.last, (SELECT avg(p.satisfaction) FROM complaints p WHERE p.customer_id = c.id AND "
                 "p.status = 'closed' AND p.satisfaction > 0) FROM customers c JOIN (SELECT customer_id, "
                 "count(DISTINCT order_date) AS days, max(order_date) AS last FROM orders GROUP BY customer_id) o "
                 "ON o.customer_id = c.id ORDER BY c.id");
        SQLite::Statement insert(sql, "INSERT INTO satisfaction_surveys (customer_id, contact_id, surveyed_on, "
                                      "product_score, service_score, staff_score, image_score, comment, "
                                      "recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        qint64 written = 0;
        std::vector<DemoSurveyRow> answers;
        while (read.executeStep()) {
            DemoSurveyCustomer customer;
            customer.customerId = read.getColumn(0).getInt64();
            customer.ownerId = sqlbind::toId(read.getColumn(1));
            customer.contactId = sqlbind::toId(read.getColumn(2));
            customer.purchaseDays = read.getColumn(3).getInt();
            customer.lastOrder = sqlbind::toDate(read.getColumn(4));
            customer.complaintSatisfaction = read.getColumn(5).isNull() ? 0.0 : read.getColumn(5).getDouble();
            answers.clear();
            draw(customer, answers);
            for (const DemoSurveyRow& survey : answers) {
                insert.bind(1, static_cast<int64_t>(customer.customerId));
                sqlbind::optionalId(insert, 2, customer.contactId);
                sqlbind::date(insert, 3, survey.on);
                for (int a = 0; a < 4; ++a)
                    insert.bind(4 + a, survey.scores[static_cast<std::size_t>(a)]);
                insert.bind(8, survey.comment.toStdString());
                sqlbind::optionalId(insert, 9, customer.ownerId);
                insert.bind(10, survey.on.toString(Qt::ISODate).toStdString() + "T02:00:00Z");
                insert.exec();
                insert.reset();
                ++written;
            }
        }
        if (written > 0)
            AuditTrail::recordChange(db, userId, QStringLiteral("bulk_insert"), QStringLiteral("satisfaction_surveys"),
                                     0, 0, QString(), QString(),
                                     QStringLiteral("demo data generated: %1 satisfaction_surveys").arg(written));
        return written;
    } catch (const std::exception& e) {
        return core::makeError(core::ErrorCode::Internal,
                               QStringLiteral("demo surveys: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace carddesk::storage
