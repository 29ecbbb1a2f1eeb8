#include "GuiTestDatabase.h"
#include "WaitFor.h"
#include "storage/repositories/UserRepository.h"
#include <QComboBox>

#include "gui/common/StorageWorker.h"
#include "gui/customer/CustomerListModel.h"
#include "gui/customer/CustomerListWidget.h"
#include "gui/shell/MainWindow.h"
#include "storage/repositories/CustomerRepository.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace carddesk;

namespace {

// Every job of every StorageWorker sleeps this long while the guard lives.
struct SlowQueries
{
    explicit SlowQueries(int ms) { gui::StorageWorker::setTestDelay(ms); }
    ~SlowQueries() { gui::StorageWorker::setTestDelay(0); }
};

// Counts paint events of a widget.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

TEST(StorageWorker, WindowKeepsPaintingWhileASlowQueryRunsThenTheRowsArrive)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.manager().user());
    const SlowQueries slow(2000);
    gui::CustomerListWidget list(office.manager(), nullptr, &worker);
    QAbstractItemModelTester tester(list.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    list.resize(900, 500);
    list.show();
    PaintCounter counter;
    list.view()->viewport()->installEventFilter(&counter);

    // A timer on the GUI thread: its ticks and the repaints it asks for go on while the query sleeps on the worker.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer tick;
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - lastTick);
        lastTick = now;
        ++ticks;
        list.view()->viewport()->update();
    });
    tick.start();

    EXPECT_TRUE(list.model()->isLoading());
    EXPECT_EQ(list.model()->rowCount(), 0);
    const bool busyShown = waitFor([&] { return list.busyIndicator()->isVisible(); }, 1500);
    ASSERT_TRUE(busyShown) << list.model()->isLoading() << " " << list.busyIndicator()->isHidden() << " "
                           << list.isVisible();
    EXPECT_EQ(list.busyIndicator()->text(), gui::CustomerListWidget::tr("Loading…"));
    ASSERT_TRUE(waitFor([&] { return !list.model()->isLoading(); }, 6000));
    const qint64 waited = clock.elapsed();

    EXPECT_GE(waited, 1900); // the delay really was on the way of the rows
    EXPECT_EQ(list.model()->rowCount(), 5);
    EXPECT_FALSE(list.busyIndicator()->isVisible());
    // Two seconds of 20 ms ticks: most of them fired, none waited on the query, and the table kept repainting.
    EXPECT_GE(ticks, 50);
    EXPECT_LT(longestGap, 250);
    EXPECT_GE(counter.paints, 20);
}

TEST(StorageWorker, TheListsRepFilterIsReadOnTheWorkerAndOffersARepAddedMeanwhile)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.manager().user());
    gui::StorageWorker::setTestDelay(1000);
    gui::CustomerListWidget list(office.manager(), nullptr, &worker);
    auto* reps = list.findChild<QComboBox*>(QStringLiteral("ownerFilter"));
    ASSERT_NE(reps, nullptr);
    EXPECT_EQ(reps->count(), 2); // "All reps" and "(no rep)" only: the choices are still on their way
    ASSERT_TRUE(waitFor([&] { return reps->count() == 4; }, 6000)); // 张伟 and 李娜
    gui::StorageWorker::setTestDelay(0);
    reps->setCurrentIndex(reps->findText(QStringLiteral("李娜")));

    core::User rep;
    rep.username = QStringLiteral("zhao");
    rep.displayName = QStringLiteral("赵敏");
    rep.role = core::Role::Rep;
    rep.areaId = office.areaId;
    ASSERT_TRUE(storage::UserRepository::create(office.admin(), rep, QStringLiteral("another-password")));
    list.refresh(); // what the window does when a change is announced
    ASSERT_TRUE(waitFor([&] { return reps->findText(QStringLiteral("赵敏")) >= 0; }));
    EXPECT_EQ(reps->currentText(), QStringLiteral("李娜")); // the choice made stays
}

TEST(StorageWorker, ANewerRequestDropsTheAnswerOfAnOlderOne)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.admin().user());
    const SlowQueries slow(100);
    gui::CustomerListModel model(worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &gui::CustomerListModel::loaded);
    model.reload();
    model.sort(gui::CustomerListModel::Name, Qt::DescendingOrder);
    storage::CustomerQuery query = model.query();
    query.status = QStringLiteral("potential");
    model.setQuery(query);
    ASSERT_TRUE(waitFor([&] { return !model.isLoading(); }, 5000));
    // Three requests, one answer applied: the last one's.
    EXPECT_EQ(loaded.count(), 1);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, gui::CustomerListModel::Name).data().toString(), QStringLiteral("苏州园林设计院"));
}

TEST(StorageWorker, PagesArriveThroughFetchMoreOffTheGuiThread)
{
    GuiTestDatabase office;
    for (int i = 0; i < 250; ++i)
        office.addCustomer(office.rep2(), QStringLiteral("客户%1").arg(i, 3, 10, QLatin1Char('0')));
    gui::StorageWorker worker(office.path(), office.admin().user());
    gui::CustomerListModel model(worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    ASSERT_TRUE(waitFor([&] { return !model.isLoading(); }, 5000));
    ASSERT_EQ(model.rowCount(), gui::CustomerListModel::PageSize);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_FALSE(model.canFetchMore({})); // one page at a time
    ASSERT_TRUE(waitFor([&] { return !model.isLoading(); }, 5000));
    EXPECT_EQ(model.rowCount(), 255);
    EXPECT_TRUE(model.totalIsExact());
    EXPECT_EQ(model.totalCount(), 255);
}

TEST(StorageWorker, ACommitOfAnotherConnectionIsNoticed)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.admin().user());
    worker.setPollInterval(100);
    QSignalSpy changed(&worker, &gui::StorageWorker::databaseChanged);
    QTest::qWait(300);
    EXPECT_EQ(changed.count(), 0); // nobody wrote: no notice
    auto other = storage::Database::open(office.path());
    ASSERT_TRUE(other.ok());
    storage::Session session(**other, office.rep1().user());
    storage::CustomerRepository repository(session);
    core::Customer customer;
    customer.name = QStringLiteral("宁波港口物流公司");
    customer.status = QStringLiteral("potential");
    customer.areaId = office.areaId;
    ASSERT_TRUE(repository.create(customer).ok());
    ASSERT_TRUE(waitFor([&] { return changed.count() >= 1; }, 2000));
}

TEST(MainWindow, AnEditSavedInAnotherWindowShowsWithinFiveSeconds)
{
    GuiTestDatabase office;
    // Two windows on one file, each on its own connection, as two CardDesk processes would be.
    auto secondDb = storage::Database::open(office.path());
    ASSERT_TRUE(secondDb.ok());
    storage::Session secondSession(**secondDb, office.admin().user());
    gui::MainWindow first(office.admin());
    gui::MainWindow second(secondSession);
    auto* firstModel = first.customerList()->model();
    ASSERT_TRUE(waitFor([&] { return firstModel->rowCount() == 5; }, 5000));

    // Renamed through the second window's connection.
    storage::CustomerRepository repository(secondSession);
    auto customer = repository.get(office.huaLianId);
    ASSERT_TRUE(customer.ok());
    customer->name = QStringLiteral("上海华联超市有限公司");
    ASSERT_TRUE(repository.update(*customer).ok());

    QElapsedTimer clock;
    clock.start();
    const auto shown = [&] {
        const int row = firstModel->rowOfCustomer(office.huaLianId);
        return row >= 0 && firstModel->index(row, gui::CustomerListModel::Name).data().toString() ==
                               QStringLiteral("上海华联超市有限公司");
    };
    ASSERT_TRUE(waitFor([&] { return shown(); }, 5000));
    EXPECT_LT(clock.elapsed(), 5000);
}
