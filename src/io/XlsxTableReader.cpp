#include "io/XlsxTableReader.h"

#include "core/RegularFile.h"
#include "io/CsvTableReader.h"
#include "io/TextFileDecoder.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>
#include <memory>

namespace carddesk::io {

using core::ErrorCode;

namespace {

using Archive = std::unique_ptr<zip_t, int (*)(zip_t*)>;

core::Error fileError(const QString& fileName, const QString& message)
{
    return core::Error{ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(fileName, message),
                       QStringLiteral("file"), -1};
}

// One part of the archive, or nullopt when it is not there. A part over the limit or that fails its CRC is an error.
core::Result<std::optional<QByteArray>> readPart(zip_t* archive, const QString& fileName, const QString& name,
                                                 qint64 limit)
{
    const QByteArray entry = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, entry.constData(), 0, &stat) != 0)
        return std::optional<QByteArray>();
    if ((stat.valid & ZIP_STAT_SIZE) && static_cast<qint64>(stat.size) > limit)
        return fileError(fileName, QStringLiteral("the part %1 unpacks to %2 MB, more than a customer file may "
                                                  "hold (%3 MB)")
                                       .arg(name)
                                       .arg(static_cast<qint64>(stat.size) / (1024 * 1024))
                                       .arg(limit / (1024 * 1024)));
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen(archive, entry.constData(), 0), zip_fclose);
    if (!file)
        return fileError(fileName, QStringLiteral("the zip is damaged: %1 cannot be opened (%2)")
                                       .arg(name, QString::fromUtf8(zip_strerror(archive))));
    QByteArray data;
    data.resize(static_cast<qsizetype>(stat.size));
    qint64 done = 0;
    while (done < data.size()) {
        const zip_int64_t got =
            zip_fread(file.get(), data.data() + done, static_cast<zip_uint64_t>(data.size() - done));
        if (got < 0)
            return fileError(fileName, QStringLiteral("the zip is damaged: %1 cannot be read (%2)")
                                           .arg(name, QString::fromUtf8(zip_file_strerror(file.get()))));
        if (got == 0)
            break;
        done += got;
    }
    if (done != data.size())
        return fileError(fileName, QStringLiteral("the zip is damaged: %1 is cut short").arg(name));
    return std::optional<QByteArray>(std::move(data));
}

// "B12" -> column 2, row 12. False when the reference is not of that form.
bool parseReference(QStringView reference, int* column, qint64* row)
{
    int c = 0;
    qsizetype i = 0;
    while (i < reference.size() && reference[i] >= u'A' && reference[i] <= u'Z') {
        c = c * 26 + (reference[i].unicode() - u'A' + 1);
        if (c > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == reference.size())
        return false;
    bool ok = false;
    const qint64 r = reference.mid(i).toLongLong(&ok);
    if (!ok || r < 1)
        return false;
    *column = c;
    *row = r;
    return true;
}

QString xmlError(const QString& fileName, const QString& part, const QXmlStreamReader& xml)
{
    return QStringLiteral("%1: the part %2 is not well-formed XML (line %3: %4); the file is damaged")
        .arg(fileName, part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

// The text of an <si> or <is> element: its <t>, or its runs' <t>s, without the phonetic guide (<rPh>).
QString readRichText(QXmlStreamReader& xml)
{
    QString text;
    int depth = 1;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh" || xml.name() == u"phoneticPr")
                xml.skipCurrentElement();
            else if (xml.name() == u"t")
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else
                ++depth;
        } else if (token == QXmlStreamReader::EndElement && --depth == 0) {
            break;
        }
    }
    return text;
}

QString relationshipTarget(const QString& target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    if (target.startsWith(QStringLiteral("xl/")))
        return target;
    return QStringLiteral("xl/") + target;
}

QString numberText(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

} // namespace

QDate XlsxTableReader::dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466) // 9999-12-31
        return {};
    const auto days = static_cast<qint64>(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days < 1 || days == 60)
        return {}; // 0 is "1900-01-00", 60 the 29 February 1900 that never was
    // Serials 1-59 count from 1 January 1900; from 61 on, one day too many (Excel kept Lotus 1-2-3's leap year).
    return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

bool XlsxTableReader::isDateFormat(int numFmtId, const QString& formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22 || (numFmtId >= 27 && numFmtId <= 36) ||
        (numFmtId >= 50 && numFmtId <= 58))
        return true;
    if (numFmtId < 164)
        return false;
    // Custom: a y or a d outside quoted text, [colour/locale] brackets and escaped characters.
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'[') {
            bracket = true;
        } else if (c == u']') {
            bracket = false;
        } else if (bracket) {
            continue;
        } else if (c == u'\\') {
            ++i;
        } else if (c == u'y' || c == u'Y' || c == u'd' || c == u'D') {
            return true;
        }
    }
    return false;
}

core::Result<ImportTable> XlsxTableReader::read(const QString& path, const Options& options)
{
    const QString fileName = QFileInfo(path).fileName();
    if (auto regular = core::requireRegularFile(path); !regular)
        return regular.error();
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return core::makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        if (file.size() > options.maxFileBytes)
            return fileError(fileName, QStringLiteral("the file is %1 MB; a customer file may have at most %2 MB")
                                           .arg(file.size() / (1024 * 1024))
                                           .arg(options.maxFileBytes / (1024 * 1024)));
        const QByteArray head = file.read(16);
        if (!head.startsWith("PK\x03\x04")) {
            if (head.isEmpty())
                return fileError(fileName, QStringLiteral("the file is empty; it is not an .xlsx workbook"));
            const QString kind = TextFileDecoder::binaryKind(head);
            if (!kind.isEmpty())
                return fileError(fileName, QStringLiteral("not an .xlsx workbook: it is %1").arg(kind));
            return fileError(fileName, QStringLiteral("not an .xlsx workbook (an .xlsx file is a zip archive; this "
                                                      "one is not: if it is text, give it a .csv name)"));
        }
    }
    int zipError = 0;
    // No ZIP_CHECKCONS: its strict header comparison refuses zip64 workbooks as libxlsxwriter (CardDesk's own
    // export) writes them. A damaged part is still caught: zip_fread checks each part's CRC.
    Archive archive(zip_open(path.toLocal8Bit().constData(), ZIP_RDONLY, &zipError), zip_close);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, zipError);
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return fileError(fileName, QStringLiteral("the zip archive is damaged (%1): the file was cut short or "
                                                  "changed; save it again from the spreadsheet program")
                                       .arg(reason));
    }
    auto part = [&](const QString& name) { return readPart(archive.get(), fileName, name, options.maxPartBytes); };

    // Workbook: sheets (name, relationship) and the date system.
    auto workbook = part(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return workbook.error();
    if (!*workbook)
        return fileError(fileName, QStringLiteral("a zip archive but not a spreadsheet (it has no xl/workbook.xml; "
                                                  "a Word or other document?)"));
    struct Sheet
    {
        QString name;
        QString relationship;
    };
    std::vector<Sheet> sheets;
    bool date1904 = false;
    {
        QXmlStreamReader xml(**workbook);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"workbookPr") {
                const QStringView value = xml.attributes().value(QStringLiteral("date1904"));
                date1904 = value == u"1" || value == u"true";
            } else if (xml.name() == u"sheet") {
                QString relationship;
                for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                    if (attribute.name() == u"id")
                        relationship = attribute.value().toString();
                }
                sheets.push_back({xml.attributes().value(QStringLiteral("name")).toString(), relationship});
            }
        }
        if (xml.hasError())
            return core::makeError(ErrorCode::InvalidArgument,
                                   xmlError(fileName, QStringLiteral("xl/workbook.xml"), xml), QStringLiteral("file"));
    }
    if (sheets.empty())
        return fileError(fileName, QStringLiteral("the workbook has no sheet"));

    // Relationships: sheet and shared-string parts.
    QHash<QString, QString> targets;
    QString sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    QString stylesPart = QStringLiteral("xl/styles.xml");
    if (auto rels = part(QStringLiteral("xl/_rels/workbook.xml.rels")); !rels) {
        return rels.error();
    } else if (*rels) {
        QXmlStreamReader xml(**rels);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
                continue;
            const QString target = relationshipTarget(xml.attributes().value(QStringLiteral("Target")).toString());
            const QStringView type = xml.attributes().value(QStringLiteral("Type"));
            targets.insert(xml.attributes().value(QStringLiteral("Id")).toString(), target);
            if (type.endsWith(u"/sharedStrings"))
                sharedStringsPart = target;
            else if (type.endsWith(u"/styles"))
                stylesPart = target;
        }
    }

    // The chosen sheet: by name, else by number.
    std::size_t chosen = 0;
    if (!options.sheet.isEmpty()) {
        bool found = false;
        for (std::size_t i = 0; i < sheets.size() && !found; ++i) {
            if (sheets[i].name.compare(options.sheet, Qt::CaseInsensitive) == 0) {
                chosen = i;
                found = true;
            }
        }
        bool isNumber = false;
        const int number = options.sheet.toInt(&isNumber);
        if (!found && isNumber && number >= 1 && number <= static_cast<int>(sheets.size())) {
            chosen = static_cast<std::size_t>(number - 1);
            found = true;
        }
        if (!found) {
            QStringList names;
            for (const Sheet& sheet : sheets)
                names.append(sheet.name);
            return core::makeError(ErrorCode::InvalidArgument,
                                   QStringLiteral("%1 has no sheet '%2'; its sheets are: %3")
                                       .arg(fileName, options.sheet, names.join(QStringLiteral(", "))),
                                   QStringLiteral("sheet"));
        }
    }
    QString sheetPart = targets.value(sheets[chosen].relationship);
    if (sheetPart.isEmpty())
        sheetPart = QStringLiteral("xl/worksheets/sheet%1.xml").arg(chosen + 1);

    // Shared strings.
    std::vector<QString> sharedStrings;
    if (auto data = part(sharedStringsPart); !data) {
        return data.error();
    } else if (*data) {
        QXmlStreamReader xml(**data);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
                sharedStrings.push_back(readRichText(xml));
        }
        if (xml.hasError())
            return core::makeError(ErrorCode::InvalidArgument, xmlError(fileName, sharedStringsPart, xml),
                                   QStringLiteral("file"));
    }

    // Styles: which cell formats show dates.
    std::vector<bool> dateStyle;
    if (auto data = part(stylesPart); !data) {
        return data.error();
    } else if (*data) {
        QHash<int, QString> customFormats;
        QXmlStreamReader xml(**data);
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
                inCellXfs = false;
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"numFmt")
                customFormats.insert(xml.attributes().value(QStringLiteral("numFmtId")).toInt(),
                                     xml.attributes().value(QStringLiteral("formatCode")).toString());
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (inCellXfs && xml.name() == u"xf") {
                const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                dateStyle.push_back(isDateFormat(id, customFormats.value(id)));
            }
        }
        if (xml.hasError())
            return core::makeError(ErrorCode::InvalidArgument, xmlError(fileName, stylesPart, xml),
                                   QStringLiteral("file"));
    }

    auto sheetData = part(sheetPart);
    if (!sheetData)
        return sheetData.error();
    if (!*sheetData)
        return fileError(
            fileName,
            QStringLiteral("the sheet '%1' has no part %2; the file is damaged").arg(sheets[chosen].name, sheetPart));

    ImportTable table;
    table.fileName = fileName;
    table.format = QStringLiteral("xlsx");
    table.sheetName = sheets[chosen].name;
    for (const Sheet& sheet : sheets)
        table.sheetNames.append(sheet.name);

    auto problem = [&](qint64 row, int column, const QString& message) {
        table.cellProblems.push_back({row, column, message});
    };
    QXmlStreamReader xml(**sheetData);
    qint64 rowNumber = 0;
    int nextColumn = 1;
    bool rowOpen = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"row" && rowOpen) {
            table.endRow();
            rowOpen = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"row") {
            const QStringView r = xml.attributes().value(QStringLiteral("r"));
            const qint64 previous = rowNumber;
            rowNumber = r.isEmpty() ? rowNumber + 1 : r.toLongLong();
            // A spreadsheet program leaves empty rows out of the file: the gap counts them.
            if (table.headerFileRow() > 0 && rowNumber > previous + 1)
                table.emptyRowsSkipped += rowNumber - previous - 1;
            table.beginRow(rowNumber);
            rowOpen = true;
            nextColumn = 1;
        } else if (xml.name() == u"c" && rowOpen) {
            const QXmlStreamAttributes attributes = xml.attributes();
            int column = nextColumn;
            qint64 cellRow = rowNumber;
            const QStringView reference = attributes.value(QStringLiteral("r"));
            if (!reference.isEmpty() && !parseReference(reference, &column, &cellRow))
                return core::makeError(ErrorCode::InvalidArgument,
                                       QStringLiteral("%1, row %2: a cell with the bad reference '%3'; the file is "
                                                      "damaged")
                                           .arg(fileName)
                                           .arg(rowNumber)
                                           .arg(reference.left(20)),
                                       QStringLiteral("cell"), rowNumber);
            if (column < nextColumn)
                continue; // cells out of order: not written by a spreadsheet program; keep the first
            const QString cellName = ImportTable::columnLetters(column) + QString::number(rowNumber);
            const QStringView type = attributes.value(QStringLiteral("t"));
            const int style = attributes.value(QStringLiteral("s")).toInt();
            QString value;
            QString inlineText;
            bool hasValue = false;
            bool hasFormula = false;
            bool hasInline = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"v") {
                    value = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == u"f") {
                    hasFormula = true;
                    xml.skipCurrentElement();
                } else if (xml.name() == u"is") {
                    inlineText = readRichText(xml);
                    hasInline = true;
                } else {
                    xml.skipCurrentElement();
                }
            }
            QString text;
            if (type == u"inlineStr") {
                text = inlineText;
            } else if (type == u"s") {
                bool ok = false;
                const qsizetype index = value.toLongLong(&ok);
                if (!ok || index < 0 || index >= static_cast<qsizetype>(sharedStrings.size())) {
                    problem(rowNumber, column,
                            QStringLiteral("cell %1 names shared string %2, which the file does not hold (damaged)")
                                .arg(cellName, value.left(20)));
                } else {
                    text = sharedStrings[static_cast<std::size_t>(index)];
                }
            } else if (type == u"str" || type == u"d") {
                text = value;
            } else if (type == u"b") {
                text = value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == u"e") {
                problem(
                    rowNumber, column,
                    QStringLiteral("cell %1 holds the error value %2 (a formula that failed)").arg(cellName, value));
            } else if (hasValue) {
                bool ok = false;
                const double number = value.toDouble(&ok);
                if (!ok) {
                    text = value;
                } else if (style >= 0 && static_cast<std::size_t>(style) < dateStyle.size() &&
                           dateStyle[static_cast<std::size_t>(style)]) {
                    const QDate date = dateFromSerial(number, date1904);
                    if (date.isValid())
                        text = date.toString(Qt::ISODate);
                    else
                        problem(rowNumber, column,
                                QStringLiteral("cell %1 holds the date serial %2, which is no real day (Excel shows "
                                               "it as 1900-01-00 or 1900-02-29)")
                                    .arg(cellName, value));
                } else {
                    text = numberText(number);
                }
            }
            if (hasFormula && !hasValue && !hasInline)
                problem(rowNumber, column,
                        QStringLiteral("cell %1 holds a formula without a saved result (open the file in a "
                                       "spreadsheet program and save it, or paste the values)")
                            .arg(cellName));
            if (column > CsvTableReader::kMaxColumns && !text.isEmpty())
                return core::makeError(ErrorCode::InvalidArgument,
                                       QStringLiteral("%1, row %2, column %3 (%4): more than %5 columns in one row")
                                           .arg(fileName)
                                           .arg(rowNumber)
                                           .arg(column)
                                           .arg(ImportTable::columnLetters(column))
                                           .arg(CsvTableReader::kMaxColumns),
                                       QStringLiteral("column %1").arg(column), rowNumber);
            if (column > CsvTableReader::kMaxColumns)
                continue;
            table.addEmptyCells(column - nextColumn);
            table.addCell(text);
            nextColumn = column + 1;
        } else if (xml.name() == u"mergeCell") {
            const QString reference = xml.attributes().value(QStringLiteral("ref")).toString();
            const QStringList corners = reference.split(u':');
            MergedCells merged;
            merged.reference = reference;
            if (corners.size() == 2 && parseReference(corners[0], &merged.firstColumn, &merged.firstRow) &&
                parseReference(corners[1], &merged.lastColumn, &merged.lastRow))
                table.mergedCells.push_back(merged);
        }
    }
    if (xml.hasError())
        return core::makeError(ErrorCode::InvalidArgument, xmlError(fileName, sheetPart, xml), QStringLiteral("file"));
    // Merged cells hold their value in the first cell only: every other cell of the range reads empty, which an
    // import would take for "no value". Each is named so the user can unmerge and fill them.
    for (const MergedCells& merged : table.mergedCells) {
        table.warnings.append(QStringLiteral("cells %1 are merged").arg(merged.reference));
        for (qint64 r = merged.firstRow; r <= merged.lastRow && r - merged.firstRow < 100000; ++r) {
            for (int c = merged.firstColumn; c <= merged.lastColumn && c <= CsvTableReader::kMaxColumns; ++c) {
                if (r == merged.firstRow && c == merged.firstColumn)
                    continue;
                problem(r, c,
                        QStringLiteral("cell %1 is part of the merged cells %2, so it reads empty; unmerge them and "
                                       "fill every cell")
                            .arg(ImportTable::columnLetters(c) + QString::number(r), merged.reference));
            }
        }
    }
    if (table.columnCount() == 0)
        return fileError(fileName, QStringLiteral("the sheet '%1' is empty (no header row)").arg(table.sheetName));
    return table;
}

} // namespace carddesk::io
