#include "io/XlsxTableReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <map>

namespace carddesk::io::test {
namespace {

class XlsxTableReaderTest : public ::testing::Test
{
protected:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // A workbook as a spreadsheet program writes it (libxlsxwriter): shared strings, numbers, dates with a date
    // format, booleans, a formula with its saved result, merged cells, an empty row, a second sheet.
    QString writeOffice(bool inlineStrings = false, bool zip64 = false)
    {
        const QString file = path(zip64 ? "zip64.xlsx" : inlineStrings ? "inline.xlsx" : "office.xlsx");
        const QByteArray name = file.toLocal8Bit();
        lxw_workbook_options options = {};
        options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE; // inline strings instead of shared ones
        options.use_zip64 = zip64 ? LXW_TRUE : LXW_FALSE;               // as CardDesk's own export writes its workbooks
        lxw_workbook* book = workbook_new_opt(name.constData(), &options);
        lxw_worksheet* sheet = workbook_add_worksheet(book, "客户");
        lxw_format* date = workbook_add_format(book);
        format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
        lxw_format* builtinDate = workbook_add_format(book);
        format_set_num_format_index(builtinDate, 14);
        const char* headers[] = {"编号", "客户名称", "注册资本", "成立日期", "重点客户", "信用额度", "联系人生日"};
        for (int c = 0; c < 7; ++c)
            worksheet_write_string(sheet, 0, c, headers[c], nullptr);
        worksheet_write_string(sheet, 1, 0, "C001", nullptr);
        worksheet_write_string(sheet, 1, 1, "杭州诚远食品有限公司", nullptr);
        worksheet_write_number(sheet, 1, 2, 5000000, nullptr);
        lxw_datetime established = {2024, 3, 5, 0, 0, 0};
        worksheet_write_datetime(sheet, 1, 3, &established, date);
        worksheet_write_boolean(sheet, 1, 4, 1, nullptr);
        worksheet_write_formula_num(sheet, 1, 5, "=C2*0.01", nullptr, 50000);
        lxw_datetime birthday = {1900, 2, 28, 0, 0, 0};
        worksheet_write_datetime(sheet, 1, 6, &birthday, builtinDate);
        // row 3 (index 2) left empty
        worksheet_write_string(sheet, 3, 0, "C002", nullptr);
        worksheet_write_string(sheet, 3, 1, "上海东方贸易", nullptr);
        worksheet_write_number(sheet, 3, 2, 1234.5, nullptr);
        worksheet_write_number(sheet, 3, 3, 45356, builtinDate); // 2024-03-05
        worksheet_write_string(sheet, 4, 0, "C003", nullptr);
        worksheet_write_string(sheet, 4, 1, "北京同仁堂", nullptr);
        worksheet_merge_range(sheet, 4, 2, 5, 2, "合并", nullptr); // C5:C6 (rows in order: constant_memory)
        worksheet_write_string(sheet, 5, 0, "C004", nullptr);
        worksheet_write_string(sheet, 5, 1, "广州新城", nullptr);
        lxw_worksheet* second = workbook_add_worksheet(book, "Other");
        worksheet_write_string(second, 0, 0, "code", nullptr);
        worksheet_write_string(second, 0, 1, "name", nullptr);
        worksheet_write_string(second, 1, 0, "X1", nullptr);
        worksheet_write_string(second, 1, 1, "Second sheet", nullptr);
        EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
        return file;
    }

    // A workbook written part by part (what libxlsxwriter will not write: a formula without a saved result).
    QString writeParts(const char* fileName, const std::map<std::string, std::string>& parts)
    {
        const QString file = path(fileName);
        int error = 0;
        zip_t* archive = zip_open(file.toLocal8Bit().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        EXPECT_NE(archive, nullptr);
        for (const auto& [name, text] : parts) {
            zip_source_t* source = zip_source_buffer(archive, text.data(), text.size(), 0);
            EXPECT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE), 0);
        }
        EXPECT_EQ(zip_close(archive), 0);
        return file;
    }

    QTemporaryDir m_dir;
};

TEST_F(XlsxTableReaderTest, ValuesAreReadAsExcelStoresThem)
{
    for (bool inlineStrings : {false, true}) {
        SCOPED_TRACE(inlineStrings ? "inline strings" : "shared strings");
        auto table = XlsxTableReader::read(writeOffice(inlineStrings), {});
        ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
        EXPECT_EQ(table->sheetNames, (QStringList{QStringLiteral("客户"), QStringLiteral("Other")}));
        EXPECT_EQ(table->sheetName, QStringLiteral("客户"));
        ASSERT_EQ(table->columnCount(), 7);
        EXPECT_EQ(table->header(3), QStringLiteral("成立日期"));
        ASSERT_EQ(table->rowCount(), 4);
        EXPECT_EQ(table->cell(0, 1).toString(), QStringLiteral("杭州诚远食品有限公司"));
        EXPECT_EQ(table->cell(0, 2).toString(), QStringLiteral("5000000"));    // no ".0", no exponent
        EXPECT_EQ(table->cell(0, 3).toString(), QStringLiteral("2024-03-05")); // custom Chinese date format
        EXPECT_EQ(table->cell(0, 4).toString(), QStringLiteral("TRUE"));
        EXPECT_EQ(table->cell(0, 5).toString(), QStringLiteral("50000"));      // the formula's saved result
        EXPECT_EQ(table->cell(0, 6).toString(), QStringLiteral("1900-02-28")); // before Excel's 1900-02-29
        EXPECT_EQ(table->fileRow(1), 4);                                       // row 3 was empty
        EXPECT_EQ(table->emptyRowsSkipped, 1);
        EXPECT_EQ(table->cell(1, 2).toString(), QStringLiteral("1234.5"));
        EXPECT_EQ(table->cell(1, 3).toString(), QStringLiteral("2024-03-05")); // serial 45356, built-in format 14
        // Merged C5:C6: the value stays in C5; C6 is named as a problem.
        EXPECT_EQ(table->cell(2, 2).toString(), QStringLiteral("合并"));
        ASSERT_EQ(table->mergedCells.size(), 1U);
        EXPECT_EQ(table->mergedCells[0].reference, QStringLiteral("C5:C6"));
        ASSERT_EQ(table->cellProblems.size(), 1U);
        EXPECT_EQ(table->cellProblems[0].fileRow, 6);
        EXPECT_EQ(table->cellProblems[0].column, 3);
        EXPECT_TRUE(
            table->cellProblems[0].message.contains(QStringLiteral("cell C6 is part of the merged cells C5:C6")));
    }
}

// CardDesk's export writes zip64 workbooks (a 1 M-row sheet passes 4 GB); libzip's strict consistency check
// refused their local headers as "Zip archive inconsistent", so an exported office could not be imported.
TEST_F(XlsxTableReaderTest, AZip64WorkbookAsTheExportWritesItIsRead)
{
    auto table = XlsxTableReader::read(writeOffice(false, true), {});
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(table->cell(0, 1).toString(), QStringLiteral("杭州诚远食品有限公司"));
    EXPECT_EQ(table->cell(1, 2).toString(), QStringLiteral("1234.5"));
}

TEST_F(XlsxTableReaderTest, ASheetIsChosenByNameOrNumber)
{
    const QString file = writeOffice();
    for (const QString& sheet : {QStringLiteral("Other"), QStringLiteral("2")}) {
        auto table = XlsxTableReader::read(file, {sheet});
        ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
        EXPECT_EQ(table->sheetName, QStringLiteral("Other"));
        EXPECT_EQ(table->cell(0, 1).toString(), QStringLiteral("Second sheet"));
    }
    auto missing = XlsxTableReader::read(file, {QStringLiteral("Nope")});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("has no sheet 'Nope'; its sheets are: 客户, Other")))
        << missing.error().message.toStdString();
}

TEST_F(XlsxTableReaderTest, AFormulaWithoutASavedResultAndAnErrorValueAreNamed)
{
    const QString file = writeParts(
        "formulas.xlsx",
        {{"xl/workbook.xml", "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                             "</workbook>"},
         {"xl/_rels/workbook.xml.rels",
          "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          "</Relationships>"},
         {"xl/worksheets/sheet1.xml",
          "<worksheet><sheetData>"
          "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>code</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>name"
          "</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>credit_limit</t></is></c></row>"
          "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>C1</t></is></c><c r=\"B2\" t=\"str\"><f>A2&amp;\"x\"</f>"
          "<v>C1x</v></c><c r=\"C2\"><f>1/0</f></c></row>"
          "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>C2</t></is></c><c r=\"B3\" t=\"e\"><f>NA()</f>"
          "<v>#N/A</v></c></row>"
          "</sheetData></worksheet>"}});
    auto table = XlsxTableReader::read(file, {});
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->cell(0, 1).toString(), QStringLiteral("C1x")); // a text formula's saved result
    ASSERT_EQ(table->cellProblems.size(), 2U);
    EXPECT_EQ(table->cellProblems[0].fileRow, 2);
    EXPECT_EQ(table->cellProblems[0].column, 3);
    EXPECT_TRUE(
        table->cellProblems[0].message.contains(QStringLiteral("cell C2 holds a formula without a saved result")));
    EXPECT_EQ(table->cellProblems[1].fileRow, 3);
    EXPECT_TRUE(table->cellProblems[1].message.contains(QStringLiteral("cell B3 holds the error value #N/A")));
}

TEST_F(XlsxTableReaderTest, ADamagedZipAndFilesThatAreNoSpreadsheetAreRefused)
{
    QFile source(writeOffice());
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QByteArray whole = source.readAll();
    QFile cut(path("cut.xlsx"));
    ASSERT_TRUE(cut.open(QIODevice::WriteOnly));
    cut.write(whole.left(whole.size() / 2)); // the central directory is gone
    cut.close();
    auto damaged = XlsxTableReader::read(cut.fileName(), {});
    ASSERT_FALSE(damaged.ok());
    EXPECT_TRUE(damaged.error().message.startsWith(QStringLiteral("cut.xlsx: the zip archive is damaged")))
        << damaged.error().message.toStdString();

    // The bytes of a part changed: its CRC no longer matches.
    QByteArray flipped = whole;
    const qsizetype at = flipped.indexOf("xl/worksheets/sheet1.xml") + 40;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x55);
    QFile bad(path("flipped.xlsx"));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(flipped);
    bad.close();
    auto corrupt = XlsxTableReader::read(bad.fileName(), {});
    ASSERT_FALSE(corrupt.ok());
    EXPECT_TRUE(corrupt.error().message.contains(QStringLiteral("damaged"))) << corrupt.error().message.toStdString();

    QFile text(path("text.xlsx"));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("code,name\nC1,A\n");
    text.close();
    auto notZip = XlsxTableReader::read(text.fileName(), {});
    ASSERT_FALSE(notZip.ok());
    EXPECT_TRUE(notZip.error().message.contains(QStringLiteral("not an .xlsx workbook")))
        << notZip.error().message.toStdString();

    const QString document = writeParts("document.xlsx", {{"word/document.xml", "<document/>"}});
    auto notBook = XlsxTableReader::read(document, {});
    ASSERT_FALSE(notBook.ok());
    EXPECT_TRUE(notBook.error().message.contains(QStringLiteral("a zip archive but not a spreadsheet")))
        << notBook.error().message.toStdString();
}

TEST(XlsxDatesTest, SerialsFollowExcelIncludingItsLeapYearBug)
{
    EXPECT_EQ(XlsxTableReader::dateFromSerial(1, false), QDate(1900, 1, 1));
    EXPECT_EQ(XlsxTableReader::dateFromSerial(59, false), QDate(1900, 2, 28));
    EXPECT_FALSE(XlsxTableReader::dateFromSerial(60, false).isValid()); // "1900-02-29"
    EXPECT_EQ(XlsxTableReader::dateFromSerial(61, false), QDate(1900, 3, 1));
    EXPECT_EQ(XlsxTableReader::dateFromSerial(45356.75, false), QDate(2024, 3, 5));
    EXPECT_EQ(XlsxTableReader::dateFromSerial(0, true), QDate(1904, 1, 1));
    EXPECT_TRUE(XlsxTableReader::isDateFormat(164, QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")));
    EXPECT_FALSE(XlsxTableReader::isDateFormat(164, QStringLiteral("#,##0.00\"d\"")));
    EXPECT_FALSE(XlsxTableReader::isDateFormat(164, QStringLiteral("[Red]0.00")));
    EXPECT_FALSE(XlsxTableReader::isDateFormat(4, QString()));
}

} // namespace
} // namespace carddesk::io::test
