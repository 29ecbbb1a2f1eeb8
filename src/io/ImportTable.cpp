#include "io/ImportTable.h"

namespace carddesk::io {

namespace {

bool isBlank(QStringView text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

QString ImportTable::header(int column) const
{
    return column >= 0 && column < m_headers.size() ? m_headers[column] : QString();
}

QStringList ImportTable::headers() const
{
    return m_headers;
}

QStringView ImportTable::cell(qsizetype row, int column) const
{
    const std::uint64_t start = m_rowStart[static_cast<std::size_t>(row)];
    const std::uint64_t end = m_rowStart[static_cast<std::size_t>(row) + 1];
    if (column < 0 || start + static_cast<std::uint64_t>(column) >= end)
        return {};
    const Span span = m_cells[start + static_cast<std::uint64_t>(column)];
    return QStringView(m_text).mid(span.offset, span.length);
}

void ImportTable::beginRow(qint64 fileRow)
{
    if (m_rowStart.empty())
        m_rowStart.push_back(0);
    m_pendingFileRow = fileRow;
    m_pendingStart = m_cells.size();
    m_pendingTextStart = m_text.size();
    m_pendingFilled = 0;
}

void ImportTable::addCell(QStringView text)
{
    if (!isBlank(text))
        ++m_pendingFilled;
    m_cells.push_back({static_cast<std::uint32_t>(m_text.size()), static_cast<std::uint32_t>(text.size())});
    m_text.append(text);
}

void ImportTable::addEmptyCells(int count)
{
    for (int i = 0; i < count; ++i)
        m_cells.push_back({0, 0});
}

void ImportTable::endRow()
{
    // Before the header, a row of one filled cell among others is a title above the table (often merged across it):
    // skipped with a warning, like the empty rows there, which are not counted. A title has cells beside it (empty
    // ones: trailing separators, a merged range); a single-column file's header has none.
    const bool title = m_headerFileRow == 0 && m_pendingFilled == 1 && m_cells.size() - m_pendingStart > 1;
    if (m_pendingFilled == 0 || title) {
        if (m_headerFileRow > 0)
            ++emptyRowsSkipped;
        else if (m_pendingFilled == 1)
            warnings.append(QStringLiteral("row %1 is taken as a title above the table and skipped: it has one "
                                           "filled cell")
                                .arg(m_pendingFileRow));
        m_cells.resize(m_pendingStart);
        m_text.truncate(m_pendingTextStart);
        return;
    }
    if (m_headerFileRow == 0) {
        m_headerFileRow = m_pendingFileRow;
        for (std::size_t i = m_pendingStart; i < m_cells.size(); ++i)
            m_headers.append(QStringView(m_text).mid(m_cells[i].offset, m_cells[i].length).trimmed().toString());
        // Trailing empty headers (a sheet's used range wider than the table) are no columns.
        while (!m_headers.isEmpty() && m_headers.last().isEmpty())
            m_headers.removeLast();
        m_cells.resize(m_pendingStart);
        m_text.truncate(m_pendingTextStart);
        return;
    }
    m_rowStart.push_back(m_cells.size());
    m_rowFileNumber.push_back(m_pendingFileRow);
}

QString ImportTable::columnLetters(int column)
{
    QString letters;
    while (column > 0) {
        const int rest = (column - 1) % 26;
        letters.prepend(QChar(u'A' + rest));
        column = (column - 1) / 26;
    }
    return letters;
}

} // namespace carddesk::io
