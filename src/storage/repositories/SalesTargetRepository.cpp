#include "storage/repositories/SalesTargetRepository.h"

#include "storage/access/AccessScope.h"
#include "storage/access/AuditTrail.h"
#include "storage/db/Database.h"
#include "storage/queries/WeeklyReviewQueries.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cmath>
#include <set>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

QString money(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

core::Status SalesTargetRepository::set(const std::vector<core::SalesTarget>& targets)
{
    if (auto allowed = AccessScope::requireRole(m_session, core::Role::Manager, QStringLiteral("Setting targets"));
        !allowed)
        return allowed;
    for (const core::SalesTarget& t : targets) {
        if (t.year < 2000 || t.year > 2100)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1 is not a year from 2000 to 2100.").arg(t.year), QStringLiteral("year"));
        if (t.month < 1 || t.month > 12)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is not a month from 1 to 12.").arg(t.month),
                             QStringLiteral("month"));
        for (const auto& [value, field] : {std::pair{t.sales, "sales"}, std::pair{t.collections, "collections"}})
            if (!std::isfinite(value) || value < 0 || value > kMaxAmount)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("A target must be an amount from 0 to %1.").arg(kMaxAmount, 0, 'f', 0),
                                 QString::fromLatin1(field));
        if ((t.repId > 0) == (t.areaId > 0))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("A target is for one rep or for one area."),
                             QStringLiteral("user"));
    }
    // Whose targets the caller may set: a manager their area's reps, the administrator any rep or area.
    std::set<qint64> reps;
    auto reviewed = WeeklyReviewQueries(m_session).reps(0);
    if (!reviewed)
        return reviewed.error();
    for (const ReviewRep& rep : *reviewed)
        reps.insert(rep.id);
    for (const core::SalesTarget& t : targets) {
        if (t.repId > 0 && !reps.contains(t.repId))
            return makeError(ErrorCode::AccessDenied, QStringLiteral("User %1 is not a rep you review.").arg(t.repId),
                             QStringLiteral("user"));
        if (t.areaId > 0 && !m_session.isAdmin())
            return makeError(ErrorCode::AccessDenied, QStringLiteral("Only the administrator sets an area's targets."),
                             QStringLiteral("area"));
    }
    return m_session.db().write([&]() -> core::Status {
        SQLite::Database& db = m_session.db().sql();
        for (const core::SalesTarget& t : targets) {
            const char* owner = t.repId > 0 ? "rep_id" : "area_id";
            const qint64 ownerId = t.repId > 0 ? t.repId : t.areaId;
            SQLite::Statement find(db, std::string("SELECT id, sales, collections FROM sales_targets WHERE ") + owner +
                                           " = ? AND year = ? AND month = ?");
            find.bind(1, static_cast<int64_t>(ownerId));
            find.bind(2, t.year);
            find.bind(3, t.month);
            qint64 id = 0;
            double oldSales = 0;
            double oldCollections = 0;
            const bool exists = find.executeStep();
            if (exists) {
                id = find.getColumn(0).getInt64();
                oldSales = find.getColumn(1).getDouble();
                oldCollections = find.getColumn(2).getDouble();
                SQLite::Statement update(db, "UPDATE sales_targets SET sales = ?, collections = ?, set_by = ?, "
                                             "set_at = ? WHERE id = ?");
                update.bind(1, t.sales);
                update.bind(2, t.collections);
                update.bind(3, static_cast<int64_t>(m_session.userId()));
                update.bind(4, Database::nowIso().toStdString());
                update.bind(5, static_cast<int64_t>(id));
                update.exec();
            } else {
                SQLite::Statement insert(db, std::string("INSERT INTO sales_targets (") + owner +
                                                 ", year, month, sales, collections, set_by, set_at) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?)");
                insert.bind(1, static_cast<int64_t>(ownerId));
                insert.bind(2, t.year);
                insert.bind(3, t.month);
                insert.bind(4, t.sales);
                insert.bind(5, t.collections);
                insert.bind(6, static_cast<int64_t>(m_session.userId()));
                insert.bind(7, Database::nowIso().toStdString());
                insert.exec();
                id = db.getLastInsertRowid();
            }
            const QString action = exists ? QStringLiteral("update") : QStringLiteral("insert");
            if (!exists || oldSales != t.sales)
                AuditTrail::recordChange(m_session.db(), m_session.userId(), action, QStringLiteral("sales_targets"),
                                         id, 0, QStringLiteral("sales"), exists ? money(oldSales) : QString(),
                                         money(t.sales));
            if (!exists || oldCollections != t.collections)
                AuditTrail::recordChange(m_session.db(), m_session.userId(), action, QStringLiteral("sales_targets"),
                                         id, 0, QStringLiteral("collections"),
                                         exists ? money(oldCollections) : QString(), money(t.collections));
        }
        return {};
    });
}

core::Result<std::vector<core::SalesTarget>> SalesTargetRepository::forYear(int year)
{
    auto reviewed = WeeklyReviewQueries(m_session).reps(0);
    if (!reviewed)
        return reviewed.error();
    std::set<qint64> reps;
    for (const ReviewRep& rep : *reviewed)
        reps.insert(rep.id);
    std::vector<core::SalesTarget> targets;
    try {
        SQLite::Statement q(m_session.db().sql(), "SELECT coalesce(rep_id, 0), coalesce(area_id, 0), month, sales, "
                                                  "collections FROM sales_targets WHERE year = ? ORDER BY rep_id, "
                                                  "area_id, month");
        q.bind(1, year);
        while (q.executeStep()) {
            core::SalesTarget t;
            t.repId = q.getColumn(0).getInt64();
            t.areaId = q.getColumn(1).getInt64();
            t.year = year;
            t.month = q.getColumn(2).getInt();
            t.sales = q.getColumn(3).getDouble();
            t.collections = q.getColumn(4).getDouble();
            const bool visible =
                t.repId > 0 ? reps.contains(t.repId)
                            : m_session.isAdmin() || (m_session.isManager() && t.areaId == m_session.user().areaId);
            if (visible)
                targets.push_back(t);
        }
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
    return targets;
}

} // namespace carddesk::storage
