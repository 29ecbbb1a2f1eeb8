#include "GuiTestDatabase.h"
#include "ScoredOffice.h"
#include "WaitFor.h"

#include "gui/analysis/AnalysisWidget.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageLoader.h"
#include "gui/common/StorageWorker.h"
#include "gui/complaints/ComplaintsWidget.h"
#include "gui/customer/CustomerCardWidget.h"
#include "gui/customer/CustomerListModel.h"
#include "gui/customer/CustomerListWidget.h"
#include "gui/customer/HandoverWidget.h"
#include "gui/customer/InteractionDialog.h"
#include "gui/lifecycle/LifecycleWidget.h"
#include "gui/shell/LoginDialog.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/Translations.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/InteractionRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <iostream>

#include <gtest/gtest.h>

using namespace carddesk;

TEST(LoginDialog, RefusesAWrongPasswordAndAcceptsTheRightOne)
{
    GuiTestDatabase office;
    gui::LoginDialog dialog(office.db());
    dialog.show();
    auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(user, QStringLiteral("zhang"));
    QTest::keyClicks(password, QStringLiteral("wrong-password"));
    EXPECT_FALSE(dialog.tryLogin());
    EXPECT_EQ(dialog.errorText(), QStringLiteral("Wrong user name or password."));
    EXPECT_EQ(dialog.result(), QDialog::Rejected);

    password->setText(QString::fromLatin1(GuiTestDatabase::Password));
    QTest::keyClick(password, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.user().id, office.rep1().userId());
}

TEST(MainWindow, ShowsOnlyWhatTheUserCanUse)
{
    GuiTestDatabase office;
    gui::MainWindow repWindow(office.rep1());
    auto* navigation = repWindow.findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    // today, customers, card, collections, analysis, lifecycle, complaints, visits, weekly review (their own row): no
    // handover for a rep
    EXPECT_EQ(navigation->count(), 9);
    EXPECT_EQ(navigation->item(0)->data(Qt::UserRole).toInt(), gui::MainWindow::TodayView);
    EXPECT_EQ(navigation->item(3)->data(Qt::UserRole).toInt(), gui::MainWindow::CollectionsView);
    EXPECT_EQ(navigation->item(7)->data(Qt::UserRole).toInt(), gui::MainWindow::VisitsView);
    EXPECT_EQ(navigation->item(7)->text(), QStringLiteral("Visits"));
    EXPECT_EQ(navigation->item(8)->text(), QStringLiteral("Weekly review"));
    EXPECT_TRUE(navigation->item(2)->isHidden()); // the card: none open yet
    // The list loads on the window's storage worker.
    ASSERT_TRUE(waitFor([&] { return !repWindow.customerList()->model()->isLoading(); }));
    EXPECT_EQ(repWindow.customerList()->model()->rowCount(), 3);
    EXPECT_EQ(repWindow.findChild<QLabel*>(QStringLiteral("userLabel"))->text(), QStringLiteral("User: 张伟"));
    EXPECT_EQ(repWindow.findChild<QLabel*>(QStringLiteral("roleLabel"))->text(), QStringLiteral("Role: Sales rep"));

    gui::MainWindow managerWindow(office.manager());
    EXPECT_EQ(managerWindow.findChild<QListWidget*>(QStringLiteral("navigation"))->count(), 10);
    ASSERT_TRUE(waitFor([&] { return !managerWindow.customerList()->model()->isLoading(); }));
    EXPECT_EQ(managerWindow.customerList()->model()->rowCount(), 5);
}

TEST(MainWindow, OpensACardFromTheListAndAsksBeforeLeavingUnsavedChanges)
{
    GuiTestDatabase office;
    gui::MainWindow window(office.rep1());
    window.show();
    ASSERT_TRUE(window.openCustomer(office.huaLianId));
    EXPECT_EQ(window.currentView(), gui::MainWindow::CardView);
    ASSERT_TRUE(waitFor([&] { return !window.card()->isLoading(); })); // read off the GUI thread
    EXPECT_EQ(window.card()->customer().name, QStringLiteral("上海华联商贸有限公司"));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("上海华联商贸有限公司")));

    qobject_cast<QLineEdit*>(window.card()->editor(gui::CustomerFields::Industry))->setText(QStringLiteral("x"));
    ASSERT_TRUE(waitFor([&] { return !window.customerList()->model()->isLoading(); }));
    const qint64 other = window.customerList()->model()->customerId(0);
    ASSERT_NE(other, office.huaLianId);
    gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window.openCustomer(other));
    EXPECT_EQ(window.card()->customerId(), office.huaLianId);
    gui::MessageBox::setNextAnswer(QMessageBox::Discard);
    EXPECT_TRUE(window.openCustomer(other));
    ASSERT_TRUE(waitFor([&] { return !window.card()->isLoading(); }));
    EXPECT_EQ(window.card()->customerId(), other);
}

TEST(MainWindow, NothingActsOnThePreviousCardWhileAnotherIsRead)
{
    GuiTestDatabase office;
    gui::MainWindow window(office.rep1());
    window.show();
    ASSERT_TRUE(window.openCustomer(office.huaLianId));
    ASSERT_TRUE(waitFor([&] { return !window.card()->isLoading(); }));
    auto* exportCard = window.findChild<QAction*>(QStringLiteral("exportCardAction"));
    auto* logInteraction = window.findChild<QAction*>(QStringLiteral("logInteractionAction"));
    ASSERT_TRUE(exportCard && logInteraction);
    EXPECT_TRUE(exportCard->isEnabled());
    ASSERT_TRUE(waitFor([&] { return !window.customerList()->model()->isLoading(); }));
    const qint64 other = window.customerList()->model()->customerId(0) == office.huaLianId
                             ? window.customerList()->model()->customerId(1)
                             : window.customerList()->model()->customerId(0);

    // While the other card is read, the card still holds the first: exporting or logging would act on it.
    gui::StorageWorker::setTestDelay(1500);
    ASSERT_TRUE(window.openCustomer(other));
    EXPECT_TRUE(window.card()->isOpening());
    EXPECT_EQ(window.card()->customerId(), office.huaLianId);
    EXPECT_FALSE(exportCard->isEnabled());
    EXPECT_FALSE(logInteraction->isEnabled());
    // Only when disabled: were it enabled, the dialog would wait for an answer.
    if (!logInteraction->isEnabled()) {
        EXPECT_FALSE(window.logInteraction()); // returns at once: no dialog for the previous customer
    }
    gui::StorageWorker::setTestDelay(0);
    ASSERT_TRUE(waitFor([&] { return !window.card()->isLoading(); }));
    EXPECT_EQ(window.card()->customerId(), other);
    EXPECT_TRUE(exportCard->isEnabled());
    EXPECT_TRUE(logInteraction->isEnabled());
}

TEST(HandoverWidget, MovesAllCustomersOfARep)
{
    GuiTestDatabase office;
    gui::HandoverWidget handover(office.manager());
    handover.fromCombo()->setCurrentIndex(handover.fromCombo()->findData(office.rep1().userId()));
    handover.toCombo()->setCurrentIndex(handover.toCombo()->findData(office.rep2().userId()));
    EXPECT_TRUE(
        handover.findChild<QLabel*>(QStringLiteral("handoverPreview"))->text().startsWith(QStringLiteral("3 ")));

    gui::MessageBox::setNextAnswer(QMessageBox::No);
    EXPECT_EQ(handover.handOver(), -1);
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_EQ(handover.handOver(), 3);

    gui::CustomerListWidget rep2List(office.rep2());
    EXPECT_EQ(rep2List.model()->rowCount(), 5);
    gui::CustomerListWidget rep1List(office.rep1());
    EXPECT_EQ(rep1List.model()->rowCount(), 0);
}

TEST(InteractionDialog, LogsAnInteractionWithAFollowUp)
{
    GuiTestDatabase office;
    gui::InteractionDialog dialog(office.rep1(), office.huaLianId, QStringLiteral("上海华联商贸有限公司"));
    EXPECT_FALSE(dialog.submit());
    EXPECT_EQ(dialog.errorText(), QStringLiteral("Write a short summary of the interaction."));
    dialog.setChannel(QStringLiteral("visit"));
    dialog.setSummary(QStringLiteral("谈了春季订单"));
    const QDate followUp = QDate::currentDate().addDays(3);
    dialog.setFollowUp(followUp);
    ASSERT_TRUE(dialog.submit());

    storage::InteractionRepository repository(office.rep1());
    auto list = repository.listForCustomer(office.huaLianId);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ(list->front().channel, QStringLiteral("visit"));
    EXPECT_EQ(list->front().nextFollowUp, followUp);

    gui::CustomerListWidget customers(office.rep1());
    customers.searchField()->setText(QStringLiteral("shhl"));
    customers.applyFilters();
    EXPECT_EQ(customers.model()->index(0, gui::CustomerListModel::NextFollowUp).data().toString(),
              followUp.toString(Qt::ISODate));
}

TEST(Translations, ChineseIsCompiledIn)
{
    EXPECT_EQ(gui::Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    EXPECT_EQ(gui::Labels::status(QStringLiteral("potential")), QStringLiteral("潜在客户"));
    EXPECT_EQ(gui::Labels::loyalty(QStringLiteral("switcher")), QStringLiteral("品牌转移客户"));
    EXPECT_EQ(gui::Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(gui::Labels::status(QStringLiteral("potential")), QStringLiteral("Potential"));
}

// Log-in on a large office must not wait for pages nobody opened: the analysis, lifecycle and complaints pages
// read their data the first time they are shown, and a page shown before is read again on rescoring.
TEST(Shell, PagesReadTheirDataWhenFirstShown)
{
    ScoredOffice office(true);
    gui::MainWindow window(office.admin());
    EXPECT_FALSE(window.analysis()->hasScores());
    window.showView(gui::MainWindow::AnalysisView);
    // Read on the window's storage worker: the scores arrive a moment later.
    ASSERT_TRUE(waitFor([&] { return window.analysis()->hasScores(); }));
}

// The poll says Everything whenever another connection commits; a page's own reads commit nothing, so a shown page
// reads once and then stays quiet while nobody writes (no reload loop).
TEST(Shell, ShownPagesDoNotReadAgainFromTheirOwnReads)
{
    ScoredOffice office(true);
    gui::MainWindow window(office.admin());
    window.storageWorker()->setPollInterval(50);
    const std::vector<std::pair<gui::MainWindow::View, gui::PageLoader*>> pages{
        {gui::MainWindow::AnalysisView, window.analysis()->loader()},
        {gui::MainWindow::LifecycleView, window.lifecycle()->loader()},
        {gui::MainWindow::ComplaintsView, window.complaints()->loader()},
        {gui::MainWindow::HandoverView, window.handover()->loader()},
    };
    for (const auto& [view, loader] : pages) {
        window.showView(view);
        ASSERT_TRUE(waitFor([loader = loader] { return !loader->isLoading(); }, 5000));
        QTest::qWait(200);
        QSignalSpy loads(loader, &gui::PageLoader::loadingChanged);
        QTest::qWait(800); // sixteen polls
        EXPECT_EQ(loads.count(), 0) << view;
    }
}

// Every page of every role fits a 1280x800 screen in both languages: the stacked pages' largest minimum is the
// window's, so one page without a scroll bar (the administrator's settings, 1,136 px high in Chinese) pushed the
// save button and the status bar off a laptop's screen.
TEST(MainWindow, EveryRolesWindowFitsA1280x800ScreenInBothLanguages)
{
    GuiTestDatabase office;
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        ASSERT_EQ(gui::Translations::install(language), language);
        for (storage::Session* session : {&office.admin(), &office.manager(), &office.rep1()}) {
            gui::MainWindow window(*session);
            window.resize(1280, 800);
            window.show();
            for (int view = gui::MainWindow::CustomersView; view <= gui::MainWindow::VisitsView; ++view)
                window.showView(static_cast<gui::MainWindow::View>(view));
            QApplication::processEvents();
            const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
            EXPECT_LE(least.width(), 1280) << language.toStdString() << " " << session->user().username.toStdString();
            if (least.width() > 1280)
                for (QStackedWidget* stack : window.findChildren<QStackedWidget*>())
                    for (int i = 0; i < stack->count(); ++i)
                        std::cerr << stack->widget(i)->metaObject()->className() << " "
                                  << stack->widget(i)->minimumSizeHint().width() << "\n";
            EXPECT_LE(least.height(), 800) << language.toStdString() << " " << session->user().username.toStdString();
        }
    }
    gui::Translations::install(QStringLiteral("en"));
}
