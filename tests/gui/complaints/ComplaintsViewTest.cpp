#include "GuiTestDatabase.h"
#include "TickWatch.h"
#include "WaitFor.h"

#include "gui/common/DataChanges.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageLoader.h"
#include "gui/common/StorageWorker.h"
#include "gui/common/TextPrompt.h"
#include "gui/complaints/ComplaintCategoriesDialog.h"
#include "gui/complaints/ComplaintDetailPane.h"
#include "gui/complaints/ComplaintDialog.h"
#include "gui/complaints/ComplaintListModel.h"
#include "gui/complaints/ComplaintsWidget.h"
#include "gui/complaints/EscalationRunner.h"
#include "gui/customer/CustomerListModel.h"
#include "gui/customer/CustomerListWidget.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/Translations.h"
#include "services/ComplaintEscalator.h"
#include "storage/repositories/ComplaintRepository.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>

#include <set>

using namespace carddesk;

namespace {

// Three complaints of rep1's customer 华联 (one new and on time, one overdue and escalated, one resolved) and one
// of a rep2 customer, all through the repositories.
struct ComplaintOffice
{
    GuiTestDatabase office;
    qint64 onTime = 0;
    qint64 overdue = 0;
    qint64 resolved = 0;
    qint64 rep2Complaint = 0;
    qint64 rep2Customer = 0;

    ComplaintOffice()
    {
        storage::ComplaintRepository rep1(office.rep1());
        auto add = [](storage::ComplaintRepository& repository, qint64 customerId, int level, int daysAgo,
                      const QString& text) {
            core::Complaint c;
            c.customerId = customerId;
            c.level = level;
            c.channel = QStringLiteral("phone");
            c.description = text;
            c.receivedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
            auto created = repository.create(c);
            EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().toString().toStdString());
            return created.ok() ? created->id : 0;
        };
        onTime = add(rep1, office.huaLianId, 1, 0, QStringLiteral("发票抬头错误"));
        overdue = add(rep1, office.huaLianId, 2, 10, QStringLiteral("货物破损"));
        resolved = add(rep1, office.huaLianId, 1, 2, QStringLiteral("送货晚了"));
        for (const char* status : {"acknowledged", "in_progress", "resolved"})
            EXPECT_TRUE(rep1.transition(resolved, QString::fromLatin1(status)).ok());
        rep2Customer = office.addCustomer(office.rep2(), QStringLiteral("广州白云机电")).id;
        storage::ComplaintRepository rep2(office.rep2());
        rep2Complaint = add(rep2, rep2Customer, 3, 0, QStringLiteral("服务态度差"));
        EXPECT_TRUE(services::ComplaintEscalator::run(office.admin(), QDateTime::currentDateTimeUtc()).ok());
    }
};

std::set<qint64> listedIds(const gui::ComplaintsWidget& widget)
{
    std::set<qint64> ids;
    for (const storage::ComplaintListRow& row : widget.model()->rows())
        ids.insert(row.complaint.id);
    return ids;
}

} // namespace

TEST(ComplaintsWidget, FiltersByOverdueEscalatedAndStatusAndHighlightsOverdueRows)
{
    ComplaintOffice o;
    gui::ComplaintsWidget widget(o.office.admin());
    QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(listedIds(widget), (std::set<qint64>{o.onTime, o.overdue, o.resolved, o.rep2Complaint}));

    const int overdueRow = widget.model()->rowOf(o.overdue);
    const int onTimeRow = widget.model()->rowOf(o.onTime);
    EXPECT_TRUE(widget.model()->index(overdueRow, 0).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(widget.model()->index(onTimeRow, 0).data(Qt::BackgroundRole).isValid());
    // Escalated rows carry the marker in the status column.
    EXPECT_TRUE(widget.model()
                    ->index(overdueRow, gui::ComplaintListModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("▲")));
    EXPECT_FALSE(widget.model()
                     ->index(onTimeRow, gui::ComplaintListModel::StatusColumn)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("▲")));

    widget.overdueFilter()->setChecked(true);
    EXPECT_EQ(listedIds(widget), (std::set<qint64>{o.overdue}));
    widget.overdueFilter()->setChecked(false);

    // Level 4 goes to the area manager at once; the overdue one is escalated too.
    widget.escalatedFilter()->setChecked(true);
    EXPECT_EQ(listedIds(widget), (std::set<qint64>{o.overdue}));
    widget.escalatedFilter()->setChecked(false);

    widget.statusFilter()->setCurrentIndex(widget.statusFilter()->findData(QStringLiteral("resolved")));
    EXPECT_EQ(listedIds(widget), (std::set<qint64>{o.resolved}));
    widget.statusFilter()->setCurrentIndex(widget.statusFilter()->findData(QStringLiteral("open")));
    EXPECT_EQ(listedIds(widget), (std::set<qint64>{o.onTime, o.overdue, o.rep2Complaint}));
    widget.statusFilter()->setCurrentIndex(0);

    widget.levelFilter()->setCurrentIndex(widget.levelFilter()->findData(3));
    EXPECT_EQ(listedIds(widget), (std::set<qint64>{o.rep2Complaint}));
    widget.levelFilter()->setCurrentIndex(0);
    widget.ownerFilter()->setCurrentIndex(widget.ownerFilter()->findData(o.office.rep2().userId()));
    EXPECT_EQ(listedIds(widget), (std::set<qint64>{o.rep2Complaint}));
}

TEST(ComplaintsWidget, ARepSeesOnlyTheComplaintsOfTheirCustomersAndHasNoQueue)
{
    ComplaintOffice o;
    gui::ComplaintsWidget rep2(o.office.rep2());
    EXPECT_EQ(listedIds(rep2), (std::set<qint64>{o.rep2Complaint}));
    EXPECT_EQ(rep2.myQueueFilter(), nullptr);
    gui::ComplaintsWidget rep1(o.office.rep1());
    EXPECT_EQ(listedIds(rep1), (std::set<qint64>{o.onTime, o.overdue, o.resolved}));
    // rep2's one complaint: the count axis ticks whole numbers (five ticks over 0-2 read "0 0 1 1 2").
    for (const char* name : {"categoryChart", "resolutionChart"}) {
        auto* view = rep2.findChild<QChartView*>(QString::fromLatin1(name));
        ASSERT_NE(view, nullptr) << name;
        const QList<QAbstractAxis*> axes = view->chart()->axes(Qt::Vertical);
        ASSERT_EQ(axes.size(), 1) << name;
        const auto* counts = qobject_cast<const QValueAxis*>(axes.front());
        ASSERT_NE(counts, nullptr) << name;
        const double step = (counts->max() - counts->min()) / (counts->tickCount() - 1);
        EXPECT_DOUBLE_EQ(step, std::round(step)) << name << ": " << counts->max() << " over " << counts->tickCount();
        EXPECT_GE(step, 1.0) << name;
    }

    // The manager's "escalated to me" queue: the escalated open complaints of the area.
    gui::ComplaintsWidget manager(o.office.manager());
    ASSERT_NE(manager.myQueueFilter(), nullptr);
    manager.myQueueFilter()->setChecked(true);
    EXPECT_EQ(listedIds(manager), (std::set<qint64>{o.overdue}));
    EXPECT_FALSE(manager.statusFilter()->isEnabled());
}

TEST(ComplaintDetailPane, OffersOnlyTheAllowedMovesAndAMoveWritesHistory)
{
    ComplaintOffice o;
    gui::ComplaintsWidget widget(o.office.rep1());
    ASSERT_TRUE(widget.selectComplaint(o.onTime));
    gui::ComplaintDetailPane* pane = widget.detail();
    EXPECT_EQ(pane->complaintId(), o.onTime);
    EXPECT_EQ(pane->offeredTransitions(), QStringList{QStringLiteral("acknowledged")});
    EXPECT_EQ(pane->timeline()->topLevelItemCount(), 1); // created

    gui::TextPrompt::setNextAnswer(QStringLiteral("已电话联系客户"));
    QTest::mouseClick(pane->actionButton(QStringLiteral("acknowledged")), Qt::LeftButton);
    storage::ComplaintRepository repository(o.office.rep1());
    EXPECT_EQ(repository.get(o.onTime)->status, QStringLiteral("acknowledged"));
    auto history = repository.history(o.onTime);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2u);
    bool found = false;
    for (const core::ComplaintHistoryEntry& entry : *history) {
        if (entry.toStatus == QLatin1String("acknowledged")) {
            found = true;
            EXPECT_EQ(entry.fromStatus, QStringLiteral("new"));
            EXPECT_EQ(entry.note, QStringLiteral("已电话联系客户"));
            EXPECT_EQ(entry.userId, o.office.rep1().userId());
        }
    }
    EXPECT_TRUE(found);
    // The pane follows: the same complaint, its next move, the new step on the timeline.
    EXPECT_EQ(pane->complaintId(), o.onTime);
    EXPECT_EQ(pane->offeredTransitions(), QStringList{QStringLiteral("in_progress")});
    EXPECT_EQ(pane->timeline()->topLevelItemCount(), 2);

    // Cancelling the note prompt moves nothing.
    gui::TextPrompt::setNextCancel();
    EXPECT_FALSE(pane->transitionTo(QStringLiteral("in_progress")));
    EXPECT_EQ(repository.get(o.onTime)->status, QStringLiteral("acknowledged"));

    ASSERT_TRUE(widget.selectComplaint(o.resolved));
    EXPECT_EQ(pane->offeredTransitions(), (QStringList{QStringLiteral("closed"), QStringLiteral("reopened")}));
    EXPECT_TRUE(pane->satisfactionButton()->isVisibleTo(pane));
}

TEST(ComplaintDetailPane, ClosingWithoutSatisfactionAsksForAReason)
{
    ComplaintOffice o;
    gui::ComplaintsWidget widget(o.office.rep1());
    ASSERT_TRUE(widget.selectComplaint(o.resolved));
    gui::ComplaintDetailPane* pane = widget.detail();
    storage::ComplaintRepository repository(o.office.rep1());

    // An empty reason is refused (the warning answered in advance) and the complaint stays resolved.
    gui::TextPrompt::setNextAnswer(QString());
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(pane->transitionTo(QStringLiteral("closed")));
    EXPECT_TRUE(gui::TextPrompt::lastLabel().contains(QStringLiteral("satisfaction")));
    EXPECT_EQ(repository.get(o.resolved)->status, QStringLiteral("resolved"));

    gui::TextPrompt::setNextAnswer(QStringLiteral("Customer cannot be reached"));
    QTest::mouseClick(pane->actionButton(QStringLiteral("closed")), Qt::LeftButton);
    auto closed = repository.get(o.resolved);
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(closed->status, QStringLiteral("closed"));
    EXPECT_EQ(closed->closeReason, QStringLiteral("Customer cannot be reached"));
    EXPECT_EQ(pane->offeredTransitions(), QStringList{QStringLiteral("reopened")});
}

TEST(ComplaintDetailPane, SatisfactionRecordedThenClosingNeedsNoReason)
{
    ComplaintOffice o;
    gui::ComplaintsWidget widget(o.office.rep1());
    ASSERT_TRUE(widget.selectComplaint(o.resolved));
    gui::ComplaintDetailPane* pane = widget.detail();
    ASSERT_TRUE(pane->recordSatisfaction(5, QStringLiteral("很满意")));
    EXPECT_FALSE(pane->satisfactionButton()->isVisibleTo(pane));
    gui::TextPrompt::setNextAnswer(QString());
    ASSERT_TRUE(pane->transitionTo(QStringLiteral("closed")));
    EXPECT_EQ(gui::TextPrompt::lastLabel(), QStringLiteral("Note (optional):"));
    storage::ComplaintRepository repository(o.office.rep1());
    EXPECT_EQ(repository.get(o.resolved)->satisfaction, 5);
    EXPECT_EQ(repository.get(o.resolved)->status, QStringLiteral("closed"));
}

TEST(ComplaintDialog, OffersOnlyTheRepsCustomersAndShowsTheDeadlineOfTheLevel)
{
    ComplaintOffice o;
    gui::ComplaintDialog dialog(o.office.rep2());
    EXPECT_EQ(dialog.customerCombo()->findData(o.office.huaLianId), -1); // rep1's customer
    ASSERT_TRUE(dialog.setCustomer(o.rep2Customer, QString()));
    dialog.setLevel(3);
    dialog.setCategory(QStringLiteral("delivery"));
    EXPECT_FALSE(dialog.submit());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    dialog.setDescription(QStringLiteral("两箱货未到"));
    const QDateTime expected = dialog.deadline();
    ASSERT_TRUE(dialog.submit());
    const core::Complaint& c = dialog.complaint();
    EXPECT_EQ(c.customerId, o.rep2Customer);
    EXPECT_EQ(c.level, 3);
    EXPECT_EQ(c.ownerId, o.office.rep2().userId());
    EXPECT_EQ(c.deadline, expected);
    EXPECT_EQ(c.receivedAt.daysTo(c.deadline), 3); // complaint.deadline_days.3
}

TEST(ComplaintDialog, WithAWorkerItsSearchAndListsLoadOffTheGuiThreadAndThePickComesWithTheAnswer)
{
    ComplaintOffice o;
    gui::StorageWorker worker(o.office.path(), o.office.rep2().user());
    SlowStorage slow(1500);
    TickWatch ticks;
    gui::ComplaintDialog dialog(o.office.rep2(), nullptr, &worker);
    EXPECT_LT(ticks.elapsed(), 1000); // the categories and the first search are out, not waited for
    EXPECT_TRUE(dialog.isLoading());
    ASSERT_TRUE(dialog.setCustomer(o.rep2Customer, QString()));
    EXPECT_NE(dialog.customerCombo()->currentData().toLongLong(), o.rep2Customer); // not yet
    ASSERT_TRUE(waitFor([&] { return !dialog.isLoading(); }, 15000));
    EXPECT_LT(ticks.longestGap(), 250);
    EXPECT_EQ(dialog.customerCombo()->currentData().toLongLong(), o.rep2Customer);
    EXPECT_EQ(dialog.customerCombo()->findData(o.office.huaLianId), -1); // rep1's customer
    dialog.setLevel(2);
    dialog.setDescription(QStringLiteral("发票抬头错误"));
    ASSERT_TRUE(dialog.submit()) << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.complaint().customerId, o.rep2Customer);
}

TEST(MainWindow, HasLifecycleAndComplaintsPages)
{
    GuiTestDatabase office;
    gui::MainWindow window(office.manager());
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    QStringList views;
    for (int row = 0; row < navigation->count(); ++row)
        views << QString::number(navigation->item(row)->data(Qt::UserRole).toInt());
    EXPECT_TRUE(views.contains(QString::number(gui::MainWindow::LifecycleView)));
    EXPECT_TRUE(views.contains(QString::number(gui::MainWindow::ComplaintsView)));
    window.showView(gui::MainWindow::ComplaintsView);
    EXPECT_EQ(window.currentView(), gui::MainWindow::ComplaintsView);
    window.showView(gui::MainWindow::LifecycleView);
    EXPECT_EQ(window.currentView(), gui::MainWindow::LifecycleView);
}

TEST(EscalationRunner, EscalatesOverdueComplaintsAndReportsOnlyWhenSomethingMoved)
{
    GuiTestDatabase office;
    storage::ComplaintRepository repository(office.rep1());
    core::Complaint c;
    c.customerId = office.huaLianId;
    c.level = 2;
    c.description = QStringLiteral("货物破损");
    c.receivedAt = QDateTime::currentDateTimeUtc().addDays(-6); // deadline 5 days: overdue, not yet for the admin
    auto created = repository.create(c);
    ASSERT_TRUE(created.ok());

    gui::EscalationRunner runner(office.rep1());
    QSignalSpy spy(&runner, &gui::EscalationRunner::escalated);
    auto first = runner.runNow();
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->toAreaManager, 1);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(1).toString(),
              QStringLiteral("Complaints escalated: 1 to the area manager, 0 to the admin."));
    EXPECT_EQ(repository.get(created->id)->escalationLevel, 1);
    ASSERT_TRUE(runner.runNow().ok());
    EXPECT_EQ(spy.count(), 1); // nothing new: no message

    // The rep's window ran the office's job: the step names no user, and the timeline says it was CardDesk's own.
    const auto history = repository.history(created->id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ(history->back().userId, 0);
    storage::ComplaintListRow row;
    row.complaint = *repository.get(created->id);
    gui::ComplaintDetailPane pane(office.rep1());
    pane.showComplaint(row);
    ASSERT_EQ(pane.timeline()->topLevelItemCount(), 2);
    EXPECT_EQ(pane.timeline()->topLevelItem(1)->text(1), QStringLiteral("CardDesk (automatic)"));
    EXPECT_NE(pane.timeline()->topLevelItem(0)->text(1), QStringLiteral("CardDesk (automatic)"));
}

TEST(ComplaintCategoriesDialog, WithAWorkerTheListArrivesLaterAndAnAddedCategoryFollows)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.admin().user());
    SlowStorage slow(1500);
    TickWatch ticks;
    gui::ComplaintCategoriesDialog dialog(office.admin(), nullptr, &worker);
    EXPECT_LT(ticks.elapsed(), 1000);
    EXPECT_TRUE(dialog.isLoading());
    EXPECT_EQ(dialog.list()->count(), 0);
    ASSERT_TRUE(waitFor([&] { return !dialog.isLoading(); }));
    EXPECT_LT(ticks.longestGap(), 250);
    const int before = dialog.list()->count();
    ASSERT_GT(before, 0);
    ASSERT_TRUE(dialog.addCategory(QStringLiteral("packaging")));
    ASSERT_TRUE(waitFor([&] { return !dialog.isLoading() && dialog.list()->count() == before + 1; }));
    EXPECT_EQ(dialog.list()->findItems(QStringLiteral("packaging"), Qt::MatchExactly).size(), 1);
}

TEST(ComplaintCategoriesDialog, TheAdminAddsAndRetiresCategoriesAndNewComplaintsFollow)
{
    GuiTestDatabase office;
    gui::ComplaintCategoriesDialog dialog(office.admin());
    const int before = dialog.list()->count();
    ASSERT_TRUE(dialog.addCategory(QStringLiteral("packaging")));
    ASSERT_EQ(dialog.list()->count(), before + 1);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(dialog.addCategory(QStringLiteral("Packaging"))); // names are unique, case-insensitively
    EXPECT_EQ(dialog.list()->count(), before + 1);

    // Unticking "delivery" stops offering it for new complaints.
    QListWidgetItem* delivery = dialog.list()->findItems(QStringLiteral("Delivery"), Qt::MatchExactly).value(0);
    ASSERT_NE(delivery, nullptr);
    delivery->setCheckState(Qt::Unchecked);
    gui::ComplaintDialog complaint(office.rep1());
    const auto combos = complaint.findChildren<QComboBox*>();
    bool offersDelivery = false;
    bool offersPackaging = false;
    for (QComboBox* combo : combos) {
        offersDelivery |= combo->findText(QStringLiteral("Delivery")) >= 0;
        offersPackaging |= combo->findText(QStringLiteral("packaging")) >= 0;
    }
    EXPECT_FALSE(offersDelivery);
    EXPECT_TRUE(offersPackaging);

    // A rep may not edit the list.
    gui::ComplaintCategoriesDialog repDialog(office.rep1());
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(repDialog.addCategory(QStringLiteral("misc")));
}

TEST(ComplaintsPage, KeepsTheWindowPaintingWhileItsQueriesRunAndShowsThatItIsBusy)
{
    ComplaintOffice o;
    gui::StorageWorker worker(o.office.path(), o.office.admin().user());
    const SlowStorage slow(2000);
    gui::ComplaintsWidget page(o.office.admin(), nullptr, true, &worker);
    page.resize(1200, 800);
    page.show();
    TickWatch ticks;
    EXPECT_TRUE(page.loader()->isLoading());
    EXPECT_EQ(page.model()->rowCount(), 0);
    ASSERT_TRUE(waitFor([&] { return page.loader()->busyIndicator()->isVisible(); }, 1500));
    EXPECT_EQ(page.loader()->busyIndicator()->text(), gui::PageLoader::tr("Loading…"));
    ASSERT_TRUE(waitFor([&] { return !page.loader()->isLoading(); }, 6000));
    EXPECT_GE(ticks.elapsed(), 1900); // the delay really was on the way of the rows
    EXPECT_EQ(listedIds(page), (std::set<qint64>{o.onTime, o.overdue, o.resolved, o.rep2Complaint}));
    EXPECT_FALSE(page.loader()->busyIndicator()->isVisible());
    EXPECT_GE(ticks.ticks(), 50);
    EXPECT_LT(ticks.longestGap(), 250);
    // The detail pane reads the selected complaint on the worker too.
    ASSERT_TRUE(waitFor([&] { return !page.detail()->loader()->isLoading(); }, 6000));
    EXPECT_GT(page.detail()->timeline()->topLevelItemCount(), 0);
}

TEST(ComplaintsPage, AReloadAskedTwiceShowsTheSecondAnswer)
{
    ComplaintOffice o;
    gui::StorageWorker worker(o.office.path(), o.office.admin().user());
    worker.setPollInterval(0);
    const SlowStorage slow(150);
    gui::ComplaintsWidget page(o.office.admin(), nullptr, false, &worker);
    page.reload();                          // everything
    page.overdueFilter()->setChecked(true); // then only the overdue one: this answer is the one shown
    QSignalSpy reset(page.model(), &QAbstractItemModel::modelReset);
    ASSERT_TRUE(waitFor([&] { return !page.loader()->isLoading(); }, 5000));
    QTest::qWait(400); // the first answer, had it not been dropped, would have come by now
    EXPECT_EQ(listedIds(page), (std::set<qint64>{o.overdue}));
    EXPECT_EQ(reset.count(), 1);
}

TEST(ComplaintsPage, AComplaintCommittedByAnotherConnectionShowsWithinFiveSeconds)
{
    ComplaintOffice o;
    gui::MainWindow window(o.office.admin());
    window.showView(gui::MainWindow::ComplaintsView);
    gui::ComplaintsWidget* page = window.complaints();
    ASSERT_TRUE(waitFor([&] { return page->model()->rowCount() == 4; }, 5000));

    // carddesk-cli or another CardDesk window: its own connection to the file.
    auto other = storage::Database::open(o.office.path());
    ASSERT_TRUE(other.ok());
    storage::Session session(**other, o.office.rep1().user());
    core::Complaint complaint;
    complaint.customerId = o.office.huaLianId;
    complaint.level = 1;
    complaint.channel = QStringLiteral("email");
    complaint.description = QStringLiteral("包装破损");
    complaint.receivedAt = QDateTime::currentDateTimeUtc();
    auto created = storage::ComplaintRepository(session).create(complaint);
    ASSERT_TRUE(created.ok());

    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(waitFor([&] { return page->model()->rowOf(created->id) >= 0; }, 5000));
    EXPECT_LT(clock.elapsed(), 5000);
}

TEST(ComplaintsPage, AMoveSavedOnThePageIsAnnouncedAndTheCustomerListReadsAgain)
{
    ComplaintOffice o;
    gui::MainWindow window(o.office.rep1());
    // No poll: only the announcement can make the pages read again.
    window.storageWorker()->setPollInterval(0);
    window.showView(gui::MainWindow::ComplaintsView);
    gui::ComplaintsWidget* page = window.complaints();
    ASSERT_TRUE(waitFor([&] { return page->model()->rowCount() == 3 && !page->loader()->isLoading(); }, 5000));
    gui::CustomerListModel* list = window.customerList()->model();
    ASSERT_TRUE(waitFor([&] { return !list->isLoading(); }, 5000));
    ASSERT_TRUE(page->selectComplaint(o.onTime));
    ASSERT_TRUE(waitFor([&] { return !page->detail()->loader()->isLoading(); }, 5000));

    QSignalSpy announced(window.dataChanges(), &gui::DataChanges::changed);
    QSignalSpy listLoaded(list, &gui::CustomerListModel::loaded);
    gui::TextPrompt::setNextAnswer(QStringLiteral("已联系"));
    ASSERT_TRUE(page->detail()->transitionTo(QStringLiteral("acknowledged")));
    ASSERT_EQ(announced.count(), 1);
    EXPECT_EQ(announced.at(0).at(0).value<gui::Entity>(), gui::Entity::Complaints);
    EXPECT_EQ(announced.at(0).at(1).value<QList<qint64>>(), QList<qint64>{o.onTime});
    // The page reads again and shows the move; the customer list (its open-complaints column) reads again.
    EXPECT_TRUE(page->loader()->isLoading());
    ASSERT_TRUE(waitFor(
        [&] {
            const int row = page->model()->rowOf(o.onTime);
            return !page->loader()->isLoading() && row >= 0 &&
                   page->model()->rowAt(row)->complaint.status == QLatin1String("acknowledged");
        },
        5000));
    ASSERT_TRUE(waitFor([&] { return listLoaded.count() >= 1; }, 5000));
}

TEST(ComplaintsPage, DoesNotReadAgainAndAgainFromItsOwnReadsWhenThePollRuns)
{
    ComplaintOffice o;
    gui::MainWindow window(o.office.admin());
    window.storageWorker()->setPollInterval(50);
    window.showView(gui::MainWindow::ComplaintsView);
    gui::ComplaintsWidget* page = window.complaints();
    ASSERT_TRUE(waitFor([&] { return page->model()->rowCount() == 4 && !page->loader()->isLoading(); }, 5000));
    QTest::qWait(300); // the log-in's own writes, if any, are noticed and read once
    QSignalSpy reset(page->model(), &QAbstractItemModel::modelReset);
    QTest::qWait(1000);
    EXPECT_EQ(reset.count(), 0); // twenty polls, nobody wrote: nothing read again
}

// Days and moments are written one way in both languages, as in the lists' date columns: the complaint list said
// 2026/12/7 09:30 in Chinese (the locale's short format) beside 2026-12-07 in the customer list, and 12/7/26 in
// English.
TEST(ComplaintListModel, ReceivedAndDeadlineAreWrittenAsIsoDaysInBothLanguages)
{
    storage::ComplaintListRow row;
    row.complaint.id = 1;
    row.complaint.receivedAt = QDateTime(QDate(2026, 12, 7), QTime(9, 30)).toUTC();
    row.complaint.deadline = QDateTime(QDate(2026, 12, 14), QTime(9, 30)).toUTC();
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        gui::Translations::install(language);
        gui::ComplaintListModel model;
        model.setRows({row});
        EXPECT_EQ(model.index(0, gui::ComplaintListModel::ReceivedColumn).data().toString(),
                  QStringLiteral("2026-12-07 09:30"))
            << language.toStdString();
        EXPECT_EQ(model.index(0, gui::ComplaintListModel::DeadlineColumn).data().toString(),
                  QStringLiteral("2026-12-14 09:30"))
            << language.toStdString();
    }
    gui::Translations::install(QStringLiteral("en"));
}
