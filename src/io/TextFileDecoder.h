#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace carddesk::io {

// A text file's bytes to text, for the customer import: which encoding they are in (a byte-order mark; valid
// UTF-8; else Debian's uchardet, which tells GBK/GB18030 from Big5 and the rest) and the text decoded by ICU with
// no substitution: a byte that is not valid in the encoding is refused with its row and column, never turned into
// a question mark. A file whose lines are partly valid UTF-8 with Chinese and partly not is refused as mixed.
class TextFileDecoder
{
public:
    struct Decoded
    {
        QString text;
        QString encoding;         // the ICU name used: "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", ...
        QString detectedEncoding; // what detection said
        bool byteOrderMark = false;
    };

    // `encoding` empty: detect. Otherwise any name ICU knows ("GBK", "GB18030", "UTF-16LE", "Big5"...).
    // Row and column in errors are counted as a CSV reader counts them with `separator` (records, not lines).
    static core::Result<Decoded> decode(const QByteArray& bytes, const QString& fileName, const QString& encoding);

    // What detection alone says (for a preview): the ICU name, without decoding.
    static QString detect(const QByteArray& bytes);

    // The known binary formats a user may give instead of a CSV file, by their first bytes: a sentence saying what
    // the file looks like ("a zip archive (an .xlsx workbook?)"), or empty when none matches.
    static QString binaryKind(const QByteArray& bytes);
};

} // namespace carddesk::io
