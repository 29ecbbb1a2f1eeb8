#include "core/PhoneNumber.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <QRegularExpression>

#include <algorithm>

namespace carddesk::core {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

struct Split
{
    QString number; // digits, and a leading + when written
    QString extension;
    bool clean = true; // only digits, separators, brackets and one leading +
};

// Full-width digits and signs to ASCII, separators out, the extension apart.
Split split(const QString& text)
{
    static const QRegularExpression extension(QStringLiteral("\\s*(?:转|分机|ext\\.?|x|#)\\s*([0-9]{1,6})\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    // Most numbers are plain ASCII digits and separators: no width to fold, no extension to find (millions of them
    // for the duplicate finder).
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar ch) {
        return (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) || ch == QLatin1Char(' ') ||
               ch == QLatin1Char('-') || ch == QLatin1Char('(') || ch == QLatin1Char(')') || ch == QLatin1Char('+');
    });
    QString normal = plain ? text : text.normalized(QString::NormalizationForm_KC).trimmed();
    Split out;
    if (!plain) {
        if (auto match = extension.match(normal); match.hasMatch()) {
            out.extension = match.captured(1);
            normal.truncate(match.capturedStart());
        }
    }
    for (qsizetype i = 0; i < normal.size(); ++i) {
        const QChar ch = normal.at(i);
        if (ch.isDigit() && ch.unicode() < 128)
            out.number += ch;
        else if (ch == QLatin1Char('+') && out.number.isEmpty() && i == normal.indexOf(QLatin1Char('+')))
            out.number += ch;
        else if (ch != QLatin1Char(' ') && ch != QLatin1Char('-') && ch != QLatin1Char('(') && ch != QLatin1Char(')') &&
                 ch != QLatin1Char('.'))
            out.clean = false;
    }
    return out;
}

// The national number of a Chinese number written nationally or with +86 / 0086 / 86 before it; empty if not.
QString chineseNational(const QString& number)
{
    QString n = number;
    if (n.startsWith(QLatin1String("+86")))
        n = n.mid(3);
    else if (n.startsWith(QLatin1String("0086")))
        n = n.mid(4);
    else if (n.startsWith(QLatin1Char('+')))
        return {};
    else if (n.size() == 13 && n.startsWith(QLatin1String("86")))
        n = n.mid(2);
    if (n.startsWith(QLatin1Char('0')))
        n = n.mid(1); // the trunk prefix of a landline
    return n;
}

// The national plan's shapes: mobiles 1[3-9] and 9 digits; landlines 10 / 2x / [3-9]xx and a local number of 7 or
// 8 digits that does not start with 0 or 1.
bool chineseShape(const QString& national)
{
    static const QRegularExpression shape(
        QStringLiteral("^(?:1[3-9][0-9]{9}|(?:10|2[0-9]|[3-9][0-9]{2})[2-9][0-9]{6,7})$"));
    return shape.match(national).hasMatch();
}

bool parse(const Split& s, i18n::phonenumbers::PhoneNumber& number)
{
    auto* util = PhoneNumberUtil::GetInstance();
    return util->Parse(s.number.toStdString(), "CN", &number) == PhoneNumberUtil::NO_PARSING_ERROR;
}

} // namespace

bool PhoneNumber::isValid(const QString& text)
{
    if (text.trimmed().isEmpty())
        return true;
    return !e164(text).isEmpty();
}

QString PhoneNumber::e164(const QString& text)
{
    const Split s = split(text);
    if (!s.clean || s.number.isEmpty() || s.number.size() > 20)
        return {};
    const QString suffix = s.extension.isEmpty() ? QString() : QStringLiteral(";ext=") + s.extension;
    const QString national = chineseNational(s.number);
    if (!national.isEmpty() && chineseShape(national))
        return QStringLiteral("+86") + national + suffix;
    i18n::phonenumbers::PhoneNumber number;
    if (!parse(s, number) || !PhoneNumberUtil::GetInstance()->IsValidNumber(number))
        return {};
    std::string formatted;
    PhoneNumberUtil::GetInstance()->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted) + suffix;
}

QString PhoneNumber::matchKey(const QString& text)
{
    const Split s = split(text);
    if (!s.clean || s.number.size() < 5 || s.number.size() > 20)
        return {};
    const QString national = chineseNational(s.number);
    if (!national.isEmpty() && chineseShape(national))
        return QStringLiteral("+86") + national;
    QString key = e164(s.number);
    return key;
}

} // namespace carddesk::core
