#include "io/CsvTableReader.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

namespace carddesk::io::test {
namespace {

QByteArray encoded(const QString& text, const char* encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(encoding, &status);
    EXPECT_TRUE(U_SUCCESS(status));
    QByteArray out(text.size() * 4 + 16, '\0');
    const int32_t n =
        ucnv_fromUChars(converter, out.data(), static_cast<int32_t>(out.size()),
                        reinterpret_cast<const UChar*>(text.utf16()), static_cast<int32_t>(text.size()), &status);
    ucnv_close(converter);
    EXPECT_TRUE(U_SUCCESS(status));
    out.truncate(n);
    return out;
}

const QString kChinese = QStringLiteral("编号,客户名称,联系人,联系人手机\n"
                                        "C001,杭州诚远食品有限公司,王小明,13812345678\n"
                                        "C002,\"上海\"\"东方\"\"贸易, 有限公司\",李静,13900001111\n");

void expectChineseRows(const ImportTable& table)
{
    ASSERT_EQ(table.columnCount(), 4);
    EXPECT_EQ(table.header(1), QStringLiteral("客户名称"));
    ASSERT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.cell(0, 1).toString(), QStringLiteral("杭州诚远食品有限公司"));
    EXPECT_EQ(table.cell(1, 1).toString(), QStringLiteral("上海\"东方\"贸易, 有限公司"));
    EXPECT_EQ(table.cell(1, 3).toString(), QStringLiteral("13900001111"));
    EXPECT_EQ(table.fileRow(1), 3);
}

TEST(CsvTableReaderTest, EachEncodingIsDetectedAndReadTheSame)
{
    struct Case
    {
        QByteArray bytes;
        QString encoding;
    };
    const Case cases[] = {
        {kChinese.toUtf8(), QStringLiteral("UTF-8")},
        {QByteArray("\xEF\xBB\xBF") + kChinese.toUtf8(), QStringLiteral("UTF-8")},
        {encoded(kChinese, "GBK"), QStringLiteral("GB18030")},
        {encoded(kChinese, "GB18030"), QStringLiteral("GB18030")},
        {QByteArray("\xFF\xFE") + encoded(kChinese, "UTF-16LE"), QStringLiteral("UTF-16LE")},
        {QByteArray("\xFE\xFF") + encoded(kChinese, "UTF-16BE"), QStringLiteral("UTF-16BE")},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.encoding.toStdString());
        auto table = CsvTableReader::parse(c.bytes, QStringLiteral("list.csv"), {});
        ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
        EXPECT_EQ(table->encoding, c.encoding);
        expectChineseRows(*table);
    }
}

// Bug: a short GBK file gave the detector too little to go on: "王五" alone, or three names, were refused as "a byte
// that is not valid UTF-8" although they are plainly GBK (bytes that are not UTF-8 and read as GB18030 without a
// fault).
TEST(CsvTableReaderTest, AShortGbkFileIsReadAsGbk)
{
    for (const QString& text : {QStringLiteral("name\n王五\n"), QStringLiteral("name\n张三丰\n李四\n赵六\n"),
                                QStringLiteral("客户名称\n王五\n")}) {
        SCOPED_TRACE(text.toStdString());
        auto table = CsvTableReader::parse(encoded(text, "GBK"), QStringLiteral("short.csv"), {});
        ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
        EXPECT_EQ(table->encoding, QStringLiteral("GB18030"));
        EXPECT_EQ(table->cell(0, 0).toString(), text.section(u'\n', 1, 1));
    }
}

// Bug: the short-file rule read any bytes the detector had nothing to say about as GB18030, so windows-1252 text
// ("Müller GmbH") came in as "M黮ler GmbH" when it stood after a first MiB of ASCII, or in a short file. Such files
// are refused with the place of the first byte that is not UTF-8, as before that rule.
TEST(CsvTableReaderTest, LatinTextOfAnotherCodePageIsNotTakenForGbk)
{
    const QByteArray latin = encoded(QStringLiteral("Müller GmbH,Zürich\n"), "windows-1252");
    QByteArray long_ = "name,city\n";
    while (long_.size() <= (1 << 20))
        long_ += "Plain Trading Co,Berlin\n";
    // After a first MiB of ASCII the detector has seen nothing else: refused where the first such byte stands.
    auto afterAscii = CsvTableReader::parse(long_ + latin, QStringLiteral("latin.csv"), {});
    ASSERT_FALSE(afterAscii.ok()) << afterAscii->encoding.toStdString();
    EXPECT_EQ(afterAscii.error().row, long_.count('\n') + 1);
    EXPECT_TRUE(afterAscii.error().message.contains(QStringLiteral("not valid UTF-8")))
        << afterAscii.error().message.toStdString();
    // A short file: read in the code page the detector names, or refused, but never as Chinese.
    auto shortFile = CsvTableReader::parse(QByteArray("name,city\n") + latin, QStringLiteral("latin.csv"), {});
    if (shortFile.ok()) {
        EXPECT_NE(shortFile->encoding, QStringLiteral("GB18030"));
        EXPECT_EQ(shortFile->cell(0, 0).toString(), QStringLiteral("Müller GmbH"));
    } else {
        EXPECT_TRUE(shortFile.error().message.contains(QStringLiteral("not valid UTF-8")))
            << shortFile.error().message.toStdString();
    }
}

TEST(CsvTableReaderTest, TheEncodingCanBeOverriddenAndAWrongOneIsRefusedWithRowAndColumn)
{
    const QByteArray gbk = encoded(kChinese, "GBK");
    auto forced = CsvTableReader::parse(gbk, QStringLiteral("list.csv"), {QStringLiteral("GBK")});
    ASSERT_TRUE(forced.ok()) << forced.error().message.toStdString();
    EXPECT_EQ(forced->encoding, QStringLiteral("GBK"));
    EXPECT_EQ(forced->detectedEncoding, QStringLiteral("GB18030"));
    expectChineseRows(*forced);

    // GBK bytes read as UTF-8: the first Chinese byte is refused where it stands (row 1, column 1: 编号).
    auto wrong = CsvTableReader::parse(gbk, QStringLiteral("list.csv"), {QStringLiteral("UTF-8")});
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().row, 1);
    EXPECT_TRUE(wrong.error().message.startsWith(QStringLiteral("list.csv, row 1, column 1 (A)")))
        << wrong.error().message.toStdString();
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("not valid UTF-8")));

    auto unknown = CsvTableReader::parse(gbk, QStringLiteral("list.csv"), {QStringLiteral("Klingon-8")});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("unknown encoding")));
}

TEST(CsvTableReaderTest, AFileOfTwoEncodingsIsRefusedAtTheFirstForeignByte)
{
    const QByteArray head = QStringLiteral("编号,客户名称\nC001,杭州诚远食品\nC002,上海东方贸易\n").toUtf8();
    const QByteArray tail = QByteArray("C003,") + encoded(QStringLiteral("北京同仁堂"), "GBK") + "\n";
    auto mixed = CsvTableReader::parse(head + tail, QStringLiteral("mixed.csv"), {});
    ASSERT_FALSE(mixed.ok());
    EXPECT_EQ(mixed.error().row, 4);
    EXPECT_TRUE(mixed.error().message.startsWith(QStringLiteral("mixed.csv, row 4, column 2 (B)")))
        << mixed.error().message.toStdString();
    EXPECT_TRUE(mixed.error().message.contains(QStringLiteral("mixes encodings")));
}

TEST(CsvTableReaderTest, SeparatorsQuotesAndEmptyRows)
{
    auto semicolons = CsvTableReader::parse("code;name;notes\r\nC1;\"A;B\";\"two\r\nlines\"\r\n\r\n;;\r\nC2;X;\r\n",
                                            QStringLiteral("s.csv"), {});
    ASSERT_TRUE(semicolons.ok()) << semicolons.error().message.toStdString();
    EXPECT_EQ(semicolons->separator, QChar(u';'));
    ASSERT_EQ(semicolons->rowCount(), 2);
    EXPECT_EQ(semicolons->cell(0, 1).toString(), QStringLiteral("A;B"));
    EXPECT_EQ(semicolons->cell(0, 2).toString(), QStringLiteral("two\r\nlines"));
    // Rows are records: the quoted line break does not count; the empty row and the row of empty fields are skipped.
    EXPECT_EQ(semicolons->fileRow(1), 5);
    EXPECT_EQ(semicolons->emptyRowsSkipped, 2);

    auto tabs = CsvTableReader::parse("code\tname\nC1\tA,B\n", QStringLiteral("t.csv"), {});
    ASSERT_TRUE(tabs.ok());
    EXPECT_EQ(tabs->separator, QChar(u'\t'));
    EXPECT_EQ(tabs->cell(0, 1).toString(), QStringLiteral("A,B"));
}

TEST(CsvTableReaderTest, NulBytesAreRefusedWithTheirRowAndColumn)
{
    auto table = CsvTableReader::parse(QByteArray("code,name,phone\nC1,A,1\nC2,B") + QByteArray(1, '\0') + "x,2\n",
                                       QStringLiteral("nul.csv"), {});
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().row, 3);
    EXPECT_TRUE(table.error().message.startsWith(QStringLiteral("nul.csv, row 3, column 2 (B)")))
        << table.error().message.toStdString();
    EXPECT_TRUE(table.error().message.contains(QStringLiteral("NUL")));
}

TEST(CsvTableReaderTest, AHugeLineIsRefusedAtTheColumnOverTheLimit)
{
    QByteArray line = "code,name\nC1,";
    for (int i = 0; i < 100000; ++i)
        line += "x,";
    auto wide = CsvTableReader::parse(line + "\n", QStringLiteral("wide.csv"), {});
    ASSERT_FALSE(wide.ok());
    EXPECT_EQ(wide.error().row, 2);
    EXPECT_TRUE(wide.error().message.startsWith(QStringLiteral("wide.csv, row 2, column 1001 (ALM)")))
        << wide.error().message.toStdString();

    auto longField =
        CsvTableReader::parse("code,name\nC1," + QByteArray(40000, 'y') + "\n", QStringLiteral("long.csv"), {});
    ASSERT_FALSE(longField.ok());
    EXPECT_TRUE(longField.error().message.startsWith(QStringLiteral("long.csv, row 2, column 2 (B)")))
        << longField.error().message.toStdString();

    auto unclosed = CsvTableReader::parse("code,name\nC1,\"open\nC2,B\n", QStringLiteral("q.csv"), {});
    ASSERT_FALSE(unclosed.ok());
    EXPECT_TRUE(unclosed.error().message.startsWith(QStringLiteral("q.csv, row 2, column 2 (B)")))
        << unclosed.error().message.toStdString();
}

TEST(CsvTableReaderTest, AFileOverTheSizeLimitIsRefusedBeforeItIsRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("code,name\n");
    // A sparse file of just over 1 GB: nothing is allocated, and the reader must not read it.
    ASSERT_TRUE(file.resize(CsvTableReader::kMaxFileBytes + 1));
    file.close();
    auto table = CsvTableReader::read(path, {});
    ASSERT_FALSE(table.ok());
    EXPECT_TRUE(table.error().message.startsWith(QStringLiteral("big.csv is 1024 MB")))
        << table.error().message.toStdString();
}

TEST(CsvTableReaderTest, AFileThatIsNotTextIsRefusedSayingWhatItIs)
{
    auto zip = CsvTableReader::parse(QByteArray("PK\x03\x04\x14\x00\x00\x00", 8), QStringLiteral("book.csv"), {});
    ASSERT_FALSE(zip.ok());
    EXPECT_TRUE(zip.error().message.contains(QStringLiteral("book.csv is not a CSV text file: it is a zip archive")))
        << zip.error().message.toStdString();
    auto xls =
        CsvTableReader::parse(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10), QStringLiteral("old.csv"), {});
    ASSERT_FALSE(xls.ok());
    EXPECT_TRUE(xls.error().message.contains(QStringLiteral(".xls")));
    auto empty = CsvTableReader::parse(QByteArray(), QStringLiteral("empty.csv"), {});
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("no header row")));
}

} // namespace
} // namespace carddesk::io::test

namespace carddesk::io::test {
namespace {

TEST(CsvTableReaderTest, ATitleAboveTheTableIsSkippedButASingleColumnIsATable)
{
    auto titled = CsvTableReader::parse("客户名单,,\ncode,name,phone\nC1,A,1\n", QStringLiteral("t.csv"), {});
    ASSERT_TRUE(titled.ok());
    EXPECT_EQ(titled->headerFileRow(), 2);
    ASSERT_EQ(titled->warnings.size(), 1);
    EXPECT_TRUE(titled->warnings[0].startsWith(QStringLiteral("row 1 is taken as a title")));
    auto single = CsvTableReader::parse("name\nA\nB\n", QStringLiteral("s.csv"), {});
    ASSERT_TRUE(single.ok());
    EXPECT_EQ(single->header(0), QStringLiteral("name"));
    EXPECT_EQ(single->rowCount(), 2);
}

} // namespace
} // namespace carddesk::io::test
