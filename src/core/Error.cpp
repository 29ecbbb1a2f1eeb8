#include "core/Error.h"

namespace carddesk::core {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid argument");
    case ErrorCode::NotFound:
        return QStringLiteral("not found");
    case ErrorCode::AccessDenied:
        return QStringLiteral("access denied");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::Io:
        return QStringLiteral("i/o error");
    case ErrorCode::Internal:
        return QStringLiteral("internal error");
    }
    return QStringLiteral("error");
}

QString Error::toString() const
{
    // Messages name their file and row themselves ("orders.csv, row 12, amount: ..."); only the field is added.
    QString text = message;
    if (!field.isEmpty() && !message.contains(field))
        text += QStringLiteral(" (field: %1)").arg(field);
    return text;
}

} // namespace carddesk::core
