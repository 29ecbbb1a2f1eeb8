#include "services/ComplaintExport.h"

#include "io/ComplaintFileColumns.h"
#include "services/ExportFile.h"
#include "services/ExportPolicy.h"

#include <QDir>
#include <QFileInfo>

namespace carddesk::services {

using io::TableFileWriter;

QString ComplaintExport::describe(const storage::ComplaintFilter& filter)
{
    QStringList parts;
    if (!filter.statuses.isEmpty())
        parts << QStringLiteral("status=%1").arg(filter.statuses.join(QLatin1Char(',')));
    if (filter.overdueOnly)
        parts << QStringLiteral("overdue");
    if (filter.escalatedOnly)
        parts << QStringLiteral("escalated");
    if (filter.minEscalationLevel > 0)
        parts << QStringLiteral("escalation>=%1").arg(filter.minEscalationLevel);
    if (filter.categoryId > 0)
        parts << QStringLiteral("category=%1").arg(filter.categoryId);
    if (filter.level > 0)
        parts << QStringLiteral("level=%1").arg(filter.level);
    if (filter.ownerId > 0)
        parts << QStringLiteral("owner=%1").arg(filter.ownerId);
    if (filter.customerId > 0)
        parts << QStringLiteral("customer=%1").arg(filter.customerId);
    if (filter.asOf.isValid())
        parts << QStringLiteral("as_of=%1").arg(filter.asOf.toUTC().toString(Qt::ISODate));
    return parts.isEmpty() ? QStringLiteral("all") : parts.join(QLatin1Char(' '));
}

core::Result<ExportOutcome> ComplaintExport::complaints(storage::Session& session,
                                                        const storage::ComplaintFilter& filter,
                                                        const ExportRequest& request)
{
    if (auto allowed = ExportPolicy::mayExport(session); !allowed)
        return allowed.error();
    storage::ComplaintFilter all = filter;
    all.offset = 0;
    all.limit = 0;
    // An office has thousands of complaints, not millions: the page's own query, read at once.
    auto rows = storage::ComplaintQueries(session).list(all);
    if (!rows)
        return rows.error();
    ExportFile file(request.path);
    if (auto prepared = file.prepare(); !prepared)
        return prepared.error();
    std::vector<TableFileWriter::Column> columns;
    for (const io::ComplaintFileColumns::Column& column : io::ComplaintFileColumns::all())
        columns.push_back({request.chinese ? QString::fromUtf8(column.chinese) : QString::fromLatin1(column.key),
                           column.width, column.number});
    auto writer = TableFileWriter::open(file.temporaryPath(), request.format, std::move(columns),
                                        request.chinese ? QStringLiteral("投诉") : QStringLiteral("Complaints"));
    if (!writer)
        return writer.error();
    ExportOutcome outcome;
    for (const storage::ComplaintListRow& row : *rows) {
        if (auto written = (*writer)->addRow(io::ComplaintFileColumns::cells(row, request.chinese)); !written)
            return written.error();
        ++outcome.rows;
        if (request.progress && outcome.rows % 200 == 0 && !request.progress(outcome.rows)) {
            outcome.cancelled = true;
            return outcome;
        }
    }
    outcome.records = outcome.rows;
    if (auto finished = (*writer)->finish(); !finished)
        return finished.error();
    outcome.detail = QStringLiteral("complaints; filter: %1; format=%2 lang=%3 rows=%4 file=%5")
                         .arg(describe(filter), TableFileWriter::formatName(request.format),
                              request.chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"))
                         .arg(outcome.rows)
                         .arg(QDir::toNativeSeparators(QFileInfo(request.path).absoluteFilePath()));
    if (auto committed = file.commit(session, 0, outcome.detail); !committed)
        return committed.error();
    if (request.progress)
        request.progress(outcome.rows);
    return outcome;
}

} // namespace carddesk::services
