#include "storage/queries/ComplaintQueries.h"

#include "storage/repositories/ComplaintRow.h"

#include "storage/access/AccessScope.h"
#include "storage/db/LocalDay.h"
#include "storage/db/SqlBinding.h"
#include "storage/repositories/ComplaintRepository.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <limits>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

QString isoUtc(const QDateTime& value)
{
    return value.toUTC().toString(Qt::ISODate);
}

QDateTime nowUtc()
{
    return QDateTime::fromString(Database::nowIso(), Qt::ISODate);
}

// The first time each complaint reached "resolved"; reopened ones keep their first resolution.
const char* const kFirstResolved =
    "(SELECT min(h.at) FROM complaint_history h WHERE h.complaint_id = k.id AND h.to_status = 'resolved')";

void appendDateRange(std::string& where, std::vector<std::string>& values, const QDate& from, const QDate& to)
{
    // received_at is a UTC time; the range's days are the office's local days (LocalDay.h).
    if (from.isValid()) {
        where += " AND k.received_at >= ?";
        values.push_back(localDayStartUtc(from));
    }
    if (to.isValid()) {
        where += " AND k.received_at < ?";
        values.push_back(localDayStartUtc(to.addDays(1)));
    }
}

} // namespace

core::Result<std::vector<ComplaintListRow>> ComplaintQueries::list(const ComplaintFilter& filter)
{
    const QStringList& known = ComplaintRepository::statuses();
    for (const QString& status : filter.statuses)
        if (status != QLatin1String("open") && !known.contains(status))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("Status must be open or one of %1, not '%2'.")
                                 .arg(known.join(QStringLiteral(", ")), status),
                             QStringLiteral("status"));
    if (filter.level < 0 || filter.level > 4)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Level must be from 1 to 4."),
                         QStringLiteral("level"));
    const QDateTime asOf = filter.asOf.isValid() ? filter.asOf.toUTC() : nowUtc();
    const std::string asOfText = isoUtc(asOf).toStdString();

    std::string where = AccessScope::customerFilter(m_session, "c");
    std::vector<std::string> texts; // bound in order after the asOf parameter
    if (!filter.statuses.isEmpty()) {
        std::string any;
        for (const QString& status : filter.statuses) {
            if (!any.empty())
                any += " OR ";
            if (status == QLatin1String("open")) {
                any += "k.status NOT IN ('resolved', 'closed')";
            } else {
                any += "k.status = ?";
                texts.push_back(status.toStdString());
            }
        }
        where += " AND (" + any + ")";
    }
    if (filter.overdueOnly) {
        where += " AND k.status NOT IN ('resolved', 'closed') AND k.deadline < ?";
        texts.push_back(asOfText);
    }
    const int minEscalation = std::max(filter.minEscalationLevel, filter.escalatedOnly ? 1 : 0);
    if (minEscalation > 0)
        where += " AND k.escalation_level >= " + std::to_string(minEscalation);
    if (filter.categoryId > 0)
        where += " AND k.category_id = " + std::to_string(filter.categoryId);
    if (filter.level > 0)
        where += " AND k.level = " + std::to_string(filter.level);
    if (filter.ownerId > 0)
        where += " AND k.owner_id = " + std::to_string(filter.ownerId);
    if (filter.customerId > 0)
        where += " AND k.customer_id = " + std::to_string(filter.customerId);

    std::string sql = std::string("SELECT ") + ComplaintRow::columns() +
                      ", c.code, c.name, cat.name, coalesce(nullif(u.display_name, ''), u.username), ";
    sql += kFirstResolved;
    sql += " FROM complaints k JOIN customers c ON c.id = k.customer_id "
           "LEFT JOIN complaint_categories cat ON cat.id = k.category_id LEFT JOIN users u ON u.id = k.owner_id "
           "WHERE " +
           where + " ORDER BY k.received_at DESC, k.id DESC";
    if (filter.limit > 0)
        sql += " LIMIT " + std::to_string(filter.limit) + " OFFSET " + std::to_string(std::max(0, filter.offset));

    std::vector<ComplaintListRow> rows;
    auto status = m_session.db().read([&]() -> core::Status {
        SQLite::Statement q(m_session.db().sql(), sql);
        int index = 1;
        for (const std::string& text : texts)
            q.bind(index++, text);
        while (q.executeStep()) {
            ComplaintListRow row;
            row.complaint = ComplaintRow::read(q);
            const core::Complaint& c = row.complaint;
            row.customerCode = sqlbind::toQString(q.getColumn(17));
            row.customerName = sqlbind::toQString(q.getColumn(18));
            row.categoryName = sqlbind::toQString(q.getColumn(19));
            row.ownerName = sqlbind::toQString(q.getColumn(20));
            row.firstResolvedAt = sqlbind::toDateTime(q.getColumn(21));
            const bool open = c.status != QLatin1String("resolved") && c.status != QLatin1String("closed");
            row.overdue = open && c.deadline.isValid() && c.deadline < asOf;
            // An open complaint's age runs on, also after a reopening (it used to stop at the first resolution).
            const QDateTime end = !open && row.firstResolvedAt.isValid() ? row.firstResolvedAt : asOf;
            row.ageDays = std::max<qint64>(0, c.receivedAt.secsTo(end)) / 86400.0;
            rows.push_back(std::move(row));
        }
        return {};
    });
    if (!status)
        return status.error();
    return rows;
}

core::Result<std::vector<ComplaintCategoryCount>> ComplaintQueries::countsByCategory(const QDate& from, const QDate& to)
{
    std::string where = AccessScope::customerFilter(m_session, "c");
    std::vector<std::string> values;
    appendDateRange(where, values, from, to);
    std::vector<ComplaintCategoryCount> counts;
    auto status = m_session.db().read([&]() -> core::Status {
        SQLite::Statement q(m_session.db().sql(),
                            "SELECT k.category_id, cat.name, count(*) AS n FROM complaints k "
                            "JOIN customers c ON c.id = k.customer_id "
                            "LEFT JOIN complaint_categories cat ON cat.id = k.category_id WHERE " +
                                where + " GROUP BY k.category_id ORDER BY n DESC, cat.name");
        for (std::size_t i = 0; i < values.size(); ++i)
            q.bind(static_cast<int>(i) + 1, values[i]);
        while (q.executeStep()) {
            ComplaintCategoryCount count;
            count.categoryId = sqlbind::toId(q.getColumn(0));
            count.categoryName = sqlbind::toQString(q.getColumn(1));
            count.count = q.getColumn(2).getInt64();
            counts.push_back(std::move(count));
        }
        return {};
    });
    if (!status)
        return status.error();
    return counts;
}

core::Result<std::vector<ComplaintResolutionTime>> ComplaintQueries::resolutionTimes(const QDate& from, const QDate& to)
{
    std::string where = AccessScope::customerFilter(m_session, "c");
    std::vector<std::string> values;
    appendDateRange(where, values, from, to);
    std::vector<ComplaintResolutionTime> times;
    auto status = m_session.db().read([&]() -> core::Status {
        SQLite::Statement q(m_session.db().sql(),
                            std::string("SELECT * FROM (SELECT k.id, k.customer_id, k.category_id, k.level, "
                                        "k.received_at, ") +
                                kFirstResolved +
                                " AS resolved FROM complaints k JOIN customers c ON c.id = k.customer_id WHERE " +
                                where + ") WHERE resolved IS NOT NULL ORDER BY received_at, id");
        for (std::size_t i = 0; i < values.size(); ++i)
            q.bind(static_cast<int>(i) + 1, values[i]);
        while (q.executeStep()) {
            ComplaintResolutionTime time;
            time.complaintId = q.getColumn(0).getInt64();
            time.customerId = q.getColumn(1).getInt64();
            time.categoryId = sqlbind::toId(q.getColumn(2));
            time.level = q.getColumn(3).getInt();
            time.receivedAt = sqlbind::toDateTime(q.getColumn(4));
            time.resolvedAt = sqlbind::toDateTime(q.getColumn(5));
            time.hours = std::max<qint64>(0, time.receivedAt.secsTo(time.resolvedAt)) / 3600.0;
            times.push_back(std::move(time));
        }
        return {};
    });
    if (!status)
        return status.error();
    return times;
}

std::vector<ResolutionHistogramBin> ComplaintQueries::histogram(const std::vector<ComplaintResolutionTime>& times,
                                                                const std::vector<double>& edgesDays)
{
    std::vector<ResolutionHistogramBin> bins;
    double lower = 0;
    for (double edge : edgesDays) {
        bins.push_back({lower, edge, 0});
        lower = edge;
    }
    bins.push_back({lower, std::numeric_limits<double>::infinity(), 0});
    for (const ComplaintResolutionTime& time : times) {
        const double days = time.hours / 24.0;
        for (ResolutionHistogramBin& bin : bins)
            if (days >= bin.fromDays && days < bin.toDays) {
                ++bin.count;
                break;
            }
    }
    return bins;
}

} // namespace carddesk::storage
