#include "io/TableFileWriter.h"
#include "io/XlsxTableReader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace carddesk::io {
namespace {

using Format = TableFileWriter::Format;

std::vector<TableFileWriter::Column> columns()
{
    return {{QStringLiteral("name"), 20, false}, {QStringLiteral("amount"), 10, true}};
}

QByteArray unzip(const QString& path, const QString& member)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, member});
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}

TEST(TableFileWriter, CsvRowsAreQuotedNeutralisedAndEndWithCrlf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    auto writer = TableFileWriter::open(path, Format::Csv, columns(), QStringLiteral("T"));
    ASSERT_TRUE(writer);
    ASSERT_TRUE((*writer)->addRow({QStringLiteral("a,b"), QStringLiteral("-12.5")}));
    ASSERT_TRUE((*writer)->addRow({QStringLiteral("-1+2"), QStringLiteral("3")}));
    ASSERT_TRUE((*writer)->addRow({QStringLiteral("只有一格")})); // a missing cell is empty
    ASSERT_TRUE((*writer)->finish());
    EXPECT_EQ((*writer)->rowsWritten(), 3);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("\xEF\xBB\xBF"
                                         "name,amount\r\n\"a,b\",-12.5\r\n'-1+2,3\r\n") +
                                  QStringLiteral("只有一格,\r\n").toUtf8());
}

TEST(TableFileWriter, XlsxNumbersAreNumbersAndRowsGoOnInASecondSheet)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    // Three rows a sheet, the header included: two data rows, then a second sheet under the same header.
    auto writer = TableFileWriter::open(path, Format::Xlsx, columns(), QStringLiteral("Customers"), 3);
    ASSERT_TRUE(writer);
    for (int i = 1; i <= 5; ++i)
        ASSERT_TRUE((*writer)->addRow({QStringLiteral("=row %1").arg(i), QString::number(i * 1.5)}));
    ASSERT_TRUE((*writer)->finish());
    const QByteArray workbook = unzip(path, QStringLiteral("xl/workbook.xml"));
    EXPECT_TRUE(workbook.contains("name=\"Customers\""));
    EXPECT_TRUE(workbook.contains("name=\"Customers 2\""));
    EXPECT_TRUE(workbook.contains("name=\"Customers 3\""));
    const QByteArray first = unzip(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QByteArray second = unzip(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    EXPECT_EQ(first.count("<row "), 3);
    EXPECT_EQ(second.count("<row "), 3);
    EXPECT_TRUE(second.contains("<t>name</t>")) << "the header again";
    EXPECT_TRUE(second.contains("<t>=row 3</t>"));
    EXPECT_TRUE(first.contains("<v>1.5</v>")) << "a number cell";
    EXPECT_FALSE(first.contains("<f>"));
}

TEST(TableFileWriter, AFileThatCannotBeWrittenIsAnIoError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/t.csv"));
    auto csv = TableFileWriter::open(path, Format::Csv, columns(), QStringLiteral("T"));
    ASSERT_FALSE(csv);
    EXPECT_EQ(csv.error().code, core::ErrorCode::Io);
    // The .xlsx is created by open() (it is written as the rows come): the error comes from there.
    auto xlsx = TableFileWriter::open(dir.filePath(QStringLiteral("missing/t.xlsx")), Format::Xlsx, columns(),
                                      QStringLiteral("T"));
    if (xlsx) {
        ASSERT_TRUE((*xlsx)->addRow({QStringLiteral("x"), QStringLiteral("1")}));
        const core::Status finished = (*xlsx)->finish();
        ASSERT_FALSE(finished);
        EXPECT_EQ(finished.error().code, core::ErrorCode::Io);
    } else {
        EXPECT_EQ(xlsx.error().code, core::ErrorCode::Io);
    }
}

TEST(TableFileWriter, XlsxTextIsEscapedAndReadBackAsWritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    auto writer = TableFileWriter::open(path, Format::Xlsx, columns(), QStringLiteral("客户 <&>"));
    ASSERT_TRUE(writer);
    const QStringList texts = {QStringLiteral("A & B <c> \"d\""), QStringLiteral("  两边有空格 "),
                               QStringLiteral("第一行\n第二行\t制表"), QStringLiteral("=1+2"),
                               QStringLiteral("@SUM(A1)")};
    for (const QString& text : texts)
        ASSERT_TRUE((*writer)->addRow({text, QStringLiteral("1234567.25")}));
    ASSERT_TRUE((*writer)->addRow({QStringLiteral("bell\x07"), QStringLiteral("not a number")}));
    ASSERT_TRUE((*writer)->finish());

    // A zip every tool reads: unzip tests each entry's CRC.
    QProcess test;
    test.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
    ASSERT_TRUE(test.waitForFinished(60000));
    EXPECT_EQ(test.exitCode(), 0) << test.readAllStandardOutput().toStdString();
    const QByteArray sheet = unzip(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(sheet.contains("<t>A &amp; B &lt;c&gt; \"d\"</t>"));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<t xml:space=\"preserve\">  两边有空格 </t>").toUtf8()));
    EXPECT_TRUE(sheet.contains("<t>bell_x0007_</t>")) << "a control character as Excel escapes it";
    EXPECT_TRUE(sheet.contains("<v>1234567.25</v>"));
    EXPECT_TRUE(sheet.contains("<pane ySplit=\"1\""));
    EXPECT_TRUE(unzip(path, QStringLiteral("xl/workbook.xml")).contains("name=\"客户 &lt;&amp;&gt;\""));

    // CardDesk's own reader (the import) gets every text back, numbers as numbers.
    auto table = XlsxTableReader::read(path, {});
    ASSERT_TRUE(table) << table.error().toString().toStdString();
    ASSERT_EQ(table->headers(), QStringList({QStringLiteral("name"), QStringLiteral("amount")}));
    ASSERT_EQ(table->rowCount(), texts.size() + 1);
    for (qsizetype r = 0; r < texts.size(); ++r) {
        EXPECT_EQ(table->cell(r, 0).toString(), texts[r]);
        EXPECT_EQ(table->cell(r, 1).toString(), QStringLiteral("1234567.25"));
    }
    EXPECT_EQ(table->cell(texts.size(), 1).toString(), QStringLiteral("not a number"));
}

TEST(TableFileWriter, AnUnfinishedXlsxLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    {
        auto writer = TableFileWriter::open(path, Format::Xlsx, columns(), QStringLiteral("T"));
        ASSERT_TRUE(writer);
        for (int i = 0; i < 2000; ++i)
            ASSERT_TRUE((*writer)->addRow({QStringLiteral("row %1").arg(i), QString::number(i)}));
    }
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
} // namespace carddesk::io
