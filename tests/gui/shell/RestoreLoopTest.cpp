#include "GuiTestDatabase.h"

#include "WaitFor.h"
#include "gui/common/MessageBox.h"
#include "gui/shell/BackupsDialog.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/OfficeRestore.h"
#include "services/BackupService.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

using namespace carddesk;

namespace {

qint64 customerCount(const QString& path)
{
    auto db = storage::Database::open(path);
    if (!db)
        return -1;
    return (*db)->sql().execAndGet("SELECT count(*) FROM customers").getInt64();
}

// Once Tools → Backups… is up: waits for its list, picks the first backup and presses Restore (the question
// answered Yes).
void restoreFirstBackupInDialog()
{
    QTimer::singleShot(20, [] {
        auto* dialog = qobject_cast<gui::BackupsDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->rowCount() == 0) {
            restoreFirstBackupInDialog();
            return;
        }
        dialog->findChild<QTableView*>()->selectRow(0);
        for (auto* button : dialog->findChildren<QPushButton*>())
            if (button->text().contains(QStringLiteral("Restore"))) {
                gui::MessageBox::setNextAnswer(QMessageBox::Yes);
                button->click();
                return;
            }
    });
}

} // namespace

// The whole loop the application runs: Tools → Backups… → Restore closes the window with a restore request, the
// office is replaced once nothing holds it, and the office opened again is the backup's.
TEST(RestoreLoop, TheWindowAsksTheOfficeIsReplacedAndOpensAsTheBackup)
{
    GuiTestDatabase seed;
    QTemporaryDir dir;
    const QString officePath = dir.filePath(QStringLiteral("office.db"));
    {
        auto copy = services::BackupService::backup(seed.path(), dir.filePath(QStringLiteral("seed")));
        ASSERT_TRUE(copy) << copy.error().toString().toStdString();
        ASSERT_TRUE(QFile::copy(*copy, officePath));
    }
    const qint64 atBackup = customerCount(officePath);
    ASSERT_GT(atBackup, 0);
    auto backup = services::BackupService::backup(officePath, services::BackupService::defaultFolder(officePath));
    ASSERT_TRUE(backup) << backup.error().toString().toStdString();

    {
        auto db = storage::Database::open(officePath);
        ASSERT_TRUE(db);
        auto admin = storage::UserRepository::login(**db, QStringLiteral("admin"),
                                                    QString::fromLatin1(GuiTestDatabase::Password));
        ASSERT_TRUE(admin);
        storage::Session session(**db, *admin);
        core::Customer late;
        late.name = QStringLiteral("备份之后的客户");
        ASSERT_TRUE(storage::CustomerRepository(session).create(late));
        gui::MainWindow window(session);
        window.show();
        restoreFirstBackupInDialog();
        window.showBackups();
        EXPECT_EQ(window.exitRequest(), gui::MainWindow::ExitRequest::Restore);
        EXPECT_EQ(window.restoreFile(), *backup);
        EXPECT_FALSE(window.isVisible());
    }
    ASSERT_EQ(customerCount(officePath), atBackup + 1);

    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(gui::OfficeRestore::run(officePath, *backup, QStringLiteral("admin")));
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("was restored")))
        << gui::MessageBox::lastText().toStdString();
    EXPECT_EQ(customerCount(officePath), atBackup);
}

// Another window (here: the test's own connection) still has the office open: nothing is replaced, and the user
// is told why.
TEST(RestoreLoop, AnOfficeOpenElsewhereIsNotReplaced)
{
    GuiTestDatabase office;
    auto backup = services::BackupService::backup(office.path(), services::BackupService::defaultFolder(office.path()));
    ASSERT_TRUE(backup);
    office.addCustomer(office.rep1(), QStringLiteral("备份之后的客户"));
    const qint64 before = office.db().sql().execAndGet("SELECT count(*) FROM customers").getInt64();
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(gui::OfficeRestore::run(office.path(), *backup, QStringLiteral("admin")));
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("open in another CardDesk window")))
        << gui::MessageBox::lastText().toStdString();
    // Bug: the refusal did not say which backup it was about.
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QDir::toNativeSeparators(*backup)))
        << gui::MessageBox::lastText().toStdString();
    EXPECT_EQ(office.db().sql().execAndGet("SELECT count(*) FROM customers").getInt64(), before);
}
