#include "GuiTestDatabase.h"
#include "WaitFor.h"

#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/customer/CustomerListModel.h"
#include "gui/customer/CustomerListWidget.h"
#include "gui/importing/ImportBatchesDialog.h"
#include "gui/importing/ImportCheckPage.h"
#include "gui/importing/ImportCustomersWizard.h"
#include "gui/importing/ImportFilePage.h"
#include "gui/importing/ImportMappingPage.h"
#include "gui/importing/ImportResultPage.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/Settings.h"
#include "storage/queries/CustomerListQueries.h"
#include "storage/repositories/CustomerRepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>
#include <xlsxwriter.h>

using namespace carddesk;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

qint64 customersNamed(storage::Session& session, const QString& name)
{
    storage::CustomerQuery query;
    query.search = name;
    auto n = storage::CustomerListQueries(session).count(query);
    EXPECT_TRUE(n) << n.error().toString().toStdString();
    return n ? *n : -1;
}

QPushButton* buttonNamed(QWidget& parent, const QString& text)
{
    for (auto* button : parent.findChildren<QPushButton*>())
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    return nullptr;
}

// One good row (row 2) and one bad one (row 3: a date that does not say which number is the day).
const QByteArray kTwoRows = "客户名称,电话,联系人,成立日期\r\n"
                            "导入测试甲公司,021-5555 1234,张三,2015-06-01\r\n"
                            "导入测试乙公司,021-5555 9876,李四,5/3/2024\r\n";

class ImportWizardTest : public ::testing::Test
{
protected:
    // The remembered mappings live in QSettings: each test has its own folder.
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings().remove(QStringLiteral("import"));
    }
    void TearDown() override
    {
        QSettings().remove(QStringLiteral("import"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    // Chooses `path` with the page's "Choose…" button (answered through FileDialog) and waits for the read.
    static bool chooseFile(gui::ImportCustomersWizard& wizard, const QString& path)
    {
        QSignalSpy read(wizard.filePage(), &gui::ImportFilePage::fileRead);
        gui::FileDialog::setNextFileName(path);
        QPushButton* choose = buttonNamed(*wizard.filePage(), QStringLiteral("Choose…"));
        EXPECT_NE(choose, nullptr);
        if (!choose)
            return false;
        choose->click();
        return read.wait(20000) && read.at(0).at(0).toBool();
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_config;
};

} // namespace

// The whole way: the file read, its headers mapped by themselves, the bad row named with its row and column, only
// the good customer imported, and the import undone from the Imports dialog.
TEST_F(ImportWizardTest, ImportsTheGoodRowAndUndoesIt)
{
    GuiTestDatabase office;
    const QString path = writeFile(m_dir, QStringLiteral("客户.csv"), kTwoRows);
    gui::ImportCustomersWizard wizard(office.path(), office.manager().user());
    QSignalSpy imported(&wizard, &gui::ImportCustomersWizard::imported);
    wizard.show();
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()) << "no file yet";
    ASSERT_TRUE(chooseFile(wizard, path)) << wizard.filePage()->errorLabel()->text().toStdString();
    EXPECT_TRUE(wizard.filePage()->summary()->text().contains(QStringLiteral("2 row")))
        << wizard.filePage()->summary()->text().toStdString();
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());

    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::ImportCustomersWizard::MappingPageId);
    gui::ImportMappingPage* mapping = wizard.mappingPage();
    ASSERT_EQ(mapping->table()->rowCount(), 4);
    EXPECT_EQ(mapping->chosenKey(0), QStringLiteral("name"));
    EXPECT_EQ(mapping->chosenKey(1), QStringLiteral("phone"));
    EXPECT_EQ(mapping->chosenKey(2), QStringLiteral("contact_name"));
    EXPECT_EQ(mapping->chosenKey(3), QStringLiteral("established"));
    EXPECT_TRUE(mapping->table()->item(0, 2)->text().contains(QStringLiteral("导入测试甲公司")))
        << "the preview shows the first values";
    EXPECT_TRUE(mapping->isComplete());

    // Two headers for one column are refused, with a message naming both.
    mapping->setChosenKey(1, QStringLiteral("name"));
    EXPECT_FALSE(mapping->isComplete());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(mapping->message()->text().contains(QStringLiteral("客户名称")) &&
                mapping->message()->text().contains(QStringLiteral("电话")))
        << mapping->message()->text().toStdString();
    mapping->setChosenKey(1, QStringLiteral("phone"));
    EXPECT_TRUE(mapping->isComplete());

    QSignalSpy checked(wizard.checkPage(), &gui::ImportCheckPage::checked);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::ImportCustomersWizard::CheckPageId);
    ASSERT_TRUE(checked.wait(20000));
    ASSERT_TRUE(checked.at(0).at(0).toBool()) << wizard.checkPage()->counts()->text().toStdString();
    gui::ImportCheckPage* check = wizard.checkPage();
    ASSERT_TRUE(wizard.plan());
    EXPECT_EQ(wizard.plan()->rowsInError, 1);
    ASSERT_EQ(check->problems()->rowCount(), 1);
    EXPECT_EQ(check->problems()->item(0, 1)->text(), QStringLiteral("3"));
    EXPECT_EQ(check->problems()->item(0, 2)->text(), QStringLiteral("D (成立日期)"));
    EXPECT_EQ(check->problems()->item(0, 3)->text(),
              QStringLiteral("“5/3/2024” does not say which number is the day and which the month; write dates as "
                             "2024-03-05."));
    // With an error, "import nothing" is the choice and Import is disabled until the good rows are chosen.
    EXPECT_TRUE(check->nothingChoice()->isChecked());
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());

    const QString problems = m_dir.filePath(QStringLiteral("problems.csv"));
    gui::FileDialog::setNextFileName(problems);
    check->saveProblemsButton()->click();
    QFile saved(problems);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(saved.readAll()).contains(QStringLiteral(",3,D,成立日期,")));

    check->goodRowsChoice()->setChecked(true);
    EXPECT_TRUE(wizard.button(QWizard::CommitButton)->isEnabled());
    QSignalSpy ended(wizard.resultPage(), &gui::ImportResultPage::importEnded);
    wizard.next();
    ASSERT_TRUE(ended.wait(20000));
    ASSERT_TRUE(ended.at(0).at(0).toBool()) << wizard.resultPage()->message()->text().toStdString();
    const qint64 batchId = wizard.resultPage()->batchId();
    EXPECT_GT(batchId, 0);
    EXPECT_EQ(wizard.resultPage()->counts().customersCreated, 1);
    EXPECT_EQ(wizard.resultPage()->counts().rowsInError, 1);
    EXPECT_TRUE(wizard.resultPage()->message()->text().contains(QString::number(batchId)));
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(imported.at(0).at(0).toLongLong(), batchId);
    EXPECT_EQ(customersNamed(office.admin(), QStringLiteral("导入测试甲公司")), 1);
    EXPECT_EQ(customersNamed(office.admin(), QStringLiteral("导入测试乙公司")), 0);

    gui::ImportBatchesDialog imports(office.path(), office.manager().user());
    QSignalSpy loaded(&imports, &gui::ImportBatchesDialog::loaded);
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_EQ(imports.rowCount(), 1);
    EXPECT_EQ(imports.batchAt(0).id, batchId);
    EXPECT_EQ(imports.table()->item(0, 3)->text(), QStringLiteral("客户.csv"));
    imports.table()->selectRow(0);
    EXPECT_TRUE(imports.undoButton()->isEnabled());
    QSignalSpy undone(&imports, &gui::ImportBatchesDialog::undone);
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    imports.undoButton()->click();
    ASSERT_TRUE(undone.wait(20000));
    ASSERT_TRUE(undone.at(0).at(0).toBool()) << imports.status()->text().toStdString();
    EXPECT_EQ(customersNamed(office.admin(), QStringLiteral("导入测试甲公司")), 0);
    ASSERT_TRUE(loaded.wait(20000)); // read again
    EXPECT_TRUE(imports.batchAt(0).undoneAt.isValid());
    imports.table()->selectRow(0);
    EXPECT_FALSE(imports.undoButton()->isEnabled()) << "an undone import cannot be undone again";
}

// A header CardDesk does not know is mapped by hand once; the next file with the same headers maps itself.
TEST_F(ImportWizardTest, RemembersTheMappingForTheSameHeaders)
{
    GuiTestDatabase office;
    const QByteArray csv = "商号,座机,备用栏\r\n记忆测试商行,021-5555 2222,x\r\n";
    {
        gui::ImportCustomersWizard wizard(office.path(), office.manager().user());
        wizard.show();
        ASSERT_TRUE(chooseFile(wizard, writeFile(m_dir, QStringLiteral("first.csv"), csv)));
        wizard.next();
        gui::ImportMappingPage* mapping = wizard.mappingPage();
        EXPECT_EQ(mapping->chosenKey(0), QString()) << "商号 names no CardDesk column";
        EXPECT_EQ(mapping->chosenKey(1), QStringLiteral("phone"));
        EXPECT_FALSE(mapping->isComplete()) << "no name or code";
        EXPECT_FALSE(mapping->message()->text().isEmpty());
        mapping->setChosenKey(0, QStringLiteral("name"));
        EXPECT_TRUE(mapping->isComplete());
        wizard.next(); // remembered on leaving the page
        EXPECT_EQ(wizard.currentId(), gui::ImportCustomersWizard::CheckPageId);
        ASSERT_TRUE(waitFor([&] { return !wizard.checkPage()->isChecking(); }, 20000));
    }
    EXPECT_EQ(gui::Settings::importColumnMapping().value(QStringLiteral("商号")), QStringLiteral("name"));

    gui::ImportCustomersWizard wizard(office.path(), office.manager().user());
    wizard.show();
    ASSERT_TRUE(chooseFile(wizard, writeFile(m_dir, QStringLiteral("second.csv"), csv)));
    wizard.next();
    EXPECT_EQ(wizard.mappingPage()->chosenKey(0), QStringLiteral("name"));
    EXPECT_EQ(wizard.mappingPage()->chosenKey(1), QStringLiteral("phone"));
    EXPECT_EQ(wizard.mappingPage()->chosenKey(2), QString());
    EXPECT_TRUE(wizard.mappingPage()->isComplete());
}

// A file that is no spreadsheet is refused on the first page with a sentence, and the wizard goes no further.
TEST_F(ImportWizardTest, RefusesAFileThatIsNoSpreadsheet)
{
    GuiTestDatabase office;
    gui::ImportCustomersWizard wizard(office.path(), office.manager().user());
    wizard.show();
    const QString path =
        writeFile(m_dir, QStringLiteral("broken.xlsx"), QByteArrayLiteral("PK\x03\x04 not really a zip"));
    EXPECT_FALSE(chooseFile(wizard, path));
    EXPECT_TRUE(wizard.filePage()->errorLabel()->text().contains(QStringLiteral("Excel workbook")))
        << wizard.filePage()->errorLabel()->text().toStdString();
    EXPECT_FALSE(wizard.filePage()->isComplete());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}

// An import whose customer changed since is not undone; the message names the customer.
TEST_F(ImportWizardTest, UndoRefusedNamesTheChangedCustomer)
{
    GuiTestDatabase office;
    gui::ImportCustomersWizard wizard(office.path(), office.manager().user());
    wizard.show();
    ASSERT_TRUE(chooseFile(
        wizard, writeFile(m_dir, QStringLiteral("one.csv"), "客户名称,电话\r\n撤销测试公司,021-5555 3333\r\n")));
    wizard.next();
    QSignalSpy checked(wizard.checkPage(), &gui::ImportCheckPage::checked);
    wizard.next();
    ASSERT_TRUE(checked.wait(20000));
    EXPECT_TRUE(wizard.checkPage()->problems()->isHidden()) << "no rows in error";
    EXPECT_TRUE(wizard.button(QWizard::CommitButton)->isEnabled());
    QSignalSpy ended(wizard.resultPage(), &gui::ImportResultPage::importEnded);
    wizard.next();
    ASSERT_TRUE(ended.wait(20000));
    ASSERT_TRUE(ended.at(0).at(0).toBool()) << wizard.resultPage()->message()->text().toStdString();

    // The imported card is edited afterwards.
    storage::CustomerQuery query;
    query.search = QStringLiteral("撤销测试公司");
    auto rows = storage::CustomerListQueries(office.admin()).list(query);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1u);
    auto card = storage::CustomerRepository(office.admin()).get(rows->front().id, false);
    ASSERT_TRUE(card);
    card->notes = QStringLiteral("changed after the import");
    ASSERT_TRUE(storage::CustomerRepository(office.admin()).update(*card));

    gui::ImportBatchesDialog imports(office.path(), office.manager().user());
    QSignalSpy loaded(&imports, &gui::ImportBatchesDialog::loaded);
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_EQ(imports.rowCount(), 1);
    QSignalSpy undone(&imports, &gui::ImportBatchesDialog::undone);
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    imports.undoRow(0);
    ASSERT_TRUE(undone.wait(20000));
    EXPECT_FALSE(undone.at(0).at(0).toBool());
    EXPECT_TRUE(imports.status()->text().contains(QStringLiteral("撤销测试公司")))
        << imports.status()->text().toStdString();
    EXPECT_EQ(customersNamed(office.admin(), QStringLiteral("撤销测试公司")), 1);
}

// File → Import customers… is there for managers and the administrator only; an import made from it reloads the
// customer list, and so does an undo from File → Imports….
TEST_F(ImportWizardTest, MainWindowOffersImportAndUndoToManagersAndReloadsTheList)
{
    GuiTestDatabase office;
    const auto actionTexts = [](QWidget& window) {
        QStringList texts;
        for (const QAction* action : window.findChildren<QAction*>())
            texts << action->text().remove(QLatin1Char('&'));
        return texts;
    };
    gui::MainWindow repWindow(office.rep1());
    EXPECT_FALSE(actionTexts(repWindow).contains(QStringLiteral("Import customers…")));
    EXPECT_FALSE(actionTexts(repWindow).contains(QStringLiteral("Imports…")));

    gui::MainWindow window(office.manager());
    EXPECT_TRUE(actionTexts(window).contains(QStringLiteral("Import customers…")));
    EXPECT_TRUE(actionTexts(window).contains(QStringLiteral("Imports…")));
    ASSERT_TRUE(waitFor([&] { return !window.customerList()->model()->isLoading(); }));
    const int before = window.customerList()->model()->rowCount();

    const QString path =
        writeFile(m_dir, QStringLiteral("menu.csv"), "客户名称,电话\r\n菜单导入测试公司,021-5555 4444\r\n");
    bool driven = false;
    QTimer::singleShot(0, &window, [&] {
        auto* wizard = qobject_cast<gui::ImportCustomersWizard*>(QApplication::activeModalWidget());
        if (!wizard)
            return;
        if (chooseFile(*wizard, path)) {
            wizard->next();
            QSignalSpy checked(wizard->checkPage(), &gui::ImportCheckPage::checked);
            wizard->next();
            if (checked.wait(20000)) {
                QSignalSpy ended(wizard->resultPage(), &gui::ImportResultPage::importEnded);
                wizard->next();
                driven = ended.wait(20000) && ended.at(0).at(0).toBool();
            }
        }
        wizard->accept();
    });
    window.importCustomers();
    ASSERT_TRUE(driven);
    ASSERT_TRUE(waitFor(
        [&] {
            return !window.customerList()->model()->isLoading() &&
                   window.customerList()->model()->rowCount() == before + 1;
        },
        10000))
        << window.customerList()->model()->rowCount();

    // File → Imports…: undoing it reloads the list as well.
    bool undone = false;
    QTimer::singleShot(0, &window, [&] {
        auto* imports = qobject_cast<gui::ImportBatchesDialog*>(QApplication::activeModalWidget());
        if (!imports)
            return;
        QSignalSpy loaded(imports, &gui::ImportBatchesDialog::loaded);
        if (imports->rowCount() == 1 || loaded.wait(20000)) {
            QSignalSpy done(imports, &gui::ImportBatchesDialog::undone);
            gui::MessageBox::setNextAnswer(QMessageBox::Yes);
            imports->undoRow(0);
            undone = done.wait(20000) && done.at(0).at(0).toBool();
        }
        imports->reject();
    });
    window.showImports();
    ASSERT_TRUE(undone);
    ASSERT_TRUE(waitFor(
        [&] {
            return !window.customerList()->model()->isLoading() && window.customerList()->model()->rowCount() == before;
        },
        10000))
        << window.customerList()->model()->rowCount();
}

// A GBK file: its encoding is detected and shown; another encoding chosen reads it again (and refuses what is not
// valid in it), and the table follows the choice.
TEST_F(ImportWizardTest, ShowsTheDetectedEncodingAndReadsAgainInTheOneChosen)
{
    GuiTestDatabase office;
    QStringEncoder gbk("GBK");
    if (!gbk.isValid())
        GTEST_SKIP() << "no GBK encoder in this Qt";
    const QByteArray bytes = gbk.encode(QStringLiteral("客户名称,电话\r\n编码测试公司,021-5555 6666\r\n"));
    gui::ImportCustomersWizard wizard(office.path(), office.manager().user());
    wizard.show();
    ASSERT_TRUE(chooseFile(wizard, writeFile(m_dir, QStringLiteral("gbk.csv"), bytes)));
    gui::ImportFilePage* page = wizard.filePage();
    EXPECT_TRUE(page->encodingChoice()->isVisible());
    EXPECT_FALSE(page->sheetChoice()->isVisible()) << "no sheets in a CSV file";
    EXPECT_TRUE(wizard.table()->detectedEncoding.startsWith(QStringLiteral("GB")))
        << wizard.table()->detectedEncoding.toStdString();
    EXPECT_EQ(wizard.table()->header(0), QStringLiteral("客户名称"));

    QSignalSpy read(page, &gui::ImportFilePage::fileRead);
    page->encodingChoice()->setCurrentIndex(page->encodingChoice()->findData(QStringLiteral("UTF-8")));
    ASSERT_TRUE(read.wait(20000));
    EXPECT_FALSE(read.at(0).at(0).toBool()) << "GBK bytes are not valid UTF-8";
    EXPECT_FALSE(page->errorLabel()->text().isEmpty());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());

    page->encodingChoice()->setCurrentIndex(page->encodingChoice()->findData(QStringLiteral("GBK")));
    ASSERT_TRUE(read.wait(20000));
    EXPECT_TRUE(read.at(1).at(0).toBool()) << page->errorLabel()->text().toStdString();
    EXPECT_EQ(wizard.table()->encoding.toUpper(), QStringLiteral("GBK"));
    EXPECT_EQ(wizard.table()->cell(0, 0).toString(), QStringLiteral("编码测试公司"));
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
}

// A workbook: the sheet chooser lists its sheets; another sheet chosen is read instead of the first.
TEST_F(ImportWizardTest, ReadsTheSheetChosen)
{
    GuiTestDatabase office;
    const QString path = m_dir.filePath(QStringLiteral("two-sheets.xlsx"));
    lxw_workbook* book = workbook_new(path.toLocal8Bit().constData());
    lxw_worksheet* first = workbook_add_worksheet(book, "说明");
    worksheet_write_string(first, 0, 0, "客户名称", nullptr);
    worksheet_write_string(first, 1, 0, "第一页公司", nullptr);
    lxw_worksheet* second = workbook_add_worksheet(book, "客户");
    worksheet_write_string(second, 0, 0, "客户名称", nullptr);
    worksheet_write_string(second, 0, 1, "电话", nullptr);
    worksheet_write_string(second, 1, 0, "第二页公司", nullptr);
    worksheet_write_string(second, 1, 1, "021-5555 7777", nullptr);
    ASSERT_EQ(workbook_close(book), LXW_NO_ERROR);

    gui::ImportCustomersWizard wizard(office.path(), office.manager().user());
    wizard.show();
    ASSERT_TRUE(chooseFile(wizard, path)) << wizard.filePage()->errorLabel()->text().toStdString();
    gui::ImportFilePage* page = wizard.filePage();
    EXPECT_TRUE(page->sheetChoice()->isVisible());
    EXPECT_FALSE(page->encodingChoice()->isVisible()) << "no encoding in a workbook";
    ASSERT_EQ(page->sheetChoice()->count(), 2);
    EXPECT_EQ(page->sheetChoice()->currentText(), QStringLiteral("说明"));
    EXPECT_EQ(wizard.table()->cell(0, 0).toString(), QStringLiteral("第一页公司"));

    QSignalSpy read(page, &gui::ImportFilePage::fileRead);
    page->sheetChoice()->setCurrentIndex(1);
    ASSERT_TRUE(read.wait(20000));
    ASSERT_TRUE(read.at(0).at(0).toBool()) << page->errorLabel()->text().toStdString();
    EXPECT_EQ(wizard.table()->sheetName, QStringLiteral("客户"));
    EXPECT_EQ(wizard.table()->columnCount(), 2);
    EXPECT_EQ(wizard.table()->cell(0, 0).toString(), QStringLiteral("第二页公司"));
    EXPECT_EQ(page->sheetChoice()->currentText(), QStringLiteral("客户"));
}

// A card's own rule broken in a row is worded as the card words it (ValidationText), with its row and column.
TEST_F(ImportWizardTest, ACardRuleInARowIsWordedAsTheCardWordsIt)
{
    GuiTestDatabase office;
    gui::ImportCustomersWizard wizard(office.path(), office.manager().user());
    wizard.show();
    ASSERT_TRUE(chooseFile(
        wizard, writeFile(m_dir, QStringLiteral("rule.csv"), "客户名称,电子邮件\r\n规则测试公司,not-an-address\r\n")));
    wizard.next();
    QSignalSpy checked(wizard.checkPage(), &gui::ImportCheckPage::checked);
    wizard.next();
    ASSERT_TRUE(checked.wait(20000));
    QTableWidget* problems = wizard.checkPage()->problems();
    ASSERT_EQ(problems->rowCount(), 1);
    EXPECT_EQ(problems->item(0, 1)->text(), QStringLiteral("2"));
    EXPECT_EQ(problems->item(0, 2)->text(), QStringLiteral("B (电子邮件)"));
    EXPECT_EQ(problems->item(0, 3)->text(), QStringLiteral("Not an e-mail address like name@example.com."));
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
}
