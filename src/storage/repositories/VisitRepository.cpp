#include "storage/repositories/VisitRepository.h"

#include "storage/access/AccessScope.h"
#include "storage/access/RowAudit.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;
using core::Visit;

namespace {

const QString kTable = QStringLiteral("visits");
const char* const kColumns = "v.id, v.customer_id, v.user_id, v.planned_date, v.status, v.purpose, v.result, v.done_at";

Visit readVisit(SQLite::Statement& q)
{
    Visit v;
    v.id = q.getColumn(0).getInt64();
    v.customerId = q.getColumn(1).getInt64();
    v.userId = sqlbind::toId(q.getColumn(2));
    v.plannedDate = sqlbind::toDate(q.getColumn(3));
    v.status = sqlbind::toQString(q.getColumn(4));
    v.purpose = sqlbind::toQString(q.getColumn(5));
    v.result = sqlbind::toQString(q.getColumn(6));
    v.doneAt = sqlbind::toDateTime(q.getColumn(7));
    return v;
}

std::optional<Visit> findVisit(Database& db, qint64 id)
{
    SQLite::Statement q(db.sql(), std::string("SELECT ") + kColumns + " FROM visits v WHERE v.id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep())
        return std::nullopt;
    return readVisit(q);
}

RowAudit::Fields visitFields(const Visit& v)
{
    return {{QStringLiteral("user_id"), v.userId > 0 ? QString::number(v.userId) : QString()},
            {QStringLiteral("planned_date"), v.plannedDate.toString(Qt::ISODate)},
            {QStringLiteral("status"), v.status},
            {QStringLiteral("purpose"), v.purpose},
            {QStringLiteral("result"), v.result},
            {QStringLiteral("done_at"), v.doneAt.isValid() ? v.doneAt.toUTC().toString(Qt::ISODate) : QString()}};
}

} // namespace

core::Result<std::vector<Visit>> VisitRepository::listForCustomer(qint64 customerId)
{
    std::vector<Visit> visits;
    auto status = m_session.db().read([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, customerId); !ok)
            return ok;
        SQLite::Statement q(m_session.db().sql(), std::string("SELECT ") + kColumns +
                                                      " FROM visits v WHERE v.customer_id = ? "
                                                      "ORDER BY v.planned_date DESC, v.id DESC");
        q.bind(1, static_cast<int64_t>(customerId));
        while (q.executeStep())
            visits.push_back(readVisit(q));
        return {};
    });
    if (!status)
        return status.error();
    return visits;
}

core::Result<std::vector<core::VisitPlanEntry>> VisitRepository::listForUser(qint64 userId, const QDate& from,
                                                                             const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A date range (from ≤ to) is required."),
                         QStringLiteral("from"));
    if (userId <= 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A user is required."), QStringLiteral("user"));
    return listInRange(from, to, userId);
}

core::Result<std::vector<core::VisitPlanEntry>> VisitRepository::listInRange(const QDate& from, const QDate& to,
                                                                             qint64 userId)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A date range (from ≤ to) is required."),
                         QStringLiteral("from"));
    return listWhere("v.planned_date BETWEEN ? AND ?", from, to, userId);
}

core::Result<std::vector<core::VisitPlanEntry>> VisitRepository::listPlannedBefore(const QDate& before, qint64 userId)
{
    if (!before.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A day is required."), QStringLiteral("date"));
    return listWhere("v.status = 'planned' AND v.planned_date < ?", before, {}, userId);
}

core::Result<std::vector<core::VisitPlanEntry>>
VisitRepository::listWhere(const std::string& condition, const QDate& from, const QDate& to, qint64 userId)
{
    try {
        SQLite::Statement q(m_session.db().sql(),
                            std::string("SELECT ") + kColumns +
                                ", c.name, c.address, c.phone, c.code FROM visits v JOIN customers c ON c.id = "
                                "v.customer_id WHERE " +
                                (userId > 0 ? "v.user_id = ? AND " : "") + condition + " AND " +
                                AccessScope::customerFilter(m_session, "c") + " ORDER BY v.planned_date, c.name, v.id");
        int index = 1;
        if (userId > 0)
            q.bind(index++, static_cast<int64_t>(userId));
        sqlbind::date(q, index++, from);
        if (to.isValid())
            sqlbind::date(q, index, to);
        std::vector<core::VisitPlanEntry> rows;
        while (q.executeStep()) {
            core::VisitPlanEntry row;
            row.visit = readVisit(q);
            row.customerName = sqlbind::toQString(q.getColumn(8));
            row.customerAddress = sqlbind::toQString(q.getColumn(9));
            row.customerPhone = sqlbind::toQString(q.getColumn(10));
            row.customerCode = sqlbind::toQString(q.getColumn(11));
            rows.push_back(std::move(row));
        }
        return rows;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

core::Result<Visit> VisitRepository::get(qint64 visitId)
{
    std::optional<Visit> found;
    auto status = m_session.db().read([&]() -> core::Status {
        found = findVisit(m_session.db(), visitId);
        if (!found || !AccessScope::requireCustomer(m_session, found->customerId))
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("visit %1 does not exist or is not yours to see").arg(visitId));
        return {};
    });
    if (!status)
        return status.error();
    return *found;
}

core::Result<Visit> VisitRepository::plan(Visit visit)
{
    visit.purpose = visit.purpose.trimmed();
    visit.status = QStringLiteral("planned");
    visit.result.clear();
    visit.doneAt = {};
    if (visit.userId == 0)
        visit.userId = m_session.userId();
    if (!visit.plannedDate.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A planned date is required."),
                         QStringLiteral("planned_date"));
    auto status = m_session.db().write([&]() -> core::Status {
        if (auto ok = AccessScope::requireCustomer(m_session, visit.customerId); !ok)
            return ok;
        if (visit.userId != m_session.userId()) {
            if (auto ok = AccessScope::requireAssignableOwner(m_session, visit.userId); !ok)
                return makeError(ok.error().code, ok.error().message, QStringLiteral("user"));
            // A rep sees only their own customers: a visit planned for them to another's customer would be in
            // nobody's day.
            SQLite::Statement rep(m_session.db().sql(),
                                  "SELECT u.username FROM users u, customers c WHERE u.id = ?1 AND c.id = ?2 AND "
                                  "u.role = 'rep' AND c.owner_id IS NOT ?1");
            rep.bind(1, static_cast<int64_t>(visit.userId));
            rep.bind(2, static_cast<int64_t>(visit.customerId));
            if (rep.executeStep())
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("%1 is not this customer's rep and would not see the visit; plan it "
                                                "for the customer's rep, or reassign the customer first")
                                     .arg(sqlbind::toQString(rep.getColumn(0))),
                                 QStringLiteral("user"));
        }
        auto& db = m_session.db().sql();
        SQLite::Statement st(db, "INSERT INTO visits (customer_id, user_id, planned_date, status, purpose) "
                                 "VALUES (?, ?, ?, 'planned', ?)");
        st.bind(1, static_cast<int64_t>(visit.customerId));
        sqlbind::optionalId(st, 2, visit.userId);
        sqlbind::date(st, 3, visit.plannedDate);
        sqlbind::text(st, 4, visit.purpose);
        st.exec();
        visit.id = db.getLastInsertRowid();
        RowAudit::inserted(m_session, kTable, visit.id, visit.customerId, visitFields(visit));
        return {};
    });
    if (!status)
        return status.error();
    return visit;
}

core::Result<Visit> VisitRepository::markDone(qint64 visitId, const QString& result)
{
    if (result.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The result of the visit is required."),
                         QStringLiteral("result"));
    return finish(visitId, QStringLiteral("done"), result.trimmed());
}

core::Result<Visit> VisitRepository::cancel(qint64 visitId, const QString& reason)
{
    return finish(visitId, QStringLiteral("cancelled"), reason.trimmed());
}

core::Result<Visit> VisitRepository::finish(qint64 visitId, const QString& status, const QString& result)
{
    std::optional<Visit> stored;
    auto written = m_session.db().write([&]() -> core::Status {
        const std::optional<Visit> current = findVisit(m_session.db(), visitId);
        const core::Error notFound = makeError(
            ErrorCode::NotFound, QStringLiteral("visit %1 does not exist or is not yours to see").arg(visitId));
        if (!current)
            return notFound;
        if (auto ok = AccessScope::requireCustomer(m_session, current->customerId); !ok)
            return notFound;
        if (current->status != QLatin1String("planned"))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("visit %1 is %2; only a planned visit can be %3")
                                 .arg(visitId)
                                 .arg(current->status, status),
                             QStringLiteral("status"));
        Visit visit = *current;
        visit.status = status;
        visit.result = result;
        if (status == QLatin1String("done"))
            visit.doneAt = QDateTime::fromString(Database::nowIso(), Qt::ISODate);
        SQLite::Statement st(
            m_session.db().sql(),
            "UPDATE visits SET status = ?, result = ?, done_at = ? WHERE id = ? AND status = 'planned'");
        sqlbind::text(st, 1, visit.status);
        sqlbind::text(st, 2, visit.result);
        sqlbind::dateTime(st, 3, visit.doneAt);
        st.bind(4, static_cast<int64_t>(visitId));
        st.exec();
        RowAudit::updated(m_session, kTable, visitId, visit.customerId, visitFields(*current), visitFields(visit));
        stored = visit;
        return {};
    });
    if (!written)
        return written.error();
    return *stored;
}

} // namespace carddesk::storage
