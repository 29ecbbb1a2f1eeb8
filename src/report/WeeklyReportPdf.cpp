#include "report/WeeklyReportPdf.h"

#include "report/WeeklyReportPainter.h"
#include "report/WeeklyReportTables.h"

#include <QGuiApplication>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

namespace carddesk::report {

core::Status WeeklyReportPdf::write(const services::WeeklyReport& report, QIODevice& device,
                                    const QDateTime& generatedAt, const QLocale& locale)
{
    // Fonts need the GUI half of Qt (QtGui's font database); a QCoreApplication alone would abort in QFont.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return core::makeError(core::ErrorCode::Internal, QStringLiteral("PDF output needs a QGuiApplication."));
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("CardDesk"));
    writer.setTitle(WeeklyReportTables::title(report) + QStringLiteral(" – ") + WeeklyReportTables::scope(report));
    WeeklyReportPainter painter(report, generatedAt, locale);
    if (!painter.paint(writer))
        return core::makeError(core::ErrorCode::InvalidArgument,
                               QStringLiteral("The PDF cannot be written: %1").arg(device.errorString()),
                               QStringLiteral("pdf"));
    return {};
}

} // namespace carddesk::report
