#pragma once

#include "core/Result.h"
#include "services/WeeklyReview.h"
#include "storage/access/Session.h"

#include <QDateTime>
#include <QLocale>

namespace carddesk::report {

// Saving the weekly report as a file, the same for the CLI and the window: the file is written beside the target
// under a temporary name and renamed over it only when complete (QSaveFile), and the export is recorded in the
// access log in the same transaction as that rename, so a failed export leaves neither a partial file nor a log
// entry. Any thread (a PDF needs a QGuiApplication to exist).
class WeeklyReportExport
{
public:
    enum class Format
    {
        Pdf,
        Xlsx
    };

    static QString formatName(Format format); // "pdf", "xlsx": the CLI's option and the access log's detail

    // InvalidArgument (field "pdf" or "xlsx") when the file cannot be written at `path` (no such folder, no
    // permission, a folder of that name).
    static core::Status write(storage::Session& session, const services::WeeklyReport& report, Format format,
                              const QString& path, const QDateTime& generatedAt = QDateTime::currentDateTime(),
                              const QLocale& locale = QLocale());
};

} // namespace carddesk::report
