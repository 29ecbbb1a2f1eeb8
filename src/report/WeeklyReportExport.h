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

    // Whether a file can be written at `path`, checked before any work (so that of two files asked for, neither is
    // written when one cannot be): InvalidArgument (field "pdf" or "xlsx") for an empty name, a folder of that
    // name, a folder that does not exist or may not be written to.
    static core::Status checkTarget(Format format, const QString& path);

    // checkTarget's errors, and the same when writing fails after all.
    static core::Status write(storage::Session& session, const services::WeeklyReport& report, Format format,
                              const QString& path, const QDateTime& generatedAt = QDateTime::currentDateTime(),
                              const QLocale& locale = QLocale());
};

} // namespace carddesk::report
