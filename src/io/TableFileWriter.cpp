#include "io/TableFileWriter.h"

#include "core/CsvField.h"
#include "io/ZipStreamWriter.h"

#include <QFile>

#include <condition_variable>
#include <cstdio>
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

// Text as an XML element's content, as Excel (and libxlsxwriter) escape it: &, < and > as entities, control
// characters other than tab and line feed as _xHHHH_ (XML 1.0 cannot hold them; a carriage return would be read
// back as a line feed).
QByteArray xmlText(const QByteArray& utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 16);
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '&')
            out.append("&amp;");
        else if (c == '<')
            out.append("&lt;");
        else if (c == '>')
            out.append("&gt;");
        else if (u < 0x20 && c != '\t' && c != '\n') {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "_x%04X_", u);
            out.append(escaped);
        } else
            out.append(c);
    }
    return out;
}

bool needsPreserve(const QByteArray& utf8)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    return !utf8.isEmpty() && (space(utf8.front()) || space(utf8.back()));
}

QByteArray xmlAttribute(const QString& text)
{
    QByteArray out = xmlText(text.toUtf8());
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

// The .xlsx is written on a thread of its own: the caller reads the next rows and turns them into escaped UTF-8
// while the thread puts the previous ones into the sheet's XML and deflates it into the zip (ZipStreamWriter).
// The workbook is the smallest Excel opens without a repair: content types, relationships, the workbook, a
// stylesheet with a bold font, and the sheets with inline strings (no shared-string table to hold in memory),
// the column widths and the header row frozen.
struct TableFileWriter::Xlsx
{
    struct Cell
    {
        quint16 column = 0;
        bool isNumber = false;
        bool preserve = false; // leading or trailing white space: xml:space="preserve"
        double number = 0;
        QByteArray text; // escaped
    };
    using Row = std::vector<Cell>;
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
        const QByteArray text = m_columns[i].header.toUtf8();
        x.xml.append("<c r=\"").append(x.letters[i]).append("1\" s=\"1\" t=\"inlineStr\"><is><t");
        x.xml.append(needsPreserve(text) ? " xml:space=\"preserve\">" : ">");
        x.xml.append(xmlText(text)).append("</t></is></c>");
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
    x.xml.clear();
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
    Xlsx::Row row;
    const qsizetype count = std::min<qsizetype>(cells.size(), static_cast<qsizetype>(m_columns.size()));
    for (qsizetype i = 0; i < count; ++i) {
        const QString& text = cells[i];
        if (text.isEmpty())
            continue;
        Xlsx::Cell cell;
        cell.column = static_cast<quint16>(i);
        cell.number = m_columns[static_cast<size_t>(i)].number ? text.toDouble(&cell.isNumber) : 0.0;
        if (!cell.isNumber) {
            const QByteArray utf8 = text.left(kMaxCellText).toUtf8();
            cell.preserve = needsPreserve(utf8);
            cell.text = xmlText(utf8);
        }
        row.push_back(std::move(cell));
    }
    x.batch.push_back(std::move(row));
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
                const QByteArray number = QByteArray::number(x.row);
                x.xml.append("<row r=\"").append(number).append("\">");
                for (const Xlsx::Cell& cell : row) {
                    x.xml.append("<c r=\"").append(x.letters[cell.column]).append(number);
                    if (cell.isNumber) {
                        char value[40];
                        std::snprintf(value, sizeof value, "%.16G", cell.number);
                        x.xml.append("\"><v>").append(value).append("</v></c>");
                    } else {
                        // A string cell, never a formula, whatever it starts with.
                        x.xml.append(cell.preserve ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                                                   : "\" t=\"inlineStr\"><is><t>");
                        x.xml.append(cell.text).append("</t></is></c>");
                    }
                }
                x.xml.append("</row>");
                if (x.xml.size() >= kXmlFlushAt) {
                    written = x.zip->write(x.xml);
                    x.xml.clear();
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
