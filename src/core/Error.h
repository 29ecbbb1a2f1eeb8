#pragma once

#include <QString>

namespace carddesk::core {

// What went wrong, with enough context (which field, which row) for the face that shows it.
enum class ErrorCode
{
    InvalidArgument, // bad input from the user: see field/row
    NotFound,
    AccessDenied, // outside the user's scope; deliberately indistinguishable from NotFound to callers that list
    Conflict,     // row_version changed since the caller read it
    Busy,         // the database stayed locked past the busy timeout
    Corrupt,      // integrity or schema check failed
    Io,
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // English, complete sentence, no personal data
    QString field;   // the field at fault, if any ("email", "credit_limit")
    qint64 row = -1; // the input row at fault (1-based, header is row 1), if any

    QString toString() const;
};

QString errorCodeName(ErrorCode code);

} // namespace carddesk::core
