#include "gui/importing/ImportProblemText.h"

#include "gui/common/ValidationText.h"

#include <QRegularExpression>

#include <functional>

namespace carddesk::gui {

namespace {

struct Pattern
{
    QRegularExpression english; // the service's wording (services::CustomerImport, io::ImportValueText, readers)
    std::function<QString(const QRegularExpressionMatch&)> text;
};

const std::vector<Pattern>& patterns()
{
    using M = QRegularExpressionMatch;
    static const std::vector<Pattern> list = {
        {QRegularExpression(QStringLiteral("^'(.*)' does not say which number is the day and which the month")),
         [](const M& m) {
             return ImportProblemText::tr("“%1” does not say which number is the day and which the month; write "
                                          "dates as 2024-03-05.")
                 .arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^'(.*)' mixes separators")),
         [](const M& m) {
             return ImportProblemText::tr("“%1” mixes separators; write dates as 2024-03-05.").arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^'(.*)' is not a date")),
         [](const M& m) {
             return ImportProblemText::tr("“%1” is not a date; write dates as 2024-03-05.").arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^'(.*)' is no day of the calendar$")),
         [](const M& m) { return ImportProblemText::tr("“%1” is no day of the calendar.").arg(m.captured(1)); }},
        {QRegularExpression(QStringLiteral("^'(.*)' is not a number \\(thousands separators")),
         [](const M& m) {
             return ImportProblemText::tr("“%1” is not a number (thousands separators must group three digits: "
                                          "1,234,567.89).")
                 .arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^'(.*)' is not a number$")),
         [](const M& m) { return ImportProblemText::tr("“%1” is not a number.").arg(m.captured(1)); }},
        {QRegularExpression(QStringLiteral("^'(.*)' is not a whole number$")),
         [](const M& m) { return ImportProblemText::tr("“%1” is not a whole number.").arg(m.captured(1)); }},
        {QRegularExpression(QStringLiteral("^'(.*)' is not yes or no")),
         [](const M& m) { return ImportProblemText::tr("“%1” is not yes or no (是/否).").arg(m.captured(1)); }},
        {QRegularExpression(QStringLiteral("^'(.*)' is not a value of ")),
         [](const M& m) {
             return ImportProblemText::tr("“%1” is none of this column's values (a code or its label in either "
                                          "language).")
                 .arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^there is no area named '(.*)'$")),
         [](const M& m) { return ImportProblemText::tr("There is no area named “%1”.").arg(m.captured(1)); }},
        {QRegularExpression(QStringLiteral("^a manager imports customers into their own area only$")),
         [](const M&) { return ImportProblemText::tr("A manager imports customers into their own area only."); }},
        {QRegularExpression(QStringLiteral("^there is no user named '(.*)'$")),
         [](const M& m) { return ImportProblemText::tr("There is no user named “%1”.").arg(m.captured(1)); }},
        {QRegularExpression(QStringLiteral("^there is no customer with the code (.*)$")),
         [](const M& m) { return ImportProblemText::tr("There is no customer with the code %1.").arg(m.captured(1)); }},
        {QRegularExpression(QStringLiteral("^cell (\\S+) is part of the merged cells (\\S+),")),
         [](const M& m) {
             return ImportProblemText::tr("Cell %1 is part of the merged cells %2, so it reads empty; unmerge them "
                                          "and fill every cell.")
                 .arg(m.captured(1), m.captured(2));
         }},
        {QRegularExpression(QStringLiteral("^cell (\\S+) holds a formula without a saved result")),
         [](const M& m) {
             return ImportProblemText::tr("Cell %1 holds a formula without a saved result; open the file in a "
                                          "spreadsheet program and save it, or paste the values.")
                 .arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^cell (\\S+) holds the error value (\\S+)")),
         [](const M& m) {
             return ImportProblemText::tr("Cell %1 holds the error value %2 (a formula that failed).")
                 .arg(m.captured(1), m.captured(2));
         }},
        {QRegularExpression(QStringLiteral("^cell (\\S+) names shared string (\\S+), which the file does not hold")),
         [](const M& m) {
             return ImportProblemText::tr("Cell %1 names text %2 that the file does not hold: the workbook is "
                                          "damaged; save it again from the spreadsheet program.")
                 .arg(m.captured(1), m.captured(2));
         }},
        {QRegularExpression(QStringLiteral("^cell (\\S+) holds the date serial (\\S+), which is no real day")),
         [](const M& m) {
             return ImportProblemText::tr("Cell %1 holds the date number %2, which is no real day (the spreadsheet "
                                          "shows it as 1900-01-00 or 1900-02-29).")
                 .arg(m.captured(1), m.captured(2));
         }},
        {QRegularExpression(QStringLiteral("^'(.*)' differs from row (\\d+), the first row of this customer")),
         [](const M& m) {
             return ImportProblemText::tr("“%1” differs from row %2, the first row of this customer, which holds the "
                                          "card; leave it empty or make them equal.")
                 .arg(m.captured(1), m.captured(2));
         }},
        {QRegularExpression(
             QStringLiteral("^this row and row (\\d+) are the same customer (.*) \\(same (code|phone|name)\\)")),
         [](const M& m) {
             const QString by = m.captured(3) == u"code"    ? ImportProblemText::tr("same code")
                                : m.captured(3) == u"phone" ? ImportProblemText::tr("same phone")
                                                            : ImportProblemText::tr("same name");
             return ImportProblemText::tr("This row and row %1 are the same customer %2 (%3): put its contacts "
                                          "under one code.")
                 .arg(m.captured(1), m.captured(2), by);
         }},
        {QRegularExpression(QStringLiteral("^the code (.*) is in use by (.*); to create new cards")),
         [](const M& m) {
             return ImportProblemText::tr("The code %1 is in use by %2; to create new cards leave the code empty (one "
                                          "is given) or use another.")
                 .arg(m.captured(1), m.captured(2));
         }},
        {QRegularExpression(
             QStringLiteral("^the phone is that of (\\S+) (.*), but the name here is (.*): put the code")),
         [](const M& m) {
             return ImportProblemText::tr("The phone is that of %1 %2, but the name here is %3: put the code %1 in the "
                                          "row to change that customer, or give this one its own phone or code.")
                 .arg(m.captured(1), m.captured(2), m.captured(3));
         }},
        {QRegularExpression(QStringLiteral("^the code (.*) cannot be used: customer codes are unique")),
         [](const M& m) {
             return ImportProblemText::tr("The code %1 cannot be used: customer codes are unique in the office and "
                                          "this one is taken outside your scope.")
                 .arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^(.*) cannot be given customers: user \\d+ is not active$")),
         [](const M& m) {
             return ImportProblemText::tr("%1 cannot be given customers: the account is deactivated.")
                 .arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^(.*) cannot be given customers: user \\d+ is an administrator")),
         [](const M& m) {
             return ImportProblemText::tr("%1 cannot be given customers: administrators own no customers.")
                 .arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^(.*) cannot be given customers: user \\d+ is not in your area$")),
         [](const M& m) {
             return ImportProblemText::tr("%1 cannot be given customers: they are not in your area.")
                 .arg(m.captured(1));
         }},
        {QRegularExpression(
             QStringLiteral("^(.*) cannot be given customers: a rep cannot assign customers to others$")),
         [](const M& m) {
             return ImportProblemText::tr("%1 cannot be given customers: a rep cannot give customers to others.")
                 .arg(m.captured(1));
         }},
    };
    return list;
}

} // namespace

QString ImportProblemText::sentence(const services::CustomerImport::Problem& problem)
{
    if (!problem.rule.field.isEmpty()) {
        const QString text = ValidationText::specific(problem.rule);
        if (!text.isEmpty())
            return text;
    }
    for (const Pattern& pattern : patterns()) {
        const QRegularExpressionMatch match = pattern.english.match(problem.message);
        if (match.hasMatch())
            return pattern.text(match);
    }
    return problem.message;
}

QString ImportProblemText::warning(const QString& note)
{
    // "file: note", as services::CustomerImport prefixes the readers' notes.
    static const QRegularExpression title(QStringLiteral("^(.*): row (\\d+) is taken as a title above the table and "
                                                         "skipped: it has one filled cell$"));
    static const QRegularExpression merged(QStringLiteral("^(.*): cells (\\S+) are merged$"));
    static const QRegularExpression samePhone(QStringLiteral(
        "^(.*), row (\\d+): the new customer (.*) has the phone of (\\S+) (.*); is it the same customer\\?$"));
    if (const auto m = samePhone.match(note); m.hasMatch())
        return tr("%1, row %2: the new customer %3 has the phone of %4 %5; is it the same customer?")
            .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5));
    static const QRegularExpression sameName(QStringLiteral(
        "^(.*), row (\\d+): the new customer (.*) has the name of (\\S+) (.*); is it the same customer\\?$"));
    if (const auto m = sameName.match(note); m.hasMatch())
        return tr("%1, row %2: the new customer %3 has the name of %4 %5; is it the same customer?")
            .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5));
    if (const auto m = title.match(note); m.hasMatch())
        return tr("%1: row %2 is taken as a title above the table and skipped (it has one filled cell).")
            .arg(m.captured(1), m.captured(2));
    if (const auto m = merged.match(note); m.hasMatch())
        return tr("%1: cells %2 are merged.").arg(m.captured(1), m.captured(2));
    return note;
}

QString ImportProblemText::fileProblem(const QString& message)
{
    using M = QRegularExpressionMatch;
    // io::TextFileDecoder::binaryKind's words for what a file is instead.
    auto kind = [](const QString& english) -> QString {
        static const std::vector<std::pair<const char*, const char*>> kinds = {
            {"a zip archive (an .xlsx workbook? give it a .xlsx name)",
             QT_TR_NOOP("a zip archive (an .xlsx workbook? give it a .xlsx name)")},
            {"an Excel 97-2003 (.xls) or other Office binary file; save it as .xlsx or .csv",
             QT_TR_NOOP("an Excel 97-2003 (.xls) or other Office binary file; save it as .xlsx or .csv")},
            {"a PDF document", QT_TR_NOOP("a PDF document")},
            {"a PNG image", QT_TR_NOOP("a PNG image")},
            {"a JPEG image", QT_TR_NOOP("a JPEG image")},
            {"a GIF image", QT_TR_NOOP("a GIF image")},
            {"an SQLite database", QT_TR_NOOP("an SQLite database")},
            {"a gzip archive", QT_TR_NOOP("a gzip archive")},
            {"a RAR archive", QT_TR_NOOP("a RAR archive")},
            {"a 7-Zip archive", QT_TR_NOOP("a 7-Zip archive")},
            {"a program", QT_TR_NOOP("a program")},
        };
        for (const auto& [from, text] : kinds) {
            if (english == QLatin1String(from))
                return tr(text);
        }
        return english;
    };
    // What the readers (io::XlsxTableReader, io::CsvTableReader) say after "file: " or "file, row R, column C (L): ".
    static const std::vector<Pattern> reasons = {
        {QRegularExpression(
             QStringLiteral("^the zip archive is damaged \\((.*)\\): the file was cut short or changed")),
         [](const M& m) {
             return tr("the workbook (a zip archive) is damaged (%1): it was cut short or changed; save it again from "
                       "the spreadsheet program.")
                 .arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^the zip is damaged: (.*) cannot be (?:opened|read) \\((.*)\\)$")),
         [](const M& m) {
             return tr("the workbook is damaged: its part %1 cannot be read (%2); save it again from the spreadsheet "
                       "program.")
                 .arg(m.captured(1), m.captured(2));
         }},
        {QRegularExpression(QStringLiteral("^the zip is damaged: (.*) is cut short$")),
         [](const M& m) {
             return tr("the workbook is damaged: its part %1 is cut short; save it again from the spreadsheet "
                       "program.")
                 .arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^the part (.*) unpacks to (\\d+) MB, more than a customer file may hold "
                                           "\\((\\d+) MB\\)$")),
         [](const M& m) {
             return tr("its part %1 unpacks to %2 MB, more than a customer file may hold (%3 MB).")
                 .arg(m.captured(1), m.captured(2), m.captured(3));
         }},
        {QRegularExpression(QStringLiteral("^the file is (\\d+) MB; a customer file may have at most (\\d+) MB")),
         [](const M& m) {
             return tr("the file is %1 MB; a customer file may have at most %2 MB (split it).")
                 .arg(m.captured(1), m.captured(2));
         }},
        {QRegularExpression(QStringLiteral("^the file is empty; it is not an \\.xlsx workbook$")),
         [](const M&) { return tr("the file is empty; it is not an .xlsx workbook."); }},
        {QRegularExpression(QStringLiteral("^not an \\.xlsx workbook: it is (.*)$")),
         [kind](const M& m) { return tr("not an .xlsx workbook: it is %1.").arg(kind(m.captured(1))); }},
        {QRegularExpression(QStringLiteral("^not an \\.xlsx workbook \\(an \\.xlsx file is a zip archive")),
         [](const M&) {
             return tr("not an .xlsx workbook (an .xlsx file is a zip archive and this one is not; if it is text, "
                       "give it a .csv name).");
         }},
        {QRegularExpression(QStringLiteral("^a zip archive but not a spreadsheet")),
         [](const M&) {
             return tr("a zip archive but not a spreadsheet (it has no xl/workbook.xml: a Word or other document?).");
         }},
        {QRegularExpression(QStringLiteral("^the workbook has no sheet$")),
         [](const M&) { return tr("the workbook has no sheet."); }},
        {QRegularExpression(QStringLiteral("^the sheet '(.*)' is empty \\(no header row\\)$")),
         [](const M& m) { return tr("the sheet “%1” is empty (no header row).").arg(m.captured(1)); }},
        {QRegularExpression(QStringLiteral("^a NUL character: this is not a text file")),
         [](const M&) {
             return tr("a NUL character: this is not a text file, or a UTF-16 file without its byte-order mark "
                       "(choose the encoding UTF-16LE).");
         }},
        {QRegularExpression(QStringLiteral("^a field of more than (\\d+) characters \\(an unclosed quote\\?\\)$")),
         [](const M& m) { return tr("a field of more than %1 characters (an unclosed quote?).").arg(m.captured(1)); }},
        {QRegularExpression(QStringLiteral("^a field of more than (\\d+) characters$")),
         [](const M& m) { return tr("a field of more than %1 characters.").arg(m.captured(1)); }},
        {QRegularExpression(QStringLiteral("^more than (\\d+) columns in one row")),
         [](const M& m) {
             return tr("more than %1 columns in one row; a customer file has about 35 (is the separator right?).")
                 .arg(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral("^a quoted field is never closed")),
         [](const M&) { return tr("a quoted field is never closed (a \" is missing)."); }},
    };
    static const QRegularExpression cell(QStringLiteral("^(.*), row (\\d+), column (\\d+) \\((\\S+)\\): (.*)$"));
    static const QRegularExpression file(QStringLiteral("^([^:]*): (.*)$"));
    static const QRegularExpression noHeader(QStringLiteral("^(.*) has no header row \\(the file is empty\\)$"));
    static const QRegularExpression notCsv(QStringLiteral("^(.*) is not a CSV text file: it is (.*)$"));
    if (const M m = noHeader.match(message); m.hasMatch())
        return tr("%1 has no header row (the file is empty).").arg(m.captured(1));
    if (const M m = notCsv.match(message); m.hasMatch())
        return tr("%1 is not a CSV text file: it is %2.").arg(m.captured(1), kind(m.captured(2)));
    auto reason = [](const QString& english) -> QString {
        for (const Pattern& pattern : reasons) {
            if (const M match = pattern.english.match(english); match.hasMatch())
                return pattern.text(match);
        }
        return {};
    };
    if (const M m = cell.match(message); m.hasMatch()) {
        if (const QString text = reason(m.captured(5)); !text.isEmpty())
            return tr("%1, row %2, column %3 (%4): %5")
                .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), text);
    }
    if (const M m = file.match(message); m.hasMatch()) {
        if (const QString text = reason(m.captured(2)); !text.isEmpty())
            return tr("%1: %2").arg(m.captured(1), text);
    }
    return message;
}

} // namespace carddesk::gui
