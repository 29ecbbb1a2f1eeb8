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

} // namespace carddesk::gui
