#pragma once

#include "core/Result.h"
#include "services/WeeklyReview.h"

#include <QDateTime>
#include <QLocale>

class QIODevice;

namespace carddesk::report {

// The weekly report as a PDF: A4 portrait, WeeklyReportPainter's drawing, fonts embedded (QPdfWriter embeds the
// subset of every font it draws with, WenQuanYi Micro Hei for Chinese). Needs a QGuiApplication (fonts); any thread.
class WeeklyReportPdf
{
public:
    // Writes to `device` (open for writing); InvalidArgument when the device cannot be painted on, Internal when
    // there is no QGuiApplication.
    static core::Status write(const services::WeeklyReport& report, QIODevice& device, const QDateTime& generatedAt,
                              const QLocale& locale = QLocale());
};

} // namespace carddesk::report
