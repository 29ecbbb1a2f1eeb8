#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace carddesk::io {

// A range of merged cells in a sheet (1-based rows and columns as the sheet numbers them), e.g. B3:B5.
struct MergedCells
{
    QString reference; // "B3:B5"
    qint64 firstRow = 0;
    qint64 lastRow = 0;
    int firstColumn = 0;
    int lastColumn = 0;
};

// A table read from a customer file (.csv or .xlsx) before anything is interpreted: a header row and data rows of
// text, each row with its number in the file (the header's row is the first non-empty one). Empty rows are
// skipped and counted. The cells' text is kept in one buffer with an (offset, length) per cell, so a million rows
// of thirty-five columns cost their text and eight bytes a cell, not a QString each.
class ImportTable
{
public:
    QString fileName;         // as given, for messages
    QString format;           // "csv" or "xlsx"
    QString encoding;         // csv: the encoding the text was read in ("UTF-8", "GB18030", "UTF-16LE")
    QString detectedEncoding; // csv: what detection said (equal to encoding unless overridden)
    QChar separator;          // csv: ',', ';' or '\t'
    QString sheetName;        // xlsx: the sheet read
    QStringList sheetNames;   // xlsx: every sheet of the workbook, in order
    qint64 emptyRowsSkipped = 0;
    std::vector<MergedCells> mergedCells; // xlsx
    QStringList warnings;                 // what the reader noticed but did not refuse, each naming its cell

    // A cell the reader could not give a true value for (part of merged cells, a formula without a saved result,
    // an error value such as #N/A, a date serial Excel cannot show): the row is in error when its column is used.
    struct CellProblem
    {
        qint64 fileRow = 0;
        int column = 0; // 1-based, as the sheet numbers it
        QString message;
    };
    std::vector<CellProblem> cellProblems;

    int columnCount() const { return static_cast<int>(m_headers.size()); }
    qsizetype rowCount() const { return static_cast<qsizetype>(m_rowFileNumber.size()); }
    qint64 headerFileRow() const { return m_headerFileRow; }
    QString header(int column) const;
    QStringList headers() const;
    // A data row's cell; empty beyond the row's last cell. `row` counts data rows from 0.
    QStringView cell(qsizetype row, int column) const;
    qint64 fileRow(qsizetype row) const { return m_rowFileNumber[static_cast<std::size_t>(row)]; }

    // Building, row by row (readers only). The first row added is the header.
    void beginRow(qint64 fileRow);
    void addCell(QStringView text); // the next column
    void addEmptyCells(int count);
    // Ends the row: dropped (and counted) when every cell is blank.
    void endRow();

    // A column's name in a spreadsheet: 1 -> "A", 27 -> "AA".
    static QString columnLetters(int column);

private:
    struct Span
    {
        std::uint32_t offset;
        std::uint32_t length;
    };

    QString m_text;
    std::vector<Span> m_cells;
    std::vector<std::uint64_t> m_rowStart; // index into m_cells of each data row; one more at the end
    std::vector<qint64> m_rowFileNumber;
    QStringList m_headers;
    qint64 m_headerFileRow = 0;
    // the row being built
    qint64 m_pendingFileRow = 0;
    std::size_t m_pendingStart = 0;
    qsizetype m_pendingTextStart = 0;
    int m_pendingFilled = 0;
};

} // namespace carddesk::io
