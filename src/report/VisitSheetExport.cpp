#include "report/VisitSheetExport.h"

#include "report/VisitSheetPainter.h"
#include "services/ExportFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

namespace carddesk::report {

namespace {

core::Error cannotWrite(const QString& path, const QString& reason)
{
    return core::makeError(core::ErrorCode::InvalidArgument,
                           VisitSheetExport::tr("The PDF cannot be saved as %1: %2").arg(path, reason),
                           QStringLiteral("pdf"));
}

// Checked before any work, each reason in the reader's language.
core::Status checkTarget(const QString& path)
{
    if (path.trimmed().isEmpty())
        return cannotWrite(path, VisitSheetExport::tr("no file name was given."));
    const QFileInfo target(path);
    if (target.isDir())
        return cannotWrite(path, VisitSheetExport::tr("it is a folder."));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return cannotWrite(path, VisitSheetExport::tr("the folder %1 does not exist.")
                                     .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!folder.isWritable())
        return cannotWrite(path, VisitSheetExport::tr("the folder %1 may not be written to.")
                                     .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    return {};
}

} // namespace

QString VisitSheetExport::noVisits(const QDate& from, const QDate& to)
{
    if (from == to)
        return tr("No visits are planned on %1; no visit sheet was made.").arg(from.toString(Qt::ISODate));
    return tr("No visits are planned from %1 to %2; no visit sheet was made.")
        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QString VisitSheetExport::notADate(const QString& text)
{
    return tr("'%1' is not a date; write it as YYYY-MM-DD, for example 2026-12-07.").arg(text);
}

core::Status VisitSheetExport::paintPdf(const services::VisitSheetData& data, QIODevice& device,
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
    VisitSheetPainter painter(data, generatedAt, locale);
    writer.setTitle(painter.title() + QStringLiteral(" – ") + painter.coverage());
    if (!painter.paint(writer))
        return core::makeError(core::ErrorCode::InvalidArgument,
                               tr("The PDF cannot be written: %1").arg(device.errorString()), QStringLiteral("pdf"));
    return {};
}

core::Status VisitSheetExport::writePdf(storage::Session& session, const services::VisitSheetData& data,
                                        const QString& path, const QDateTime& generatedAt, const QLocale& locale)
{
    if (data.cards.empty())
        return core::makeError(core::ErrorCode::InvalidArgument, noVisits(data.from, data.to),
                               QStringLiteral("visits"));
    if (auto ok = checkTarget(path); !ok)
        return ok;
    services::ExportFile file(path);
    if (auto prepared = file.prepare(); !prepared)
        return cannotWrite(path, prepared.error().message);
    {
        QFile out(file.temporaryPath());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return cannotWrite(path, out.errorString());
        if (auto painted = paintPdf(data, out, generatedAt, locale); !painted)
            return painted;
        if (!out.flush() || out.error() != QFileDevice::NoError)
            return cannotWrite(path, out.errorString());
    }
    const QString detail =
        services::VisitSheet::describe(data) +
        QStringLiteral("; format=pdf file=%1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    if (auto committed = file.commit(session, data.customerIds(), detail); !committed)
        return cannotWrite(path, committed.error().message);
    return {};
}

core::Status VisitSheetExport::recordPrint(storage::Session& session, const services::VisitSheetData& data,
                                           const QString& printerName)
{
    const QString detail = services::VisitSheet::describe(data) + QStringLiteral("; printer=%1").arg(printerName);
    return session.db().write([&]() -> core::Status {
        services::VisitSheet(session).recordAccess(data, QStringLiteral("print"), detail);
        return {};
    });
}

} // namespace carddesk::report
