#include "core/CsvField.h"

#include <QRegularExpression>

#include <cmath>

namespace carddesk::core {

namespace {

bool startsFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

bool isPlainNumber(const QString& text)
{
    // Anchored at the very end: "$" would also match before a final line break ("-1\n").
    static const QRegularExpression number(
        QRegularExpression::anchoredPattern(QStringLiteral("[+-]?[0-9]+(\\.[0-9]+)?")));
    if (!number.match(text).hasMatch())
        return false;
    // Past the largest number a spreadsheet holds (Excel's 9.99999999999999E+307; "+4706" and hundreds of digits)
    // it reads no number; what it makes of the leading "+" is its own affair, so the apostrophe keeps the text.
    bool readable = false;
    const double value = text.toDouble(&readable);
    return readable && std::abs(value) <= 9.99999999999999e307;
}

} // namespace

QString CsvField::neutralised(const QString& text)
{
    if (!startsFormula(text) || isPlainNumber(text))
        return text;
    return QLatin1Char('\'') + text;
}

QString CsvField::value(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvField::text(const QString& text)
{
    return value(neutralised(text));
}

} // namespace carddesk::core
