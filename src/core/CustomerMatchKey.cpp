#include "core/CustomerMatchKey.h"

namespace carddesk::core {

QString CustomerMatchKey::phone(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digits += c;
        else if (u >= 0xFF10 && u <= 0xFF19)
            digits += QChar(static_cast<char16_t>(u - 0xFF10 + u'0'));
    }
    if (digits.size() == 15 && digits.startsWith(QStringLiteral("0086")) && digits[4] == u'1')
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith(QStringLiteral("86")) && digits[2] == u'1')
        digits.remove(0, 2);
    return digits.size() >= 7 ? digits : QString();
}

QString CustomerMatchKey::name(QStringView text)
{
    QString key = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

} // namespace carddesk::core
