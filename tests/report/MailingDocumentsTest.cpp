#include "PdfText.h"
#include "report/LabelSheet.h"
#include "report/MailingExport.h"
#include "report/PersonalDataExport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace carddesk;
using namespace carddesk::report;

namespace {

// pdftotext's text of the document, pages separated by form feeds.
QString textOf(const QByteArray& pdf)
{
    return carddesk::test::pdfText(pdf);
}

storage::MailingList addressees(int n)
{
    storage::MailingList list;
    for (int i = 0; i < n; ++i) {
        storage::MailingRow row;
        row.customerCode = QStringLiteral("C%1").arg(i, 7, 10, QLatin1Char('0'));
        row.customerName = QStringLiteral("杭州第%1食品有限公司").arg(i + 1);
        row.contactName = QStringLiteral("王伟");
        row.title = QStringLiteral("采购经理");
        row.address = QStringLiteral("杭州市西湖区文三路%1号").arg(i + 1);
        list.rows.push_back(row);
    }
    return list;
}

} // namespace

TEST(LabelSheet, TheGridsFitOnA4)
{
    ASSERT_GE(LabelSheet::all().size(), 3u);
    for (const LabelSheet& sheet : LabelSheet::all()) {
        const double right = sheet.left + (sheet.columns - 1) * sheet.columnPitch + sheet.labelWidth;
        const double bottom = sheet.top + (sheet.rows - 1) * sheet.rowPitch + sheet.labelHeight;
        EXPECT_LE(right, 210.0 + 1e-9) << sheet.id.toStdString();
        EXPECT_LE(bottom, 297.0 + 1e-9) << sheet.id.toStdString();
        EXPECT_GE(sheet.columnPitch, sheet.labelWidth) << sheet.id.toStdString();
    }
    EXPECT_EQ(LabelSheet::byId(QStringLiteral("A4-3x8"))->perPage(), 24);
    EXPECT_FALSE(LabelSheet::byId(QStringLiteral("letter")));
}

TEST(MailingLabels, OneLabelPerAddresseeAndANewSheetWhenOneIsFull)
{
    const LabelSheet sheet = *LabelSheet::byId(QStringLiteral("a4-3x8"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(MailingExport::paintLabels(addressees(25), sheet, buffer));
    const QString text = textOf(buffer.data());
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    EXPECT_EQ(pages.size(), 2) << text.toStdString();
    EXPECT_TRUE(pages.value(1).contains(QStringLiteral("杭州第25食品有限公司"))) << text.toStdString();
    EXPECT_FALSE(pages.value(0).contains(QStringLiteral("杭州第25食品有限公司")));
    EXPECT_EQ(text.count(QStringLiteral("王伟")), 25);
}

TEST(MailingList, AWorkbookNeutralisesFormulas)
{
    storage::MailingList list = addressees(2);
    list.rows[1].customerName = QStringLiteral("=HYPERLINK(\"http://x\")");
    list.rows[1].phone = QStringLiteral("+86 138 0013 8000");
    auto bytes = MailingExport::workbook(list);
    ASSERT_TRUE(bytes);
    EXPECT_TRUE(bytes->startsWith("PK"));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("l.xlsx")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(*bytes);
    file.close();
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), file.fileName(), QStringLiteral("xl/worksheets/sheet1.xml")});
    ASSERT_TRUE(unzip.waitForFinished(60000));
    const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
    EXPECT_TRUE(sheet.contains(QStringLiteral("杭州第1食品有限公司")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("'=HYPERLINK"))) << sheet.toStdString();
    // A phone number is no formula: written as it is, without an apostrophe that would spoil it.
    EXPECT_TRUE(sheet.contains(QStringLiteral(">+86 138 0013 8000<"))) << sheet.toStdString();
}

TEST(PersonalDataPdf, EverySectionIsReadable)
{
    QJsonObject data{{"kind", "contact"},
                     {"contact", QJsonObject{{"name", "欧阳明远"}, {"mobile", "13912345678"}}},
                     {"interactions", QJsonArray{QJsonObject{{"summary", "询价"}}}},
                     {"audit", QJsonArray{}}};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(PersonalDataExport::paintPdf(data, buffer, QDateTime(QDate(2026, 12, 6), QTime(9, 0))));
    const QString text = textOf(buffer.data());
    EXPECT_TRUE(text.contains(QStringLiteral("欧阳明远"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("13912345678")));
    EXPECT_TRUE(text.contains(QStringLiteral("询价")));
    EXPECT_TRUE(text.contains(QStringLiteral("Interactions (1)")));
    EXPECT_TRUE(text.contains(QStringLiteral("none")));
}
