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
    if (const auto m = title.match(note); m.hasMatch())
        return tr("%1: row %2 is taken as a title above the table and skipped (it has one filled cell).")
            .arg(m.captured(1), m.captured(2));
    if (const auto m = merged.match(note); m.hasMatch())
        return tr("%1: cells %2 are merged.").arg(m.captured(1), m.captured(2));
    return note;
}

} // namespace carddesk::gui
