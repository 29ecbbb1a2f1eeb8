#include "GuiTestDatabase.h"

#include "gui/common/ExportDialog.h"
#include "gui/common/FileDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace carddesk;

namespace {

QPushButton* buttonNamed(QWidget& dialog, const QString& text)
{
    for (auto* button : dialog.findChildren<QPushButton*>())
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    return nullptr;
}

} // namespace

// The export dialog runs the export off the GUI thread and says how it went; the file is chosen through FileDialog.
TEST(ExportDialog, ExportsWhatTheListShowsToTheChosenFile)
{
    GuiTestDatabase office;
    QTemporaryDir folder;
    gui::ExportDialog dialog(office.path(), office.manager().user(), gui::ExportDialog::What::Customers);
    storage::CustomerQuery query;
    query.search = QStringLiteral("华联");
    dialog.setCustomerQuery(query);
    dialog.formatChoice()->setCurrentIndex(dialog.formatChoice()->findData(QStringLiteral("csv")));
    EXPECT_TRUE(dialog.fileEdit()->text().endsWith(QLatin1String(".csv"))) << "the suffix follows the format";

    const QString path = folder.filePath(QStringLiteral("list.csv"));
    gui::FileDialog::setNextFileName(path);
    QPushButton* choose = buttonNamed(dialog, QStringLiteral("Choose…"));
    ASSERT_NE(choose, nullptr);
    choose->click();
    EXPECT_EQ(dialog.fileEdit()->text(), path);

    QSignalSpy finished(&dialog, &gui::ExportDialog::finished);
    dialog.exportButton()->click();
    EXPECT_TRUE(dialog.isRunning() || finished.count() == 1);
    EXPECT_FALSE(dialog.exportButton()->isEnabled() && dialog.isRunning());
    ASSERT_TRUE(finished.count() == 1 || finished.wait(30000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << dialog.message()->text().toStdString();
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("exported to")))
        << dialog.message()->text().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    EXPECT_TRUE(text.contains(QStringLiteral("上海华联商贸有限公司")));
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "code,name,"))
        << "a BOM, then English headers: the interface is English";
    EXPECT_TRUE(dialog.exportButton()->isEnabled());
}

TEST(ExportDialog, ARoleThatMayNotExportIsToldWhyAndNoFileIsWritten)
{
    GuiTestDatabase office;
    QTemporaryDir folder;
    gui::ExportDialog dialog(office.path(), office.rep1().user(), gui::ExportDialog::What::Card);
    dialog.setCustomerId(office.huaLianId);
    const QString path = folder.filePath(QStringLiteral("card.xlsx"));
    dialog.setFileName(path);
    QSignalSpy finished(&dialog, &gui::ExportDialog::finished);
    ASSERT_TRUE(dialog.start());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("Your role may not export data")))
        << dialog.message()->text().toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(folder.isValid());
}
