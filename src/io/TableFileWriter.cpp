#include "io/TableFileWriter.h"

#include "core/CsvField.h"

#include <QFile>

#include <xlsxwriter.h>

namespace carddesk::io {

using core::ErrorCode;
using core::makeError;

namespace {

// Excel's rows a sheet, the header included.
constexpr qint64 kRowsPerSheet = LXW_ROW_MAX;
// Written to the file in pieces of about this size: one write() per row would be a million system calls.
constexpr qsizetype kCsvFlushAt = 1 << 20;
// Excel holds at most this many characters in a cell.
constexpr qsizetype kMaxCellText = 32767;

core::Error writeError(const QString& path, const QString& why)
{
    return makeError(ErrorCode::Io, QStringLiteral("could not write %1: %2").arg(path, why));
}

} // namespace

struct TableFileWriter::Xlsx
{
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* header = nullptr;
    int sheets = 0;
    lxw_row_t row = 0; // the next row of the current sheet
};

TableFileWriter::~TableFileWriter()
{
    // Not finished (a cancel, an error): the workbook's memory and temporary files go, and no file is written.
    if (m_xlsx && m_xlsx->workbook && !m_finished)
        lxw_workbook_free(m_xlsx->workbook);
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
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        // A million rows of inline strings can pass the 4 GB of sheet XML a plain zip holds; ZIP64 lifts that limit.
        options.use_zip64 = LXW_TRUE;
        const QByteArray name = QFile::encodeName(path);
        writer->m_xlsx->workbook = workbook_new_opt(name.constData(), &options);
        if (!writer->m_xlsx->workbook)
            return writeError(path, QStringLiteral("the workbook could not be created"));
        writer->m_xlsx->header = workbook_add_format(writer->m_xlsx->workbook);
        format_set_bold(writer->m_xlsx->header);
    }
    if (auto started = writer->startSheet(); !started)
        return started.error();
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
    ++x.sheets;
    const QByteArray title =
        (x.sheets == 1 ? m_sheetName : QStringLiteral("%1 %2").arg(m_sheetName).arg(x.sheets)).toUtf8();
    x.sheet = workbook_add_worksheet(x.workbook, title.constData());
    if (!x.sheet)
        return writeError(m_path, QStringLiteral("the sheet could not be added"));
    // Widths before the first row: in constant-memory mode a row is final once the next one starts.
    for (size_t i = 0; i < m_columns.size(); ++i)
        worksheet_set_column(x.sheet, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), m_columns[i].width,
                             nullptr);
    worksheet_freeze_panes(x.sheet, 1, 0);
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const QByteArray text = m_columns[i].header.toUtf8();
        if (worksheet_write_string(x.sheet, 0, static_cast<lxw_col_t>(i), text.constData(), x.header) != LXW_NO_ERROR)
            return writeError(m_path, QStringLiteral("the header could not be written"));
    }
    x.row = 1;
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
    if (static_cast<qint64>(x.row) >= m_rowsPerSheet) {
        if (auto started = startSheet(); !started)
            return started;
    }
    const qsizetype count = std::min<qsizetype>(cells.size(), static_cast<qsizetype>(m_columns.size()));
    for (qsizetype i = 0; i < count; ++i) {
        const QString& text = cells[i];
        if (text.isEmpty())
            continue;
        const auto column = static_cast<lxw_col_t>(i);
        lxw_error error = LXW_NO_ERROR;
        bool isNumber = false;
        const double number = m_columns[static_cast<size_t>(i)].number ? text.toDouble(&isNumber) : 0.0;
        if (isNumber) {
            error = worksheet_write_number(x.sheet, x.row, column, number, nullptr);
        } else {
            // A string cell, never a formula, whatever it starts with.
            const QByteArray utf8 = text.left(kMaxCellText).toUtf8();
            error = worksheet_write_string(x.sheet, x.row, column, utf8.constData(), nullptr);
        }
        if (error != LXW_NO_ERROR)
            return writeError(m_path, QString::fromUtf8(lxw_strerror(error)));
    }
    ++x.row;
    return {};
}

core::Status TableFileWriter::finish()
{
    if (m_finished)
        return {};
    m_finished = true;
    if (m_format == Format::Csv) {
        if (!m_buffer.isEmpty() && m_csv->write(m_buffer) != m_buffer.size())
            return writeError(m_path, m_csv->errorString());
        m_buffer.clear();
        if (!m_csv->flush())
            return writeError(m_path, m_csv->errorString());
        m_csv->close();
        return {};
    }
    const lxw_error error = workbook_close(m_xlsx->workbook);
    m_xlsx->workbook = nullptr;
    if (error != LXW_NO_ERROR)
        return writeError(m_path, QString::fromUtf8(lxw_strerror(error)));
    return {};
}

} // namespace carddesk::io
