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

core::Status WeeklyReportExport::write(storage::Session& session, const services::WeeklyReport& report, Format format,
                                       const QString& path, const QDateTime& generatedAt, const QLocale& locale)
{
    const QString field = formatName(format);
    auto cannotWrite = [&](const QString& reason) {
        return core::makeError(core::ErrorCode::InvalidArgument,
                               QStringLiteral("Cannot write the report to '%1': %2").arg(path, reason), field);
    };
    if (path.trimmed().isEmpty())
        return cannotWrite(QStringLiteral("no file name given"));
    if (QFileInfo(path).isDir())
        return cannotWrite(QStringLiteral("it is a folder"));
    QSaveFile file(path);
    // Never write in place: a crash or a full disk would leave half a report under the real name.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());

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
            return cannotWrite(reason);
        }
    }
    return services::WeeklyReview(session).recordExport(report, field, [&]() -> core::Status {
        if (!file.commit())
            return cannotWrite(file.errorString());
        return {};
    });
}

} // namespace carddesk::report
