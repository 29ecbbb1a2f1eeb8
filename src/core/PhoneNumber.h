#pragma once

#include <QString>

namespace carddesk::core {

// Telephone numbers as Chinese offices write them: +86 mobiles (11 digits, 1[3-9]…), landlines with their area
// code (010-12345678, 0571-8888 8888, (0755)88886666), an extension after 转 / 分机 / ext / x / #, and
// international numbers (+1 650 253 0000). Validity and the E.164 form come from libphonenumber (Debian's
// libphonenumber-dev); mobiles and landlines also pass by the national number plan's shape, because the
// library's 2022 metadata misses prefixes carriers open later. A 7-digit "mobile" (1381234) is invalid.
class PhoneNumber
{
public:
    // Empty counts as valid (the field is optional).
    static bool isValid(const QString& text);

    // "+8613812345678", "+862162345678;ext=801"; empty when `text` is not a valid number.
    static QString e164(const QString& text);

    // The key two numbers match on: the E.164 number without the extension (a switchboard with two
    // extensions is one company), or empty. Fast for Chinese numbers (no library call), so a million cards
    // can be keyed in seconds; numbers with a + and another country go through the library.
    static QString matchKey(const QString& text);
};

} // namespace carddesk::core
