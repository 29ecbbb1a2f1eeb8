#include "io/ImportValueText.h"

#include <QRegularExpression>

namespace carddesk::io {

QString ImportValueText::halfWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x3000)
            out += QLatin1Char(' ');
        else if (u >= 0xFF01 && u <= 0xFF5E)
            out += QChar(static_cast<char16_t>(u - 0xFEE0));
        else
            out += c;
    }
    return out;
}

QString ImportValueText::withoutFormulaGuard(QStringView text)
{
    if (text.size() >= 2 && text[0] == u'\'') {
        const QChar next = text[1];
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t' || next == u'\r')
            return text.mid(1).toString();
    }
    return text.toString();
}

std::optional<QString> ImportValueText::number(QStringView text, QString* why)
{
    QString t = halfWidth(text).trimmed();
    if (t.startsWith(u'¥') || t.startsWith(u'$'))
        t = t.mid(1).trimmed();
    if (t.endsWith(u'元'))
        t = t.chopped(1).trimmed();
    static const QRegularExpression plain(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    static const QRegularExpression grouped(
        QStringLiteral("^[+-]?\\d{1,3}(?:([, ']|\\x{00A0})\\d{3})(?:\\1\\d{3})*(\\.\\d+)?$"));
    if (plain.match(t).hasMatch()) {
        if (t.endsWith(u'.'))
            t.chop(1);
        return t;
    }
    if (grouped.match(t).hasMatch()) {
        t.remove(u',');
        t.remove(u' ');
        t.remove(u'\'');
        t.remove(QChar(0x00A0));
        return t;
    }
    if (why)
        *why = t.contains(u',') ? QStringLiteral("'%1' is not a number (thousands separators must group three "
                                                 "digits: 1,234,567.89)")
                                      .arg(text.left(40))
                                : QStringLiteral("'%1' is not a number").arg(text.left(40));
    return std::nullopt;
}

QDate ImportValueText::date(QStringView text, QString* why)
{
    const QString t = halfWidth(text).trimmed();
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})\\s*([-/.年])\\s*(\\d{1,2})\\s*([-/.月])\\s*(\\d{1,2})\\s*日?(?:[ T].*)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression dayOrMonthFirst(
        QStringLiteral("^\\d{1,2}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{2,4}"));
    int year = 0, month = 0, day = 0;
    if (const auto m = yearFirst.match(t); m.hasMatch()) {
        const QString first = m.captured(2);
        const QString second = m.captured(4);
        // One style per date: 2024-03/05 or 2024年3-5 is a typing slip, not a date.
        const bool chinese = first == u"年" && second == u"月";
        if (!chinese && first != second) {
            if (why)
                *why = QStringLiteral("'%1' mixes separators; write dates as 2024-03-05").arg(text.left(40));
            return {};
        }
        year = m.captured(1).toInt();
        month = m.captured(3).toInt();
        day = m.captured(5).toInt();
    } else if (const auto c = compact.match(t); c.hasMatch()) {
        year = c.captured(1).toInt();
        month = c.captured(2).toInt();
        day = c.captured(3).toInt();
    } else {
        if (why) {
            if (dayOrMonthFirst.match(t).hasMatch())
                *why = QStringLiteral("'%1' does not say which number is the day and which the month; write dates "
                                      "as 2024-03-05")
                           .arg(text.left(40));
            else
                *why = QStringLiteral("'%1' is not a date; write dates as 2024-03-05").arg(text.left(40));
        }
        return {};
    }
    const QDate date(year, month, day);
    if (!date.isValid() && why)
        *why = QStringLiteral("'%1' is no day of the calendar").arg(text.left(40));
    return date;
}

} // namespace carddesk::io
