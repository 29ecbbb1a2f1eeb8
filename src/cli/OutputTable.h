#pragma once

#include <QStringList>
#include <QTextStream>
#include <QVariantList>

namespace carddesk::cli {

// Rows printed as an aligned text table (CJK characters count two columns), RFC 4180 CSV, or a JSON array
// of objects with typed values.
class OutputTable
{
public:
    enum class Format
    {
        Table,
        Csv,
        Json
    };

    explicit OutputTable(QStringList columns) : m_columns(std::move(columns)) {}

    void addRow(QVariantList row) { m_rows.push_back(std::move(row)); }
    qsizetype rowCount() const { return m_rows.size(); }

    void print(QTextStream& out, Format format) const;

    // "table", "csv" or "json"; false for anything else.
    static bool parseFormat(const QString& text, Format* format);
    static int displayWidth(const QString& text);
    // One CSV field through core::CsvField: texts neutralised against formula injection, numbers as they are.
    static QString csvField(const QVariant& value);

private:
    QStringList m_columns;
    QList<QVariantList> m_rows;
};

} // namespace carddesk::cli
