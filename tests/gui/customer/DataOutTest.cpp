#include "GuiTestDatabase.h"
#include "TickWatch.h"
#include "WaitFor.h"
#include "gui/common/StorageWorker.h"

#include "gui/common/MessageBox.h"
#include "gui/customer/ContactDialog.h"
#include "gui/customer/CustomerCardWidget.h"
#include "gui/customer/CustomerListModel.h"
#include "gui/customer/CustomerListWidget.h"
#include "gui/customer/DeleteCustomerDialog.h"
#include "gui/customer/EraseContactDialog.h"
#include "gui/customer/MailingDialog.h"
#include "gui/shell/Translations.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/CustomerRemoval.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

using namespace carddesk;

namespace {

core::Contact primaryContact(storage::Session& session, qint64 customerId)
{
    auto list = storage::ContactRepository(session).listForCustomer(customerId);
    return list.ok() && !list->empty() ? list->front() : core::Contact{};
}

// Clicks `button` of the modal dialog of type D that the next exec() opens.
template <typename D> void answerNextDialog(QPushButton* (D::*button)() const, bool tick = false)
{
    QTimer::singleShot(0, [button, tick] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        if (tick)
            for (QCheckBox* box : dialog->template findChildren<QCheckBox*>())
                box->setChecked(true);
        (dialog->*button)()->click();
    });
}

} // namespace

TEST(DataOut, DoNotContactIsEditedInTheContactDialog)
{
    GuiTestDatabase office;
    gui::ContactDialog dialog(office.rep1(), primaryContact(office.rep1(), office.huaLianId));
    dialog.show();
    QCheckBox* flag = nullptr;
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>())
        if (box->text().startsWith(QStringLiteral("Asked not to be contacted")))
            flag = box;
    ASSERT_NE(flag, nullptr);
    EXPECT_FALSE(flag->isChecked());
    flag->setChecked(true);
    ASSERT_TRUE(dialog.submit()) << dialog.errorText().toStdString();
    EXPECT_TRUE(primaryContact(office.rep1(), office.huaLianId).doNotContact);
}

TEST(DataOut, TheDeleteConfirmationNamesWhatGoes)
{
    gui::Translations::install(QStringLiteral("en")); // the English plural forms, as in the window
    GuiTestDatabase office;
    auto attachments = storage::CustomerRemoval(office.manager()).attachments(office.huaLianId);
    ASSERT_TRUE(attachments);
    gui::DeleteCustomerDialog dialog(*attachments);
    dialog.show();
    EXPECT_TRUE(dialog.lines().contains(attachments->contacts == 1
                                            ? QStringLiteral("1 contact")
                                            : QStringLiteral("%1 contacts").arg(attachments->contacts)))
        << dialog.lines().join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(dialog.deleteButton()->isDefault()); // Enter cancels
    bool named = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        named = named || label->text().contains(QStringLiteral("上海华联商贸有限公司"));
    EXPECT_TRUE(named);
}

TEST(DataOut, EraseNeedsTheTickAndIsOnlyOfferedToTheAdministrator)
{
    GuiTestDatabase office;
    const core::Contact contact = primaryContact(office.admin(), office.huaLianId);
    gui::EraseContactDialog dialog(contact, QStringLiteral("上海华联商贸有限公司"));
    dialog.show();
    EXPECT_FALSE(dialog.eraseButton()->isEnabled());
    dialog.understood()->setChecked(true);
    EXPECT_TRUE(dialog.eraseButton()->isEnabled());

    gui::CustomerCardWidget managerCard(office.manager());
    ASSERT_TRUE(managerCard.loadCustomer(office.huaLianId));
    EXPECT_EQ(managerCard.findChild<QPushButton*>(QStringLiteral("eraseContactButton")), nullptr);
    gui::CustomerCardWidget repCard(office.rep1());
    ASSERT_TRUE(repCard.loadCustomer(office.huaLianId));
    EXPECT_FALSE(repCard.findChild<QPushButton*>(QStringLiteral("deleteButton"))->isVisibleTo(&repCard));
}

TEST(DataOut, TheAdministratorErasesAContactFromTheCard)
{
    GuiTestDatabase office;
    gui::CustomerCardWidget card(office.admin());
    card.show();
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    auto* erase = card.findChild<QPushButton*>(QStringLiteral("eraseContactButton"));
    ASSERT_NE(erase, nullptr);
    auto* table = card.findChild<QTableView*>(QStringLiteral("contactsTable"));
    ASSERT_NE(table, nullptr);
    table->setCurrentIndex(table->model()->index(0, 0));
    answerNextDialog<gui::EraseContactDialog>(&gui::EraseContactDialog::eraseButton, true);
    erase->click();
    auto left = storage::ContactRepository(office.admin()).listForCustomer(office.huaLianId);
    ASSERT_TRUE(left);
    for (const core::Contact& c : *left)
        EXPECT_NE(c.name, QStringLiteral("陈静"));
    EXPECT_EQ(office.db().sql().execAndGet("SELECT count(*) FROM audit_log WHERE action = 'erase'").getInt(), 1);
}

TEST(DataOut, AManagerArchivesAndDeletesFromTheCard)
{
    GuiTestDatabase office;
    gui::CustomerCardWidget card(office.manager());
    card.show();
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    auto* archive = card.findChild<QPushButton*>(QStringLiteral("archiveButton"));
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    archive->click();
    EXPECT_TRUE(storage::CustomerRemoval(office.manager()).archivedAt(office.huaLianId).has_value());
    EXPECT_EQ(archive->text(), QStringLiteral("Unarchive"));

    qint64 deleted = 0;
    QObject::connect(&card, &gui::CustomerCardWidget::customerDeleted, [&deleted](qint64 id) { deleted = id; });
    answerNextDialog<gui::DeleteCustomerDialog>(&gui::DeleteCustomerDialog::deleteButton);
    card.findChild<QPushButton*>(QStringLiteral("deleteButton"))->click();
    EXPECT_EQ(deleted, office.huaLianId);
    EXPECT_EQ(office.db()
                  .sql()
                  .execAndGet("SELECT count(*) FROM customers WHERE id = " + std::to_string(office.huaLianId))
                  .getInt(),
              0);
}

TEST(DataOut, WithAWorkerWhatWouldGoIsCountedOffTheGuiThreadBeforeTheQuestion)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.manager().user());
    gui::CustomerCardWidget card(office.manager(), nullptr, &worker);
    card.show();
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    ASSERT_TRUE(waitFor([&] { return !card.isLoading(); }));
    qint64 deleted = 0;
    QObject::connect(&card, &gui::CustomerCardWidget::customerDeleted, [&deleted](qint64 id) { deleted = id; });
    auto* button = card.findChild<QPushButton*>(QStringLiteral("deleteButton"));
    ASSERT_TRUE(button->isEnabled());

    gui::StorageWorker::setTestDelay(1000);
    TickWatch ticks;
    button->click(); // returns at once: the counts are on their way
    EXPECT_LT(ticks.elapsed(), 500);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_FALSE(button->isEnabled());
    // The question comes with the counts; answer it when it is there.
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto* dialog = qobject_cast<gui::DeleteCustomerDialog*>(QApplication::activeModalWidget()))
            dialog->deleteButton()->click();
    });
    answer.start(20);
    ASSERT_TRUE(waitFor([&] { return deleted != 0; }, 10000));
    gui::StorageWorker::setTestDelay(0);
    EXPECT_LT(ticks.longestGap(), 250);
    EXPECT_EQ(deleted, office.huaLianId);
}

TEST(DataOut, ShowArchivedListsTheArchivedAlone)
{
    GuiTestDatabase office;
    ASSERT_TRUE(storage::CustomerRemoval(office.manager()).archive(office.huaLianId));
    gui::CustomerListWidget list(office.manager());
    list.show();
    ASSERT_TRUE(waitFor([&] { return !list.model()->isLoading(); }));
    const int active = list.model()->rowCount();
    list.archivedFilter()->setChecked(true);
    ASSERT_TRUE(waitFor([&] { return !list.model()->isLoading() && list.model()->rowCount() == 1; }));
    list.archivedFilter()->setChecked(false);
    ASSERT_TRUE(waitFor([&] { return !list.model()->isLoading() && list.model()->rowCount() == active; }));
    EXPECT_GT(active, 0);
}

TEST(DataOut, TheMailingDialogWritesTheListOffTheWindowsThread)
{
    GuiTestDatabase office;
    storage::CustomerQuery filter;
    gui::MailingDialog dialog(office.path(), office.rep1().user(), filter, QStringLiteral("all customers"));
    dialog.show();
    const QString file = QFileInfo(office.path()).dir().filePath(QStringLiteral("labels.pdf"));
    dialog.fileField()->setText(file);
    bool done = false;
    bool ok = false;
    QObject::connect(&dialog, &gui::MailingDialog::finished, [&](bool success) {
        done = true;
        ok = success;
    });
    dialog.start();
    ASSERT_TRUE(waitFor([&] { return done; }, 30000));
    EXPECT_TRUE(ok) << dialog.resultLabel()->text().toStdString();
    EXPECT_TRUE(QFile::exists(file));
    EXPECT_TRUE(dialog.resultLabel()->text().contains(QStringLiteral("label")))
        << dialog.resultLabel()->text().toStdString();
    EXPECT_EQ(
        office.db().sql().execAndGet("SELECT count(*) FROM access_log WHERE detail LIKE 'mailing labels%'").getInt(),
        1);
}
