#include "cli/OutputTable.h"

#include "core/CsvField.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carddesk::cli {

namespace {
QString cellText(const QVariant& value)
{
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'f', 2);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("yes") : QString();
    return value.toString();
}
} // namespace

bool OutputTable::parseFormat(const QString& text, Format* format)
{
    if (text == QLatin1String("table"))
        *format = Format::Table;
    else if (text == QLatin1String("csv"))
        *format = Format::Csv;
    else if (text == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

int OutputTable::displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t ch : text.toUcs4()) {
        // East Asian wide and full-width forms take two terminal cells.
        const bool wide = (ch >= 0x1100 && ch <= 0x115F) || (ch >= 0x2E80 && ch <= 0xA4CF) ||
                          (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0xF900 && ch <= 0xFAFF) ||
                          (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60) ||
                          (ch >= 0xFFE0 && ch <= 0xFFE6) || (ch >= 0x20000 && ch <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString OutputTable::csvField(const QVariant& value)
{
    // Texts may come from anyone (a customer's name, a code from an imported file) and are neutralised; numbers and
    // flags are CardDesk's own and are written as they are.
    switch (value.typeId()) {
    case QMetaType::Double:
        return core::CsvField::value(QString::number(value.toDouble(), 'g', 12));
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return core::CsvField::value(value.toString());
    default:
        return core::CsvField::text(value.toString());
    }
}

void OutputTable::print(QTextStream& out, Format format) const
{
    switch (format) {
    case Format::Json: {
        QJsonArray array;
        for (const QVariantList& row : m_rows) {
            QJsonObject object;
            for (int i = 0; i < m_columns.size() && i < row.size(); ++i)
                object.insert(m_columns[i], QJsonValue::fromVariant(row[i]));
            array.append(object);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        break;
    }
    case Format::Csv: {
        QStringList header;
        for (const QString& column : m_columns)
            header << core::CsvField::text(column);
        out << header.join(QLatin1Char(',')) << '\n';
        for (const QVariantList& row : m_rows) {
            QStringList cells;
            for (const QVariant& value : row)
                cells << csvField(value);
            out << cells.join(QLatin1Char(',')) << '\n';
        }
        break;
    }
    case Format::Table: {
        QList<int> widths;
        for (const QString& column : m_columns)
            widths << displayWidth(column);
        for (const QVariantList& row : m_rows)
            for (int i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], displayWidth(cellText(row[i])));
        auto printLine = [&](const QStringList& cells) {
            QString line;
            for (int i = 0; i < cells.size(); ++i) {
                line += cells[i];
                if (i + 1 < cells.size())
                    line += QString(widths[i] - displayWidth(cells[i]) + 2, QLatin1Char(' '));
            }
            out << line << '\n';
        };
        printLine(m_columns);
        QStringList rule;
        for (int width : widths)
            rule << QString(width, QLatin1Char('-'));
        printLine(rule);
        for (const QVariantList& row : m_rows) {
            QStringList cells;
            for (const QVariant& value : row)
                cells << cellText(value);
            printLine(cells);
        }
        break;
    }
    }
    out.flush();
}

} // namespace carddesk::cli
