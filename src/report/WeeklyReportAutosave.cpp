#include "report/WeeklyReportAutosave.h"

#include "report/WeeklyReportExport.h"
#include "services/OfficeSettings.h"
#include "services/WeeklyReview.h"
#include "storage/repositories/UserRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace carddesk::report {

core::Result<QString> WeeklyReportAutosave::saveLastWeek(storage::Session& session, const QDate& today)
{
    if (!session.isManager() && !session.isAdmin())
        return QString();
    const QString folder = services::OfficeSettings::value(session.db(), "report.pdf_folder").trimmed();
    if (folder.isEmpty())
        return QString();
    services::WeeklyReview review(session);
    const services::ReviewPeriod week = services::ReviewPeriod::lastFullWeek(today, review.firstDayOfWeek());
    // The file's name first: a start that finds it reads nothing more (the report is seconds of reads at 1 M).
    QString scope = QStringLiteral("office");
    if (session.user().areaId > 0) {
        auto areas = storage::UserRepository::areas(session);
        if (!areas)
            return areas.error();
        for (const core::Area& area : *areas)
            if (area.id == session.user().areaId)
                scope = area.name;
    }
    // The area's name is the user's own text: only characters that are safe in a file name are kept.
    scope.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    const QString path = QDir(folder).filePath(QStringLiteral("CardDesk-weekly-%1-%2.pdf").arg(week.label(), scope));
    if (QFileInfo::exists(path))
        return QString();
    auto report = review.build(week, {}, true);
    if (!report)
        return report.error();
    if (!QDir().mkpath(folder))
        return core::makeError(core::ErrorCode::InvalidArgument,
                               QStringLiteral("the report folder %1 cannot be created").arg(folder),
                               QStringLiteral("report.pdf_folder"));
    if (auto written = WeeklyReportExport::write(session, *report, WeeklyReportExport::Format::Pdf, path); !written)
        return written.error();
    return path;
}

} // namespace carddesk::report
