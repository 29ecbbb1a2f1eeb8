#include "core/InputLimits.h"

#include <cmath>

namespace carddesk::core {

namespace {

// Characters that cannot be seen or that change how a terminal shows what follows.
bool isInvisible(QChar ch)
{
    switch (ch.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format: // zero-width space and joiners, bidi overrides, BOM
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace

bool InputLimits::isSaneAmount(double amount)
{
    return std::isfinite(amount) && amount >= 0 && amount <= kMaxAmount;
}

std::optional<QString> InputLimits::textProblem(const QString& text, qsizetype maxLength, bool multiLine)
{
    if (text.size() > maxLength)
        return QStringLiteral("is longer than %1 characters").arg(maxLength);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i; // a pair is one character outside the BMP (emoji, rare Han): fine
            continue;
        }
        if (multiLine && (ch == QLatin1Char('\n') || ch == QLatin1Char('\t') || ch == QLatin1Char('\r')))
            continue;
        if (isInvisible(ch))
            return QStringLiteral("contains the control or invisible character U+%1")
                .arg(QString::number(ch.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return std::nullopt;
}

QString InputLimits::visible(QStringView text)
{
    QString shown;
    const qsizetype shownLength = std::min<qsizetype>(text.size(), 40);
    for (qsizetype i = 0; i < shownLength; ++i) {
        const QChar ch = text.at(i);
        if (isInvisible(ch) || ch.category() == QChar::Separator_Space)
            shown += ch == QLatin1Char(' ') ? QStringLiteral(" ")
                                            : QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += ch;
    }
    if (text.size() > shownLength)
        shown += QStringLiteral("…");
    return shown;
}

} // namespace carddesk::core
