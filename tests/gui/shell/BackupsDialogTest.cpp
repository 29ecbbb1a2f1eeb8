#include "GuiTestDatabase.h"

#include "gui/common/MessageBox.h"
#include "gui/shell/BackupsDialog.h"
#include "services/BackupService.h"
#include "storage/db/BackupCipher.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace carddesk;

// The backups dialog lists, makes and offers to restore copies of the office, its file work off the GUI thread.
TEST(BackupsDialog, BackUpNowAddsACheckedCopyToTheList)
{
    GuiTestDatabase office;
    QTemporaryDir folder;
    gui::BackupsDialog dialog(office.path(), folder.path());
    QSignalSpy loaded(&dialog, &gui::BackupsDialog::loaded);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(dialog.rowCount(), 0);

    QSignalSpy backedUp(&dialog, &gui::BackupsDialog::backedUp);
    dialog.backUpNow();
    ASSERT_TRUE(backedUp.wait(30000));
    EXPECT_TRUE(backedUp.at(0).at(1).toString().isEmpty()) << backedUp.at(0).at(1).toString().toStdString();
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(dialog.rowCount(), 1);
}

TEST(BackupsDialog, RestoreAsksThenRequestsTheChosenBackup)
{
    GuiTestDatabase office;
    QTemporaryDir folder;
    gui::BackupsDialog dialog(office.path(), folder.path());
    QSignalSpy loaded(&dialog, &gui::BackupsDialog::loaded);
    ASSERT_TRUE(loaded.wait(10000));
    QSignalSpy backedUp(&dialog, &gui::BackupsDialog::backedUp);
    dialog.backUpNow();
    ASSERT_TRUE(backedUp.wait(30000));
    ASSERT_TRUE(loaded.wait(10000));
    const QString path = backedUp.at(0).at(0).toString();

    auto* table = dialog.findChild<QTableView*>();
    ASSERT_NE(table, nullptr);
    table->selectRow(0);
    QPushButton* restore = nullptr;
    for (auto* button : dialog.findChildren<QPushButton*>())
        if (button->text().contains(QStringLiteral("Restore")))
            restore = button;
    ASSERT_NE(restore, nullptr);
    ASSERT_TRUE(restore->isEnabled());

    QSignalSpy requested(&dialog, &gui::BackupsDialog::restoreRequested);
    gui::MessageBox::setNextAnswer(QMessageBox::No);
    restore->click();
    EXPECT_EQ(requested.count(), 0);
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    restore->click();
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), path);
}

TEST(BackupsDialog, AFolderThatCannotBeWrittenIsExplainedAndTheOfficeIsUntouched)
{
    GuiTestDatabase office;
    QTemporaryDir dir;
    QFile plain(dir.filePath(QStringLiteral("plain.txt")));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    gui::BackupsDialog dialog(office.path(), dir.filePath(QStringLiteral("plain.txt/backups")));
    QSignalSpy loaded(&dialog, &gui::BackupsDialog::loaded);
    ASSERT_TRUE(loaded.wait(10000));
    QSignalSpy backedUp(&dialog, &gui::BackupsDialog::backedUp);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.backUpNow();
    ASSERT_TRUE(backedUp.wait(30000));
    EXPECT_TRUE(backedUp.at(0).at(1).toString().contains(QStringLiteral("cannot be created or written")))
        << backedUp.at(0).at(1).toString().toStdString();
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("Nothing in the office was changed")));
}

// Issue #17: an encrypted backup is listed as such (its customers need the passphrase), and the dialog says that the
// office's backups are encrypted.
TEST(BackupsDialog, AnEncryptedBackupIsListedAsNeedingItsPassphrase)
{
    GuiTestDatabase office;
    QTemporaryDir folder;
    storage::BackupCipher::setCost(storage::BackupCipher::Cost::Minimum);
    auto made = services::BackupService::backup(office.path(), folder.path(), QDateTime::currentDateTime(),
                                                QStringLiteral("a long passphrase"));
    storage::BackupCipher::setCost(storage::BackupCipher::Cost::Moderate);
    ASSERT_TRUE(made) << made.error().toString().toStdString();
    gui::BackupsDialog dialog(office.path(), folder.path(), true);
    QSignalSpy loaded(&dialog, &gui::BackupsDialog::loaded);
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_EQ(dialog.rowCount(), 1);
    auto* table = dialog.findChild<QTableView*>();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->model()->index(0, 3).data().toString(), QStringLiteral("Encrypted: needs its passphrase"));
    EXPECT_TRUE(table->model()->index(0, 1).data().toString().isEmpty());
    bool said = false;
    for (auto* label : dialog.findChildren<QLabel*>())
        said = said || label->text().contains(QLatin1String("backups are encrypted"));
    EXPECT_TRUE(said);
}

// A listed backup is only opened (its header read), so the list says "readable", not "can be restored" (a damaged
// one was called restorable); one that cannot be used says why in the user's words, not the service's English.
TEST(BackupsDialog, TheListSaysWhatItCheckedAndWhyABackupCannotBeUsed)
{
    GuiTestDatabase office;
    QTemporaryDir folder;
    auto made =
        services::BackupService::backup(office.path(), folder.path(), QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
    ASSERT_TRUE(made) << made.error().toString().toStdString();
    const QString cut = QString(*made).replace(QStringLiteral("20261201-090000"), QStringLiteral("20261202-090000"));
    ASSERT_TRUE(QFile::copy(*made, cut));
    QFile file(cut);
    ASSERT_TRUE(file.resize(1000)); // a copy cut short
    gui::BackupsDialog dialog(office.path(), folder.path(), false);
    QSignalSpy loaded(&dialog, &gui::BackupsDialog::loaded);
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_EQ(dialog.rowCount(), 2);
    auto* table = dialog.findChild<QTableView*>();
    QStringList states;
    for (int row = 0; row < 2; ++row)
        states << table->model()->index(row, 3).data().toString();
    EXPECT_TRUE(states.contains(QStringLiteral("Readable (checked in full when restored)")))
        << states.join(u'|').toStdString();
    EXPECT_TRUE(
        states.contains(QStringLiteral("Cannot be used: damaged, not a CardDesk office, or from a newer CardDesk")))
        << states.join(u'|').toStdString();
}
