#pragma once

#include "core/Result.h"
#include "services/VisitSheet.h"
#include "storage/access/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

class QIODevice;
class QPagedPaintDevice;

namespace carddesk::report {

// A visit sheet or a card out of CardDesk, the same for the CLI and the window: as a PDF written beside the target
// and renamed over it only when complete (services::ExportFile), with one access-log entry per customer (action
// 'export') in the rename's transaction; or painted on a printer and logged as 'print'. A sheet with no visits is
// refused before anything is written, so no empty PDF is left. Error messages are in the reader's language (the
// CLI's --lang, the window's language): the CLI prints them as they are.
class VisitSheetExport
{
    Q_DECLARE_TR_FUNCTIONS(VisitSheetExport)

public:
    // InvalidArgument: no visits (field "date"), a path that cannot be written (field "pdf"); Internal without a
    // QGuiApplication.
    static core::Status writePdf(storage::Session& session, const services::VisitSheetData& data, const QString& path,
                                 const QDateTime& generatedAt = QDateTime::currentDateTime(),
                                 const QLocale& locale = QLocale());

    // The PDF alone on `device` (tests, benchmark).
    static core::Status paintPdf(const services::VisitSheetData& data, QIODevice& device, const QDateTime& generatedAt,
                                 const QLocale& locale = QLocale());

    // Logs a sheet or card that went to the printer (`printerName` in the detail); after the print dialog.
    static core::Status recordPrint(storage::Session& session, const services::VisitSheetData& data,
                                    const QString& printerName);

    // The messages for bad input, worded for the reader.
    static QString noVisits(const QDate& from, const QDate& to);
    static QString notADate(const QString& text);
};

} // namespace carddesk::report
