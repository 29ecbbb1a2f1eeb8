#include "report/WeeklyReportExport.h"

#include "report/WeeklyReportPdf.h"
#include "report/WeeklyReportXlsx.h"

#include <QFileInfo>
#include <QSaveFile>

namespace carddesk::report {

QString WeeklyReportExport::formatName(Format format)
{
    return format == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("xlsx");
}

namespace {
core::Error cannotWrite(WeeklyReportExport::Format format, const QString& path, const QString& reason)
{
    return core::makeError(core::ErrorCode::InvalidArgument,
                           QStringLiteral("Cannot write the report to '%1': %2").arg(path, reason),
                           WeeklyReportExport::formatName(format));
}
} // namespace

core::Status WeeklyReportExport::checkTarget(Format format, const QString& path)
{
    if (path.trimmed().isEmpty())
        return cannotWrite(format, path, QStringLiteral("no file name given"));
    const QFileInfo target(path);
    if (target.isDir())
        return cannotWrite(format, path, QStringLiteral("it is a folder"));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return cannotWrite(format, path, QStringLiteral("the folder does not exist"));
    if (!folder.isWritable())
        return cannotWrite(format, path, QStringLiteral("the folder may not be written to"));
    return {};
}

core::Status WeeklyReportExport::write(storage::Session& session, const services::WeeklyReport& report, Format format,
                                       const QString& path, const QDateTime& generatedAt, const QLocale& locale)
{
    if (auto ok = checkTarget(format, path); !ok)
        return ok;
    QSaveFile file(path);
    // Never write in place: a crash or a full disk would leave half a report under the real name.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(format, path, file.errorString());

    if (format == Format::Pdf) {
        if (auto written = WeeklyReportPdf::write(report, file, generatedAt, locale); !written) {
            file.cancelWriting();
            return written;
        }
    } else {
        auto bytes = WeeklyReportXlsx::build(report, generatedAt, locale);
        if (!bytes) {
            file.cancelWriting();
            return bytes.error();
        }
        if (file.write(*bytes) != bytes->size()) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return cannotWrite(format, path, reason);
        }
    }
    return services::WeeklyReview(session).recordExport(report, formatName(format), [&]() -> core::Status {
        if (!file.commit())
            return cannotWrite(format, path, file.errorString());
        return {};
    });
}

} // namespace carddesk::report
