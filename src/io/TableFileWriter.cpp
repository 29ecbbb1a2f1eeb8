#include "io/TableFileWriter.h"

#include "core/CsvField.h"

#include <QFile>

#include <xlsxwriter.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

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

// The .xlsx is written on a thread of its own: the caller reads the next rows and turns them into UTF-8 while
// libxlsxwriter formats and writes the previous ones (about half of an export's time each, on two cores).
struct TableFileWriter::Xlsx
{
    struct Cell
    {
        lxw_col_t column = 0;
        bool isNumber = false;
        double number = 0;
        QByteArray text;
    };
    using Row = std::vector<Cell>;
    // Rows handed over in batches: one lock per batch, not per row; at most kQueuedBatches wait.
    static constexpr size_t kBatchRows = 512;
    static constexpr size_t kQueuedBatches = 8;

    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* header = nullptr;
    int sheets = 0;
    lxw_row_t row = 0; // the next row of the current sheet (the writing thread's)

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
    Xlsx::Row row;
    const qsizetype count = std::min<qsizetype>(cells.size(), static_cast<qsizetype>(m_columns.size()));
    for (qsizetype i = 0; i < count; ++i) {
        const QString& text = cells[i];
        if (text.isEmpty())
            continue;
        Xlsx::Cell cell;
        cell.column = static_cast<lxw_col_t>(i);
        cell.number = m_columns[static_cast<size_t>(i)].number ? text.toDouble(&cell.isNumber) : 0.0;
        if (!cell.isNumber)
            cell.text = text.left(kMaxCellText).toUtf8();
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
            if (static_cast<qint64>(x.row) >= m_rowsPerSheet)
                written = startSheet();
            for (const Xlsx::Cell& cell : row) {
                if (!written)
                    break;
                // A string cell, never a formula, whatever it starts with.
                const lxw_error error =
                    cell.isNumber ? worksheet_write_number(x.sheet, x.row, cell.column, cell.number, nullptr)
                                  : worksheet_write_string(x.sheet, x.row, cell.column, cell.text.constData(), nullptr);
                if (error != LXW_NO_ERROR)
                    written = writeError(m_path, QString::fromUtf8(lxw_strerror(error)));
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
        return *x.error; // not finished: the destructor frees the workbook, and no file is written
    // workbook_close frees the workbook whatever it answers.
    m_finished = true;
    const lxw_error error = workbook_close(m_xlsx->workbook);
    m_xlsx->workbook = nullptr;
    if (error != LXW_NO_ERROR)
        return writeError(m_path, QString::fromUtf8(lxw_strerror(error)));
    return {};
}

} // namespace carddesk::io
