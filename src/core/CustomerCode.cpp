#include "core/CustomerCode.h"

#include "core/InputLimits.h"

#include <QStringDecoder>

namespace carddesk::core {

namespace {

Error refused(const QString& typed, const QString& why)
{
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("customer code '%1' %2").arg(InputLimits::visible(typed), why), QStringLiteral("code"),
                 -1};
}

} // namespace

Result<QString> CustomerCode::normalized(const QString& typed)
{
    // Checked before NFKC, which would turn a non-breaking space into a plain one and hide it.
    QString code = typed.trimmed();
    for (const QChar ch : code) {
        if (ch != QLatin1Char(' ') && (ch.isSpace() || ch.category() == QChar::Separator_Space))
            return refused(typed, QStringLiteral("contains a non-breaking, wide or other special space"));
    }
    if (auto problem = InputLimits::textProblem(code, InputLimits::kCodeLength * 4, false))
        return refused(typed, *problem);
    // NFKC can begin a code with a space ("´" is " " and a combining accent) and upper case can undo NFKC: both
    // again, so that a code in its one form stays as it is when normalised again (found by fuzzing).
    code = code.normalized(QString::NormalizationForm_KC).toUpper().normalized(QString::NormalizationForm_KC).trimmed();
    if (code.isEmpty())
        return refused(typed, QStringLiteral("is empty"));
    if (code.size() > InputLimits::kCodeLength)
        return refused(typed, QStringLiteral("is longer than %1 characters").arg(InputLimits::kCodeLength));
    return code;
}

Result<QString> CustomerCode::fromUtf8(std::string_view bytes)
{
    if (bytes.size() > static_cast<std::size_t>(InputLimits::kCodeLength) * 16)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("customer code is longer than %1 characters").arg(InputLimits::kCodeLength),
                     QStringLiteral("code"), -1};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
    if (decoder.hasError())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("customer code '%1' is not valid UTF-8").arg(InputLimits::visible(text)),
                     QStringLiteral("code"), -1};
    return normalized(text);
}

} // namespace carddesk::core
