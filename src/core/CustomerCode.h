#pragma once

#include "core/Result.h"

#include <QString>

#include <string_view>

namespace carddesk::core {

// The one form of a customer code, wherever it enters (a card, an orders CSV, a command line): NFKC (full-width
// digits and letters become ASCII), trimmed, upper case. So "C0000001", "c0000001" and "Ｃ０００００００１" are
// the same customer. Refused, with InvalidArgument on field "code": empty, longer than InputLimits::kCodeLength,
// control characters (NUL, terminal escapes, line breaks), spaces other than the plain one (non-breaking,
// ideographic…), invisible characters (zero-width space, bidi marks) and, from bytes, invalid UTF-8. A plain space
// inside a code stays (codes typed by hand before these rules may hold one).
class CustomerCode
{
public:
    static Result<QString> normalized(const QString& typed);
    static Result<QString> fromUtf8(std::string_view bytes);
};

} // namespace carddesk::core
