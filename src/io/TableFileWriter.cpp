#include "io/TableFileWriter.h"

#include "core/CsvField.h"
#include "io/ZipStreamWriter.h"

#include <QFile>

#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

namespace carddesk::io {

using core::ErrorCode;
using core::makeError;

namespace {

// Excel's rows a sheet, the header included.
constexpr qint64 kRowsPerSheet = 1048576;
// zlib's fastest level: the sheet is deflated while the rows come, on the writing thread, and at level 6 that thread
// would set the pace (docs/PERFORMANCE.md, "Export").
constexpr int kDeflateLevel = 1;
// A sheet's XML goes to the zip in pieces of about this size.
constexpr qsizetype kXmlFlushAt = 256 * 1024;
// Written to the file in pieces of about this size: one write() per row would be a million system calls.
constexpr qsizetype kCsvFlushAt = 1 << 20;
// Excel holds at most this many characters in a cell.
constexpr qsizetype kMaxCellText = 32767;

core::Error writeError(const QString& path, const QString& why)
{
    return makeError(ErrorCode::Io, QStringLiteral("could not write %1: %2").arg(path, why));
}

// "A", "B", … "Z", "AA", …: a column's letters in a cell reference.
QByteArray columnLetters(std::size_t column)
{
    QByteArray letters;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

// A literal's bytes, without strlen.
template <std::size_t N> void put(QByteArray& out, const char (&literal)[N])
{
    out.append(literal, static_cast<qsizetype>(N - 1));
}

// Text as an XML element's content, in UTF-8, as Excel (and libxlsxwriter) escape it: &, < and > as entities,
// control characters other than tab and line feed as _xHHHH_ (XML 1.0 cannot hold them; a carriage return would
// be read back as a line feed); a lone surrogate as U+FFFD. Encoded straight into `out`, through a small buffer:
// a million rows of cells allocate nothing here.
void appendXmlText(QByteArray& out, QStringView text)
{
    char buffer[1024];
    std::size_t used = 0;
    const auto flush = [&] {
        out.append(buffer, static_cast<qsizetype>(used));
        used = 0;
    };
    const char16_t* units = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (used > sizeof buffer - 8)
            flush();
        char32_t c = units[i];
        if (c < 0x80) {
            if (c == '&') {
                std::memcpy(buffer + used, "&amp;", 5);
                used += 5;
            } else if (c == '<' || c == '>') {
                std::memcpy(buffer + used, c == '<' ? "&lt;" : "&gt;", 4);
                used += 4;
            } else if (c < 0x20 && c != '\t' && c != '\n') {
                used += static_cast<std::size_t>(std::snprintf(buffer + used, 8, "_x%04X_", static_cast<unsigned>(c)));
            } else {
                buffer[used++] = static_cast<char>(c);
            }
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(units[i + 1]))
            c = QChar::surrogateToUcs4(static_cast<char16_t>(c), units[++i]);
        else if (QChar::isSurrogate(c))
            c = 0xFFFD;
        if (c < 0x800) {
            buffer[used++] = static_cast<char>(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            buffer[used++] = static_cast<char>(0xE0 | (c >> 12));
            buffer[used++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        } else {
            buffer[used++] = static_cast<char>(0xF0 | (c >> 18));
            buffer[used++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            buffer[used++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        }
        buffer[used++] = static_cast<char>(0x80 | (c & 0x3F));
    }
    flush();
}

bool needsPreserve(QStringView text)
{
    const auto space = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    };
    return !text.isEmpty() && (space(text.front()) || space(text.back()));
}

QByteArray xmlAttribute(const QString& text)
{
    QByteArray out;
    appendXmlText(out, text);
    return out.replace('"', "&quot;");
}

constexpr char kXmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr char kMainNamespace[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kRelationshipNamespace[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// Two cell formats: 0 the default, 1 bold (the header).
constexpr char kStyles[] =
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<fonts count=\"2\"><font><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/>"
    "<scheme val=\"minor\"/></font><font><b/><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/>"
    "<family val=\"2\"/><scheme val=\"minor\"/></font></fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/>"
    "</fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>";

} // namespace

// The .xlsx is written on a thread of its own: the caller reads the next rows while the thread encodes the
// previous ones into the sheet's XML (UTF-8, escaped) and deflates it into the zip (ZipStreamWriter).
// The workbook is the smallest Excel opens without a repair: content types, relationships, the workbook, a
// stylesheet with a bold font, and the sheets with inline strings (no shared-string table to hold in memory),
// the column widths and the header row frozen.
struct TableFileWriter::Xlsx
{
    // The caller's cells as given (shared, not copied): the writing thread encodes them, which balances the two
    // threads' work (docs/PERFORMANCE.md, "Export").
    using Row = QStringList;
    // Rows handed over in batches: one lock per batch, not per row; at most kQueuedBatches wait.
    static constexpr size_t kBatchRows = 512;
    static constexpr size_t kQueuedBatches = 8;

    std::unique_ptr<ZipStreamWriter> zip;
    std::vector<QByteArray> sheetNames; // escaped, as attributes
    std::vector<QByteArray> letters;    // each column's
    QByteArray xml;                     // the current sheet's XML not yet deflated
    qint64 row = 0;                     // the next row of the current sheet, from 1 (the writing thread's)

    std::vector<Row> batch; // the caller's rows not yet handed over
    std::mutex lock;
    std::condition_variable changed;
    std::deque<std::vector<Row>> queue;
    bool done = false; // no more rows: the thread ends once the queue is empty
    bool stop = false; // give up (cancel, error, destruction): the thread ends at once
    std::optional<core::Error> error;
    std::thread thread;
};

TableFileWriter::~TableFileWriter()
{
    if (m_xlsx && m_xlsx->thread.joinable()) {
        {
            std::lock_guard<std::mutex> guard(m_xlsx->lock);
            m_xlsx->stop = true;
        }
        m_xlsx->changed.notify_all();
        m_xlsx->thread.join();
    }
    // Not finished (a cancel, an error): no partial workbook is left behind.
    if (m_xlsx && m_xlsx->zip && !m_finished) {
        m_xlsx->zip.reset();
        QFile::remove(m_path);
    }
}

QString TableFileWriter::formatName(Format format)
{
    return format == Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

std::optional<TableFileWriter::Format> TableFileWriter::formatFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (lower == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

core::Result<std::unique_ptr<TableFileWriter>> TableFileWriter::open(const QString& path, Format format,
                                                                     std::vector<Column> columns,
                                                                     const QString& sheetName, qint64 rowsPerSheet)
{
    std::unique_ptr<TableFileWriter> writer(new TableFileWriter);
    writer->m_path = path;
    writer->m_format = format;
    writer->m_columns = std::move(columns);
    writer->m_sheetName = sheetName.left(28);
    writer->m_rowsPerSheet = rowsPerSheet > 1 && rowsPerSheet < kRowsPerSheet ? rowsPerSheet : kRowsPerSheet;
    QStringList headers;
    for (const Column& column : writer->m_columns)
        headers << column.header;
    if (format == Format::Csv) {
        writer->m_csv = std::make_unique<QFile>(path);
        if (!writer->m_csv->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return writeError(path, writer->m_csv->errorString());
        writer->m_buffer.reserve(kCsvFlushAt + 4096);
        writer->m_buffer.append("\xEF\xBB\xBF");
    } else {
        writer->m_xlsx = std::make_unique<Xlsx>();
        writer->m_xlsx->zip = std::make_unique<ZipStreamWriter>(path);
        if (auto opened = writer->m_xlsx->zip->open(); !opened)
            return opened.error();
        for (std::size_t i = 0; i < writer->m_columns.size(); ++i)
            writer->m_xlsx->letters.push_back(columnLetters(i));
        writer->m_xlsx->xml.reserve(kXmlFlushAt + 65536);
    }
    if (auto started = writer->startSheet(); !started)
        return started.error();
    if (format == Format::Xlsx)
        writer->m_xlsx->thread = std::thread([w = writer.get()] { w->writeRows(); });
    if (format == Format::Csv) {
        if (auto written = writer->addCsvRow(headers); !written)
            return written.error();
    }
    return writer;
}

core::Status TableFileWriter::startSheet()
{
    if (m_format != Format::Xlsx)
        return {};
    Xlsx& x = *m_xlsx;
    const auto number = x.sheetNames.size() + 1;
    x.sheetNames.push_back(
        xmlAttribute(number == 1 ? m_sheetName : QStringLiteral("%1 %2").arg(m_sheetName).arg(number)));
    if (auto begun = x.zip->begin(QStringLiteral("xl/worksheets/sheet%1.xml").arg(number), kDeflateLevel); !begun)
        return begun;
    x.xml.append(kXmlDeclaration);
    x.xml.append("<worksheet xmlns=\"").append(kMainNamespace).append("\" xmlns:r=\"");
    x.xml.append(kRelationshipNamespace).append("\">");
    // The header row stays in view.
    x.xml.append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
                 "activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView>"
                 "</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        char col[128];
        std::snprintf(col, sizeof col, "<col min=\"%zu\" max=\"%zu\" width=\"%.8g\" customWidth=\"1\"/>", i + 1, i + 1,
                      m_columns[i].width + 0.7109375); // Excel adds the cell padding to the characters
        x.xml.append(col);
    }
    x.xml.append("</cols><sheetData><row r=\"1\">");
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const QString& text = m_columns[i].header;
        x.xml.append("<c r=\"").append(x.letters[i]).append("1\" s=\"1\" t=\"inlineStr\"><is><t");
        x.xml.append(needsPreserve(text) ? " xml:space=\"preserve\">" : ">");
        appendXmlText(x.xml, text);
        x.xml.append("</t></is></c>");
    }
    x.xml.append("</row>");
    x.row = 2;
    return {};
}

core::Status TableFileWriter::endSheet()
{
    Xlsx& x = *m_xlsx;
    x.xml.append("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
                 "footer=\"0.3\"/></worksheet>");
    if (auto written = x.zip->write(x.xml); !written)
        return written;
    x.xml.resize(0);
    return x.zip->end();
}

core::Status TableFileWriter::writeWorkbookParts()
{
    Xlsx& x = *m_xlsx;
    const auto part = [&](const char* name, const QByteArray& content) -> core::Status {
        if (auto begun = x.zip->begin(QString::fromLatin1(name), kDeflateLevel); !begun)
            return begun;
        if (auto written = x.zip->write(QByteArray(kXmlDeclaration) + content); !written)
            return written;
        return x.zip->end();
    };
    QByteArray types = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" "
                       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                       "<Override PartName=\"/xl/styles.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    QByteArray sheets = "<sheets>";
    QByteArray relationships = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (std::size_t i = 0; i < x.sheetNames.size(); ++i) {
        const QByteArray n = QByteArray::number(static_cast<qulonglong>(i + 1));
        types.append("<Override PartName=\"/xl/worksheets/sheet" + n +
                     ".xml\" ContentType=\"application/"
                     "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        sheets.append("<sheet name=\"" + x.sheetNames[i] + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>");
        relationships.append("<Relationship Id=\"rId" + n + "\" Type=\"" + kRelationshipNamespace +
                             "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>");
    }
    const QByteArray stylesId = QByteArray::number(static_cast<qulonglong>(x.sheetNames.size() + 1));
    relationships.append("<Relationship Id=\"rId" + stylesId + "\" Type=\"" + kRelationshipNamespace +
                         "/styles\" Target=\"styles.xml\"/></Relationships>");
    types.append("</Types>");
    sheets.append("</sheets>");
    const QByteArray workbook = QByteArray("<workbook xmlns=\"") + kMainNamespace + "\" xmlns:r=\"" +
                                kRelationshipNamespace + "\"><bookViews><workbookView/></bookViews>" + sheets +
                                "</workbook>";
    const QByteArray packageRelationships =
        QByteArray("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId1\" Type=\"") +
        kRelationshipNamespace + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    for (const auto& [name, content] : {std::pair<const char*, QByteArray>{"[Content_Types].xml", types},
                                        {"_rels/.rels", packageRelationships},
                                        {"xl/workbook.xml", workbook},
                                        {"xl/_rels/workbook.xml.rels", relationships},
                                        {"xl/styles.xml", QByteArray(kStyles)}}) {
        if (auto written = part(name, content); !written)
            return written;
    }
    return {};
}

core::Status TableFileWriter::addRow(const QStringList& cells)
{
    auto status = m_format == Format::Csv ? addCsvRow(cells) : addXlsxRow(cells);
    if (status)
        ++m_rows;
    return status;
}

core::Status TableFileWriter::addCsvRow(const QStringList& cells)
{
    QString line;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        if (static_cast<qsizetype>(i) < cells.size())
            line += core::CsvField::text(cells[static_cast<qsizetype>(i)]);
    }
    line += QStringLiteral("\r\n");
    m_buffer += line.toUtf8();
    if (m_buffer.size() >= kCsvFlushAt) {
        if (m_csv->write(m_buffer) != m_buffer.size())
            return writeError(m_path, m_csv->errorString());
        m_buffer.clear();
    }
    return {};
}

core::Status TableFileWriter::addXlsxRow(const QStringList& cells)
{
    Xlsx& x = *m_xlsx;
    x.batch.push_back(cells);
    return x.batch.size() >= Xlsx::kBatchRows ? handOver() : core::Status();
}

core::Status TableFileWriter::handOver()
{
    Xlsx& x = *m_xlsx;
    {
        std::unique_lock<std::mutex> guard(x.lock);
        x.changed.wait(guard, [&] { return x.queue.size() < Xlsx::kQueuedBatches || x.error; });
        if (x.error)
            return *x.error;
        if (!x.batch.empty())
            x.queue.push_back(std::move(x.batch));
    }
    x.batch.clear();
    x.changed.notify_all();
    return {};
}

void TableFileWriter::writeRows()
{
    Xlsx& x = *m_xlsx;
    for (;;) {
        std::vector<Xlsx::Row> rows;
        {
            std::unique_lock<std::mutex> guard(x.lock);
            x.changed.wait(guard, [&] { return !x.queue.empty() || x.done || x.stop; });
            if (x.stop || x.queue.empty())
                return;
            rows = std::move(x.queue.front());
            x.queue.pop_front();
        }
        x.changed.notify_all();
        for (const Xlsx::Row& row : rows) {
            core::Status written;
            if (x.row > m_rowsPerSheet) {
                written = endSheet();
                if (written)
                    written = startSheet();
            }
            if (written) {
                char number[24];
                const int digits = std::snprintf(number, sizeof number, "%lld", static_cast<long long>(x.row));
                put(x.xml, "<row r=\"");
                x.xml.append(number, digits);
                put(x.xml, "\">");
                const qsizetype count = std::min<qsizetype>(row.size(), static_cast<qsizetype>(m_columns.size()));
                for (qsizetype i = 0; i < count; ++i) {
                    const QString& text = row[i];
                    if (text.isEmpty())
                        continue;
                    put(x.xml, "<c r=\"");
                    x.xml.append(x.letters[static_cast<std::size_t>(i)]);
                    x.xml.append(number, digits);
                    bool isNumber = false;
                    const double value = m_columns[static_cast<std::size_t>(i)].number ? text.toDouble(&isNumber) : 0;
                    if (isNumber) {
                        char formatted[40];
                        const int length = std::snprintf(formatted, sizeof formatted, "%.16G", value);
                        put(x.xml, "\"><v>");
                        x.xml.append(formatted, length);
                        put(x.xml, "</v></c>");
                    } else {
                        // A string cell, never a formula, whatever it starts with.
                        const QStringView cell = QStringView(text).left(kMaxCellText);
                        if (needsPreserve(cell))
                            put(x.xml, "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                        else
                            put(x.xml, "\" t=\"inlineStr\"><is><t>");
                        appendXmlText(x.xml, cell);
                        put(x.xml, "</t></is></c>");
                    }
                }
                put(x.xml, "</row>");
                if (x.xml.size() >= kXmlFlushAt) {
                    written = x.zip->write(x.xml);
                    x.xml.resize(0); // keeps the buffer: no new allocation and copy for every piece
                }
            }
            if (!written) {
                {
                    std::lock_guard<std::mutex> guard(x.lock);
                    x.error = written.error();
                }
                x.changed.notify_all();
                return;
            }
            ++x.row;
        }
    }
}

core::Status TableFileWriter::finish()
{
    if (m_finished)
        return {};
    if (m_format == Format::Csv) {
        m_finished = true;
        if (!m_buffer.isEmpty() && m_csv->write(m_buffer) != m_buffer.size())
            return writeError(m_path, m_csv->errorString());
        m_buffer.clear();
        if (!m_csv->flush())
            return writeError(m_path, m_csv->errorString());
        m_csv->close();
        return {};
    }
    Xlsx& x = *m_xlsx;
    if (auto handed = handOver(); !handed)
        return handed;
    {
        std::lock_guard<std::mutex> guard(x.lock);
        x.done = true;
    }
    x.changed.notify_all();
    x.thread.join();
    if (x.error)
        return *x.error; // not finished: the destructor removes the partial file
    if (auto ended = endSheet(); !ended)
        return ended;
    if (auto parts = writeWorkbookParts(); !parts)
        return parts;
    if (auto closed = x.zip->close(); !closed)
        return closed;
    m_finished = true;
    return {};
}

} // namespace carddesk::io
