#include "GuiTestDatabase.h"
#include "ScoredOffice.h"
#include "TickWatch.h"
#include "WaitFor.h"

#include "gui/common/MessageBox.h"
#include "gui/common/PageLoader.h"
#include "gui/common/StorageWorker.h"
#include "gui/customer/CustomerCardWidget.h"
#include "gui/customer/InteractionDialog.h"
#include "gui/customer/VisitPlanDialog.h"
#include "gui/lifecycle/LifecycleWidget.h"
#include "gui/lifecycle/StageCustomerModel.h"
#include "gui/lifecycle/StageHistoryPanel.h"
#include "gui/shell/MainWindow.h"
#include "storage/queries/LifecycleQueries.h"
#include "storage/repositories/InteractionRepository.h"
#include "storage/repositories/LifecycleRepository.h"
#include "storage/repositories/VisitRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

using namespace carddesk;

namespace {
qint64 scoresInStage(ScoredOffice& office, const QString& stage)
{
    SQLite::Statement q(office.db().sql(), "SELECT COUNT(*) FROM scores WHERE lifecycle_stage = ?");
    q.bind(1, stage.toStdString());
    q.executeStep();
    return q.getColumn(0).getInt64();
}
} // namespace

TEST(LifecycleWidget, StageCountsMatchTheScoresAndAClickListsTheStageByValue)
{
    ScoredOffice office;
    gui::LifecycleWidget widget(office.admin());
    widget.resize(1400, 900);
    widget.show();
    storage::LifecycleQueries queries(office.admin());
    auto summary = queries.stageSummary();
    ASSERT_TRUE(summary.ok());
    qint64 total = 0;
    for (const storage::StageSummary& s : *summary) {
        EXPECT_EQ(widget.stageCount(s.stage), s.customers) << s.stage.toStdString();
        EXPECT_EQ(widget.stageCount(s.stage), scoresInStage(office, s.stage)) << s.stage.toStdString();
        EXPECT_TRUE(widget.stageButton(s.stage)->text().contains(QString::number(s.customers)));
        EXPECT_FALSE(widget.stageButton(s.stage)->text().contains(QStringLiteral("not scored yet")));
        total += s.customers;
    }
    EXPECT_EQ(total, office.scalar("SELECT COUNT(*) FROM scores"));

    QAbstractItemModelTester tester(widget.stageModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester winBackTester(widget.winBackModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Warning);
    for (const QString& stage : {QStringLiteral("formation"), QStringLiteral("lost")}) {
        QTest::mouseClick(widget.stageButton(stage), Qt::LeftButton);
        EXPECT_EQ(widget.currentStage(), stage);
        EXPECT_TRUE(widget.stageButton(stage)->isChecked());
        const int rows = widget.stageModel()->rowCount();
        EXPECT_EQ(rows, std::min<qint64>(500, scoresInStage(office, stage)));
        ASSERT_GT(rows, 1);
        double previous = std::numeric_limits<double>::infinity();
        bool sawUnfitted = false;
        for (int row = 0; row < rows; ++row) {
            const storage::StageCustomer* c = widget.stageModel()->rowAt(row);
            EXPECT_EQ(c->stage, stage);
            // By 12-month CLV, highest first; customers without a fitted CLV come last.
            if (c->hasClv) {
                EXPECT_FALSE(sawUnfitted);
                EXPECT_LE(c->clv12m, previous);
                previous = c->clv12m;
            } else {
                sawUnfitted = true;
            }
        }
    }
    // Double-clicking a customer asks the shell to open the card.
    qint64 opened = 0;
    QObject::connect(&widget, &gui::LifecycleWidget::openCustomer, [&](qint64 id) { opened = id; });
    const QModelIndex first = widget.stageModel()->index(0, 0);
    const QPoint at = widget.stageView()->visualRect(first).center();
    QTest::mouseClick(widget.stageView()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(widget.stageView()->viewport(), Qt::LeftButton, {}, at);
    EXPECT_EQ(opened, widget.stageModel()->rowAt(0)->customerId);
}

TEST(LifecycleWidget, WinBackQueueIsByValueAndLogCallStoresAPhoneInteraction)
{
    ScoredOffice office;
    gui::LifecycleWidget widget(office.admin());
    const int rows = widget.winBackModel()->rowCount();
    ASSERT_GT(rows, 0);
    for (int row = 0; row < rows; ++row) {
        const storage::StageCustomer* c = widget.winBackModel()->rowAt(row);
        EXPECT_TRUE(c->stage == QLatin1String("decline") || c->stage == QLatin1String("lost"));
        EXPECT_FALSE(
            widget.winBackModel()->index(row, gui::StageCustomerModel::AdviceColumn).data().toString().isEmpty());
    }
    const qint64 customerId = widget.winBackModel()->rowAt(0)->customerId;
    storage::InteractionRepository interactions(office.admin());
    const size_t before = interactions.listForCustomer(customerId)->size();

    // The dialog is modal: fill and submit it once it is up.
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<gui::InteractionDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->setSummary(QStringLiteral("Called about the missing spring order"));
        dialog->submit();
    });
    EXPECT_TRUE(widget.logCall(0));
    auto after = interactions.listForCustomer(customerId);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), before + 1);
    EXPECT_EQ(after->front().channel, QStringLiteral("phone"));
    EXPECT_EQ(after->front().summary, QStringLiteral("Called about the missing spring order"));

    // Cancelled: nothing stored.
    QTimer::singleShot(0, [] {
        if (auto* dialog = QApplication::activeModalWidget())
            qobject_cast<QDialog*>(dialog)->reject();
    });
    EXPECT_FALSE(widget.logCall(0));
    EXPECT_EQ(interactions.listForCustomer(customerId)->size(), before + 1);
}

TEST(LifecycleWidget, PlanVisitFromTheWinBackQueueStoresAPlannedVisit)
{
    ScoredOffice office;
    gui::LifecycleWidget widget(office.admin());
    ASSERT_GT(widget.winBackModel()->rowCount(), 0);
    const qint64 customerId = widget.winBackModel()->rowAt(0)->customerId;
    const QDate when = QDate::currentDate().addDays(5);
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<gui::VisitPlanDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->setDate(when);
        dialog->setPurpose(QStringLiteral("Talk about the lost orders"));
        dialog->submit();
    });
    ASSERT_TRUE(widget.planVisit(0));
    storage::VisitRepository visits(office.admin());
    auto list = visits.listForCustomer(customerId);
    ASSERT_TRUE(list.ok());
    // The demo office has visits of its own: find ours by its purpose.
    const core::Visit* ours = nullptr;
    for (const core::Visit& visit : *list) {
        if (visit.purpose == QStringLiteral("Talk about the lost orders"))
            ours = &visit;
    }
    ASSERT_NE(ours, nullptr);
    EXPECT_EQ(ours->plannedDate, when);
    EXPECT_EQ(ours->status, QStringLiteral("planned"));
    EXPECT_EQ(ours->userId, office.admin().userId());
}

TEST(StageHistoryPanel, SettingTheStageByHandWritesHistoryAndTheCardReloads)
{
    GuiTestDatabase office;
    gui::CustomerCardWidget card(office.rep1());
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    auto* panel = card.findChild<gui::StageHistoryPanel*>();
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel->history()->topLevelItemCount(), 0);
    const qint64 versionBefore = card.customer().rowVersion;

    // No reason: refused by the storage, with the message shown (answered in advance).
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(panel->setStage(QStringLiteral("stability"), QString()));

    ASSERT_TRUE(panel->setStage(QStringLiteral("stability"), QStringLiteral("Signed a three-year contract")));
    storage::LifecycleRepository repository(office.rep1());
    auto history = repository.history(office.huaLianId);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1u);
    EXPECT_TRUE(history->front().manual);
    EXPECT_EQ(history->front().toStage, QStringLiteral("stability"));
    EXPECT_EQ(history->front().reason, QStringLiteral("Signed a three-year contract"));
    EXPECT_EQ(history->front().userId, office.rep1().userId());
    // The card re-read itself (the stage moved its row_version on), so saving later does not conflict.
    EXPECT_GT(card.customer().rowVersion, versionBefore);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto* fresh = card.findChild<gui::StageHistoryPanel*>();
    ASSERT_NE(fresh, nullptr);
    EXPECT_EQ(fresh->history()->topLevelItemCount(), 1);
    EXPECT_EQ(fresh->currentStage(), QStringLiteral("stability"));
}

TEST(LifecyclePage, KeepsTheWindowPaintingWhileItsQueriesRunAndShowsThatItIsBusy)
{
    ScoredOffice office;
    gui::StorageWorker worker(office.path(), office.admin().user());
    const SlowStorage slow(2000);
    gui::LifecycleWidget page(office.admin(), nullptr, true, &worker);
    page.resize(1400, 900);
    page.show();
    TickWatch ticks;
    EXPECT_TRUE(page.loader()->isLoading());
    EXPECT_EQ(page.stageCount(QStringLiteral("formation")), 0);
    ASSERT_TRUE(waitFor([&] { return page.loader()->busyIndicator()->isVisible(); }, 1500));
    ASSERT_TRUE(waitFor([&] { return !page.loader()->isLoading(); }, 6000));
    EXPECT_GE(ticks.elapsed(), 1900);
    EXPECT_FALSE(page.loader()->busyIndicator()->isVisible());
    // The stage list is the second job on the worker: it waits its own two seconds.
    ASSERT_TRUE(waitFor([&] { return !page.stageLoader()->isLoading(); }, 6000));
    EXPECT_EQ(page.stageCount(QStringLiteral("formation")), scoresInStage(office, QStringLiteral("formation")));
    EXPECT_EQ(page.stageModel()->rowCount(), std::min<qint64>(500, scoresInStage(office, QStringLiteral("decline"))));
    EXPECT_GE(ticks.ticks(), 100);
    EXPECT_LT(ticks.longestGap(), 250);
}

TEST(LifecyclePage, AStageClickedTwiceWhileLoadingShowsTheSecondStage)
{
    ScoredOffice office;
    gui::StorageWorker worker(office.path(), office.admin().user());
    worker.setPollInterval(0);
    gui::LifecycleWidget page(office.admin(), nullptr, true, &worker);
    ASSERT_TRUE(waitFor([&] { return !page.loader()->isLoading() && !page.stageLoader()->isLoading(); }, 5000));
    const SlowStorage slow(150);
    QSignalSpy reset(page.stageModel(), &QAbstractItemModel::modelReset);
    page.showStage(QStringLiteral("formation"));
    page.showStage(QStringLiteral("lost"));
    ASSERT_TRUE(waitFor([&] { return !page.stageLoader()->isLoading(); }, 5000));
    QTest::qWait(400);
    EXPECT_EQ(page.currentStage(), QStringLiteral("lost"));
    EXPECT_EQ(page.stageModel()->rowCount(), std::min<qint64>(500, scoresInStage(office, QStringLiteral("lost"))));
    EXPECT_EQ(reset.count(), 1); // the formation answer was dropped, not shown and replaced
}

// A stage set by hand is a move of today: the moves table shows it with its reason.
TEST(LifecyclePage, AStageSetThroughAnotherConnectionShowsWithinFiveSeconds)
{
    ScoredOffice office;
    gui::MainWindow window(office.admin());
    window.showView(gui::MainWindow::LifecycleView);
    gui::LifecycleWidget* page = window.lifecycle();
    ASSERT_TRUE(waitFor(
        [&] { return !page->loader()->isLoading() && page->stageCount(QStringLiteral("formation")) > 0; }, 5000));
    const int movesBefore = page->transitions()->rowCount();

    // Another window's connection sets a formation customer's stage to lost by hand.
    const qint64 customer = office.scalar("SELECT customer_id FROM scores WHERE lifecycle_stage = 'formation' LIMIT 1");
    auto other = storage::Database::open(office.path());
    ASSERT_TRUE(other.ok());
    storage::Session session(**other, office.admin().user());
    ASSERT_TRUE(storage::LifecycleRepository(session)
                    .setManualStage(customer, QStringLiteral("lost"), QStringLiteral("已转向竞争对手"))
                    .ok());

    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(waitFor([&] { return page->transitions()->rowCount() == movesBefore + 1; }, 5000));
    EXPECT_LT(clock.elapsed(), 5000);
}

// A first classification has no stage before it: it is not one of the week's moves (a first scoring run listed
// hundreds, all of its day).
TEST(LifecyclePage, TheWeeksMovesAreMovesNotFirstClassifications)
{
    ScoredOffice office;
    const qint64 firsts = office.scalar("SELECT count(*) FROM scores WHERE stage_recorded = 0 AND lifecycle_stage IN "
                                        "('decline', 'lost', 'won_back') AND stage_since >= date('now', '-6 days')");
    ASSERT_GT(firsts, 0) << "the office has no first classification of the week to leave out";
    gui::MainWindow window(office.admin());
    window.showView(gui::MainWindow::LifecycleView);
    gui::LifecycleWidget* page = window.lifecycle();
    ASSERT_TRUE(waitFor(
        [&] { return !page->loader()->isLoading() && page->stageCount(QStringLiteral("formation")) > 0; }, 5000));
    for (int row = 0; row < page->transitions()->rowCount(); ++row)
        EXPECT_TRUE(page->transitions()->item(row, 1)->text().contains(QStringLiteral("→")))
            << page->transitions()->item(row, 1)->text().toStdString();
}

TEST(LifecyclePage, AHiddenPageReadsAgainWhenShownAfterAnAnnouncement)
{
    ScoredOffice office;
    gui::MainWindow window(office.admin());
    window.storageWorker()->setPollInterval(0); // only the announcement can make the page read again
    window.showView(gui::MainWindow::LifecycleView);
    gui::LifecycleWidget* page = window.lifecycle();
    ASSERT_TRUE(waitFor(
        [&] { return !page->loader()->isLoading() && page->stageCount(QStringLiteral("formation")) > 0; }, 5000));
    const int movesBefore = page->transitions()->rowCount();
    window.showView(gui::MainWindow::CustomersView);

    const qint64 customer = office.scalar("SELECT customer_id FROM scores WHERE lifecycle_stage = 'formation' LIMIT 1");
    ASSERT_TRUE(storage::LifecycleRepository(office.admin())
                    .setManualStage(customer, QStringLiteral("lost"), QStringLiteral("已转向竞争对手"))
                    .ok());
    window.dataChanges()->announce(gui::Entity::Stages, {customer});
    // Hidden: only marked, nothing read.
    EXPECT_TRUE(page->loader()->isStale());
    EXPECT_FALSE(page->loader()->isLoading());
    QTest::qWait(300);
    EXPECT_EQ(page->transitions()->rowCount(), movesBefore);
    window.showView(gui::MainWindow::LifecycleView);
    ASSERT_TRUE(waitFor([&] { return page->transitions()->rowCount() == movesBefore + 1; }, 5000));
    EXPECT_FALSE(page->loader()->isStale());
}

TEST(StageHistoryPanel, OnTheWorkerItShowsTheLastCustomersHistory)
{
    ScoredOffice office;
    gui::StorageWorker worker(office.path(), office.admin().user());
    worker.setPollInterval(0);
    const qint64 first = office.scalar("SELECT customer_id FROM scores WHERE lifecycle_stage = 'formation' LIMIT 1");
    const qint64 second = office.scalar("SELECT customer_id FROM scores WHERE lifecycle_stage = 'lost' LIMIT 1");
    gui::StageHistoryPanel panel(office.admin(), nullptr, &worker);
    const SlowStorage slow(300);
    TickWatch ticks;
    panel.setCustomer(first, QStringLiteral("first"));
    panel.setCustomer(second, QStringLiteral("second"));
    EXPECT_TRUE(panel.loader()->isLoading());
    ASSERT_TRUE(waitFor([&] { return !panel.loader()->isLoading(); }, 5000));
    EXPECT_LT(ticks.longestGap(), 250);
    EXPECT_EQ(panel.currentStage(), QStringLiteral("lost"));
    gui::StageHistoryPanel direct(office.admin());
    direct.setCustomer(second, QStringLiteral("second"));
    EXPECT_EQ(panel.history()->topLevelItemCount(), direct.history()->topLevelItemCount());
}

// Issue 15: a demo office never scored shows its past at once, and the 24 months' labels stay readable at
// 1280x800 (the months' own labels, a bar's width each, were cut to "…": they are hidden, and the months by
// threes and the years stand on axes of their own).
TEST(LifecycleWidget, ANeverScoredOfficeShowsTwentyFourMonthsFromItsOrders)
{
    ScoredOffice office(false);
    ASSERT_EQ(office.scalar("SELECT count(*) FROM scores"), 0);
    gui::LifecycleWidget widget(office.admin());
    widget.resize(1040, 700); // the page's share of a 1280x800 window
    widget.show();
    QChart* chart = widget.monthlyChart()->chart();
    const auto series = chart->series();
    ASSERT_EQ(series.size(), 1);
    auto* bars = qobject_cast<QStackedBarSeries*>(series.front());
    ASSERT_NE(bars, nullptr);
    double last = 0;
    for (QBarSet* set : bars->barSets()) {
        ASSERT_EQ(set->count(), gui::LifecycleWidget::Months);
        last += set->at(gui::LifecycleWidget::Months - 1);
    }
    // The boxes do not claim 0 customers per stage: no scoring run has counted them yet.
    for (const QString& stage : storage::LifecycleRepository::stages()) {
        EXPECT_TRUE(widget.stageButton(stage)->text().contains(QStringLiteral("not scored yet")))
            << widget.stageButton(stage)->text().toStdString();
        EXPECT_FALSE(widget.stageButton(stage)->text().contains(QStringLiteral("0 customers")));
        EXPECT_FALSE(widget.stageButton(stage)->text().contains(QStringLiteral("Revenue")));
    }
    // Every customer with an order by today is in a stage, though none was ever scored.
    EXPECT_GE(last, static_cast<double>(office.scalar("SELECT count(DISTINCT customer_id) FROM orders")));
    QStringList monthLabels;
    QStringList yearLabels;
    for (QAbstractAxis* axis : chart->axes(Qt::Horizontal)) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            EXPECT_EQ(categories->count(), gui::LifecycleWidget::Months);
            EXPECT_FALSE(categories->labelsVisible());
        } else if (auto* ranges = qobject_cast<QCategoryAxis*>(axis)) {
            (ranges->count() > 3 ? monthLabels : yearLabels) = ranges->categoriesLabels();
        }
    }
    ASSERT_EQ(monthLabels.size(), gui::LifecycleWidget::Months / 3);
    const QDate today = QDate::currentDate();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(1 - gui::LifecycleWidget::Months);
    EXPECT_EQ(monthLabels.front(),
              QStringLiteral("%1–%2").arg(first.month()).arg(first.addMonths(2).month())); // e.g. "1–3"
    EXPECT_TRUE(yearLabels.contains(QString::number(today.year())));
    EXPECT_TRUE(yearLabels.contains(QString::number(first.year())));
}
