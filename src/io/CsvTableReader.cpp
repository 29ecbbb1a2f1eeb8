#include "io/CsvTableReader.h"

#include "core/RegularFile.h"
#include "io/TextFileDecoder.h"

#include <QFile>
#include <QFileInfo>

namespace carddesk::io {

using core::ErrorCode;

namespace {

core::Error cellError(const QString& fileName, qint64 row, int column, const QString& message)
{
    return core::Error{ErrorCode::InvalidArgument,
                       QStringLiteral("%1, row %2, column %3 (%4): %5")
                           .arg(fileName)
                           .arg(row)
                           .arg(column)
                           .arg(ImportTable::columnLetters(column), message),
                       QStringLiteral("column %1").arg(column), row};
}

// The separator the header row (the first line, outside quotes) holds most often; a comma on a tie or none.
QChar guessSeparator(QStringView text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

} // namespace

core::Result<ImportTable> CsvTableReader::read(const QString& path, const Options& options)
{
    const QString fileName = QFileInfo(path).fileName();
    if (auto regular = core::requireRegularFile(path); !regular)
        return regular.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    // Refused before a byte is read: a 1 GB file must not fill the memory first.
    if (file.size() > options.maxFileBytes)
        return core::makeError(ErrorCode::InvalidArgument,
                               QStringLiteral("%1 is %2 MB; a customer file may have at most %3 MB (split it)")
                                   .arg(fileName)
                                   .arg(file.size() / (1024 * 1024))
                                   .arg(options.maxFileBytes / (1024 * 1024)),
                               QStringLiteral("file"));
    return parse(file.readAll(), fileName, options);
}

core::Result<ImportTable> CsvTableReader::parse(const QByteArray& bytes, const QString& fileName,
                                                const Options& options)
{
    if (bytes.size() > options.maxFileBytes)
        return core::makeError(ErrorCode::InvalidArgument,
                               QStringLiteral("%1 is %2 MB; a customer file may have at most %3 MB (split it)")
                                   .arg(fileName)
                                   .arg(bytes.size() / (1024 * 1024))
                                   .arg(options.maxFileBytes / (1024 * 1024)),
                               QStringLiteral("file"));
    if (const QString kind = TextFileDecoder::binaryKind(bytes); !kind.isEmpty())
        return core::makeError(ErrorCode::InvalidArgument,
                               QStringLiteral("%1 is not a CSV text file: it is %2").arg(fileName, kind),
                               QStringLiteral("file"));
    auto decoded = TextFileDecoder::decode(bytes, fileName, options.encoding);
    if (!decoded)
        return decoded.error();
    ImportTable table;
    table.fileName = fileName;
    table.format = QStringLiteral("csv");
    table.encoding = decoded->encoding;
    table.detectedEncoding = decoded->detectedEncoding;
    const QString text = std::move(decoded->text);
    decoded->text.clear();
    const QChar separator = guessSeparator(text);
    table.separator = separator;

    QString field;
    qint64 row = 1;
    qint64 rowStartLine = 1;
    int column = 1;
    bool quoted = false;
    bool wasQuoted = false;
    qsizetype fieldStart = 0; // start of an unquoted field in text (no copy needed)
    bool rowOpen = false;
    auto flushField = [&](qsizetype end) {
        if (wasQuoted)
            table.addCell(field);
        else
            table.addCell(QStringView(text).mid(fieldStart, end - fieldStart));
        field.clear();
        wasQuoted = false;
    };
    const qsizetype n = text.size();
    table.beginRow(row);
    rowOpen = true;
    fieldStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c.unicode() == 0)
            return cellError(fileName, row, column,
                             QStringLiteral("a NUL character: this is not a text file, or a UTF-16 file without its "
                                            "byte-order mark (choose --encoding UTF-16LE)"));
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            if (field.size() > kMaxFieldLength)
                return cellError(
                    fileName, row, column,
                    QStringLiteral("a field of more than %1 characters (an unclosed quote?)").arg(kMaxFieldLength));
            continue;
        }
        if (c == u'"' && !wasQuoted && i == fieldStart) {
            quoted = wasQuoted = true;
            rowStartLine = row;
            continue;
        }
        if (c == separator || c == u'\n' || c == u'\r') {
            if (!wasQuoted && i - fieldStart > kMaxFieldLength)
                return cellError(fileName, row, column,
                                 QStringLiteral("a field of more than %1 characters").arg(kMaxFieldLength));
            flushField(i);
            if (c == separator) {
                if (++column > kMaxColumns)
                    return cellError(fileName, row, column,
                                     QStringLiteral("more than %1 columns in one row; a customer file has about 35 "
                                                    "(is the separator right?)")
                                         .arg(kMaxColumns));
                fieldStart = i + 1;
                continue;
            }
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            table.endRow();
            ++row;
            column = 1;
            fieldStart = i + 1;
            if (i + 1 < n) {
                table.beginRow(row);
            } else {
                rowOpen = false;
            }
            continue;
        }
        if (wasQuoted) {
            // Text after a closing quote ("abc"def): kept, as spreadsheets do.
            field += c;
        }
    }
    if (quoted)
        return cellError(fileName, rowStartLine, column,
                         QStringLiteral("a quoted field is never closed (a \" is missing)"));
    if (rowOpen) {
        if (!wasQuoted && n - fieldStart > kMaxFieldLength)
            return cellError(fileName, row, column,
                             QStringLiteral("a field of more than %1 characters").arg(kMaxFieldLength));
        flushField(n);
        table.endRow();
    }
    if (table.columnCount() == 0)
        return core::makeError(ErrorCode::InvalidArgument,
                               QStringLiteral("%1 has no header row (the file is empty)").arg(fileName),
                               QStringLiteral("header"), 1);
    return table;
}

} // namespace carddesk::io
