#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QFile;

namespace carddesk::io {

// Writes one table, a header row and then rows as they come, to a .csv or .xlsx file, holding no more than one row
// in memory (a million customers stream through it).
//   .csv:  UTF-8 with a BOM (Excel then reads Chinese text as UTF-8, not as the system's code page), CRLF line ends,
//          RFC 4180 quoting, and formula neutralisation of text cells (core::CsvField).
//   .xlsx: the sheet's XML written and deflated into the zip as the rows come (ZipStreamWriter, zlib level 1), with
//          no temporary file; a bold header row that stays in view (frozen), columns as wide as given; text cells
//          are inline strings, never formulas; number columns are numbers. Past Excel's 1,048,576 rows a sheet, the
//          rows go on in a second sheet ("… 2") under the same header. The XML and the deflating run on a thread of
//          the writer's own, so the caller reads the next rows meanwhile; its errors come back from the next
//          addRow() or finish(). A writer destroyed unfinished removes its partial file.
class TableFileWriter
{
public:
    enum class Format
    {
        Csv,
        Xlsx
    };
    struct Column
    {
        QString header;
        double width = 12;   // characters, .xlsx only
        bool number = false; // a number column: a numeric cell in .xlsx when the text is a number
    };

    ~TableFileWriter();
    TableFileWriter(const TableFileWriter&) = delete;
    TableFileWriter& operator=(const TableFileWriter&) = delete;

    // Creates `path` (replacing it) and writes the header. Io when the file cannot be created. `rowsPerSheet`
    // (.xlsx, header included) is Excel's limit unless a test asks for fewer.
    static core::Result<std::unique_ptr<TableFileWriter>> open(const QString& path, Format format,
                                                               std::vector<Column> columns, const QString& sheetName,
                                                               qint64 rowsPerSheet = 0);

    // One row, a text per column (missing ones are empty).
    core::Status addRow(const QStringList& cells);
    // Finishes the file (the .xlsx's zip is written here). Io when the disk is full or the file went away.
    core::Status finish();

    qint64 rowsWritten() const { return m_rows; }

    // "xlsx" / "csv" and back; std::nullopt for anything else.
    static QString formatName(Format format);
    static std::optional<Format> formatFromName(const QString& name);

private:
    TableFileWriter() = default;
    struct Xlsx;
    core::Status addCsvRow(const QStringList& cells);
    core::Status addXlsxRow(const QStringList& cells);
    core::Status startSheet();
    core::Status endSheet();
    core::Status writeWorkbookParts(); // content types, relationships, workbook, styles: after the sheets
    core::Status handOver();           // the caller's batch of .xlsx rows to the writing thread
    void writeRows();                  // the writing thread

    QString m_path;
    Format m_format = Format::Csv;
    std::vector<Column> m_columns;
    QString m_sheetName;
    qint64 m_rows = 0;
    qint64 m_rowsPerSheet = 0;
    bool m_finished = false;
    std::unique_ptr<QFile> m_csv;
    QByteArray m_buffer;
    std::unique_ptr<Xlsx> m_xlsx;
};

} // namespace carddesk::io
