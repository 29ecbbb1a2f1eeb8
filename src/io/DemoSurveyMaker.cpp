#include "io/DemoSurveyMaker.h"

#include "storage/access/AuditTrail.h"
#include "storage/db/Database.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace carddesk::io {

namespace {

const char* const kComments[] = {"",
                                 "",
                                 "",
                                 "交货及时，质量稳定",
                                 "希望价格再优惠一些",
                                 "业务员服务很周到",
                                 "售后响应慢",
                                 "产品包装需要改进",
                                 "对贵公司印象很好",
                                 "发票开具太慢"};

} // namespace

core::Result<qint64> DemoSurveyMaker::make(storage::Database& db, quint64 seed, const QDate& today, qint64 userId)
{
    try {
        auto& sql = db.sql();
        // Per buying customer: owner, first contact, purchase days, last order, and the mean satisfaction of its
        // closed complaints (0: none asked). One pass over the orders' covering index.
        SQLite::Statement read(
            sql, "SELECT c.id, c.owner_id, (SELECT min(k.id) FROM contacts k WHERE k.customer_id = c.id), o.days, "
                 "o.last, (SELECT avg(p.satisfaction) FROM complaints p WHERE p.customer_id = c.id AND "
                 "p.status = 'closed' AND p.satisfaction > 0) FROM customers c JOIN (SELECT customer_id, "
                 "count(DISTINCT order_date) AS days, max(order_date) AS last FROM orders GROUP BY customer_id) o "
                 "ON o.customer_id = c.id ORDER BY c.id");
        SQLite::Statement insert(sql, "INSERT INTO satisfaction_surveys (customer_id, contact_id, surveyed_on, "
                                      "product_score, service_score, staff_score, image_score, comment, "
                                      "recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        std::mt19937_64 random(seed ^ 0x5a715fac7105ULL);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        std::normal_distribution<double> noise(0.0, 0.7);
        qint64 written = 0;
        while (read.executeStep()) {
            const qint64 customerId = read.getColumn(0).getInt64();
            const qint64 ownerId = storage::sqlbind::toId(read.getColumn(1));
            const qint64 contactId = storage::sqlbind::toId(read.getColumn(2));
            const int days = read.getColumn(3).getInt();
            const QDate last = storage::sqlbind::toDate(read.getColumn(4));
            const double complaint = read.getColumn(5).isNull() ? 0.0 : read.getColumn(5).getDouble();
            const double draw = unit(random);
            if (draw >= 0.33)
                continue;
            const int answered = draw < 0.04 ? 2 : 1;
            // Loyal buyers (several purchase days, one within the last half year) lean satisfied; the others lean
            // neutral. A closed complaint's satisfaction pulls the scores towards it.
            const bool buysOn = days >= 3 && last.isValid() && last.daysTo(today) <= 182;
            double centre = buysOn ? 4.0 : 3.3;
            if (complaint > 0)
                centre = (centre + complaint) / 2.0;
            // One customer in eight answers against the trend (a loyal one unhappy, a leaving one content).
            if (unit(random) < 0.125)
                centre = buysOn ? 2.4 : 4.3;
            for (int s = 0; s < answered; ++s) {
                const QDate on = today.addDays(-static_cast<qint64>(unit(random) * 364.0) - s * 180);
                int scores[4];
                for (int& score : scores)
                    score = std::clamp(static_cast<int>(std::lround(centre + noise(random))), 1, 5);
                const char* comment = kComments[static_cast<size_t>(unit(random) * std::size(kComments))];
                insert.bind(1, static_cast<int64_t>(customerId));
                storage::sqlbind::optionalId(insert, 2, contactId);
                storage::sqlbind::date(insert, 3, on);
                for (int a = 0; a < 4; ++a)
                    insert.bind(4 + a, scores[a]);
                insert.bind(8, comment);
                storage::sqlbind::optionalId(insert, 9, ownerId);
                insert.bind(10, on.toString(Qt::ISODate).toStdString() + "T02:00:00Z");
                insert.exec();
                insert.reset();
                ++written;
            }
        }
        if (written > 0)
            storage::AuditTrail::recordChange(
                db, userId, QStringLiteral("bulk_insert"), QStringLiteral("satisfaction_surveys"), 0, 0, QString(),
                QString(), QStringLiteral("demo data generated: %1 satisfaction_surveys").arg(written));
        return written;
    } catch (const std::exception& e) {
        return core::makeError(core::ErrorCode::Internal,
                               QStringLiteral("demo surveys: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace carddesk::io
