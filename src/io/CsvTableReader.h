#pragma once

#include "core/Result.h"
#include "io/ImportTable.h"

#include <QString>

namespace carddesk::io {

// Reads a customer file in CSV (RFC 4180: quotes, doubled quotes, line breaks inside quotes; LF or CRLF) into an
// ImportTable. The encoding is detected (TextFileDecoder) or given; the separator is the one of , ; tab that the
// header row holds most often. Refused, with the file, row and column: a file over the size limit, a file that is
// another format (zip, .xls, PDF, image...), NUL characters, bytes not valid in the encoding, a row of more than
// kMaxColumns columns or a field of more than kMaxFieldLength characters, an unterminated quote.
class CsvTableReader
{
public:
    struct Options
    {
        QString encoding;                    // empty: detect
        qint64 maxFileBytes = kMaxFileBytes; // tests lower it
    };

    static constexpr qint64 kMaxFileBytes = qint64(1) << 30; // 1 GiB
    static constexpr int kMaxColumns = 1000;
    static constexpr qsizetype kMaxFieldLength = 32767; // Excel's own limit for a cell

    static core::Result<ImportTable> read(const QString& path, const Options& options);
    static core::Result<ImportTable> parse(const QByteArray& bytes, const QString& fileName, const Options& options);
};

} // namespace carddesk::io
