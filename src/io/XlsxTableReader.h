#pragma once

#include "core/Result.h"
#include "io/ImportTable.h"

#include <QDate>
#include <QString>

namespace carddesk::io {

// Reads one sheet of an .xlsx workbook into an ImportTable without Excel: the zip through libzip, the XML through
// QXmlStreamReader. Shared and inline strings, numbers (integers without ".0", others with up to 15 digits),
// booleans (TRUE/FALSE), dates as Excel stores them (a serial number in a cell with a date format, read as
// yyyy-MM-dd, with Excel's 1900 leap-year bug and the 1904 date system), formulas as their saved result. Merged
// cells, formulas without a saved result, error values (#N/A...) become ImportTable::cellProblems naming the cell.
// A file that is not a zip, a damaged zip, a zip that is no workbook and a sheet that does not exist are refused.
class XlsxTableReader
{
public:
    struct Options
    {
        QString sheet; // a sheet's name or its number (1 = first); empty: the first sheet
        qint64 maxFileBytes = qint64(1) << 30;
        qint64 maxPartBytes = qint64(1) << 30; // uncompressed size of one XML part (a zip bomb stops here)
    };

    static core::Result<ImportTable> read(const QString& path, const Options& options);

    // The date a serial number stands for (1900 system unless date1904); invalid for 60 in the 1900 system (the
    // 29 February 1900 Excel believes in) and for serials before the first day.
    static QDate dateFromSerial(double serial, bool date1904);
    // Whether a number format (its id and, for custom ones, its code) shows a date.
    static bool isDateFormat(int numFmtId, const QString& formatCode);
};

} // namespace carddesk::io
