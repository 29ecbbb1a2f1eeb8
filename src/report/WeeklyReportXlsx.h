#pragma once

#include "core/Result.h"
#include "services/WeeklyReview.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>

namespace carddesk::report {

// The weekly report as an Excel workbook (libxlsxwriter): a first sheet naming office, area, period and generation
// time, then one sheet per table of the report (the summary tables and every rep's figures). Numbers are stored
// as numbers with a number format; text is stored as text, and text a spreadsheet would take for a formula is
// neutralised. No Qt GUI needed; any thread.
class WeeklyReportXlsx
{
public:
    static core::Result<QByteArray> build(const services::WeeklyReport& report, const QDateTime& generatedAt,
                                          const QLocale& locale = QLocale());

    // Text that begins with = + - @ (or a tab or carriage return) gets a leading apostrophe, so that neither
    // Excel nor LibreOffice runs it as a formula when the cell is edited or the sheet is saved as CSV (formula
    // injection); numbers and phone numbers (+86 138 0013 8000) and other text are returned unchanged.
    static QString neutralised(const QString& text);
};

} // namespace carddesk::report
