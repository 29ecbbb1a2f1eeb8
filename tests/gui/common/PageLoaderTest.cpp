#include "GuiTestDatabase.h"
#include "TickWatch.h"
#include "WaitFor.h"

#include "gui/common/DataChanges.h"
#include "gui/common/PageLoader.h"
#include "gui/common/StorageWorker.h"
#include "gui/customer/HandoverWidget.h"
#include "gui/shell/MainWindow.h"
#include "storage/repositories/CustomerRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <vector>

using namespace carddesk;

namespace {

// A page that loads an increasing number through a PageLoader and records what it showed.
struct CountingPage
{
    QWidget page;
    gui::PageLoader* loader;
    std::vector<int> shown;
    int asked = 0;

    CountingPage(storage::Session& session, gui::StorageWorker* worker)
        : loader(new gui::PageLoader(session, worker, &page))
    {
    }

    void reload()
    {
        const int number = ++asked;
        loader->load<int>([number](storage::Session&) { return core::Result<int>(number); },
                          [this](core::Result<int> value) { shown.push_back(*value); });
    }
};

} // namespace

TEST(PageLoader, APageLoadedTwiceShowsOnlyTheSecondAnswer)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.admin().user());
    worker.setPollInterval(0);
    const SlowStorage slow(100);
    CountingPage page(office.admin(), &worker);
    page.reload();
    page.reload();
    EXPECT_TRUE(page.loader->isLoading());
    ASSERT_TRUE(waitFor([&] { return !page.loader->isLoading(); }, 5000));
    QTest::qWait(300);
    EXPECT_EQ(page.shown, std::vector<int>{2});
}

TEST(PageLoader, WithoutAWorkerItLoadsAtOnce)
{
    GuiTestDatabase office;
    CountingPage page(office.admin(), nullptr);
    page.reload();
    EXPECT_FALSE(page.loader->isLoading());
    EXPECT_EQ(page.shown, std::vector<int>{1});
}

TEST(PageLoader, FollowsOnlyWhatThePageShowsAndAHiddenPageReadsWhenShown)
{
    GuiTestDatabase office;
    gui::DataChanges changes;
    CountingPage page(office.admin(), nullptr);
    page.loader->followChanges(&changes, {gui::Entity::Complaints}, [&] { page.reload(); });
    page.page.show();

    changes.announce(gui::Entity::Complaints, {1});
    EXPECT_TRUE(page.shown.empty()); // never loaded: it reads when it first is, not before
    page.reload();
    changes.announce(gui::Entity::Complaints, {1});
    EXPECT_EQ(page.shown, (std::vector<int>{1, 2}));
    changes.announce(gui::Entity::Visits, {1}); // not shown on this page
    EXPECT_EQ(page.shown, (std::vector<int>{1, 2}));
    changes.announce(gui::Entity::Everything); // the poll: another connection committed
    EXPECT_EQ(page.shown, (std::vector<int>{1, 2, 3}));

    page.page.hide();
    changes.announce(gui::Entity::Complaints);
    changes.announce(gui::Entity::Complaints);
    EXPECT_TRUE(page.loader->isStale());
    EXPECT_EQ(page.shown.size(), 3u);
    page.page.show();
    ASSERT_TRUE(waitFor([&] { return page.shown.size() == 4; }, 2000));
    QTest::qWait(50);
    EXPECT_EQ(page.shown.size(), 4u); // two changes while hidden, one read
    EXPECT_FALSE(page.loader->isStale());
}

TEST(PageLoader, ChangesWhileALoadRunsMakeOneMoreLoadAfterIt)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.admin().user());
    worker.setPollInterval(0);
    gui::DataChanges changes;
    CountingPage page(office.admin(), &worker);
    page.loader->followChanges(&changes, {gui::Entity::Customers}, [&] { page.reload(); });
    page.page.show();
    const SlowStorage slow(200);
    page.reload();
    for (int i = 0; i < 5; ++i)
        changes.announce(gui::Entity::Everything);
    ASSERT_TRUE(waitFor([&] { return page.shown.size() == 2 && !page.loader->isLoading(); }, 5000));
    QTest::qWait(400);
    EXPECT_EQ(page.shown, (std::vector<int>{1, 2})); // five announcements, one more read
}

TEST(HandoverPage, ReadsItsRepsOnTheWorkerAndFollowsAnotherConnectionsCommit)
{
    GuiTestDatabase office;
    gui::MainWindow window(office.manager());
    window.showView(gui::MainWindow::HandoverView);
    gui::HandoverWidget* page = window.handover();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(waitFor([&] { return page->fromCombo()->count() >= 2 && !page->previewLoader()->isLoading(); }, 5000));
    auto* preview = page->findChild<QLabel*>(QStringLiteral("handoverPreview"));
    ASSERT_NE(preview, nullptr);
    const QString before = preview->text();

    // A new customer of the rep in the "from" box, through another connection: the count in the preview follows.
    const qint64 from = page->fromCombo()->currentData().toLongLong();
    auto other = storage::Database::open(office.path());
    ASSERT_TRUE(other.ok());
    core::User owner;
    for (storage::Session* session : {&office.rep1(), &office.rep2()})
        if (session->userId() == from)
            owner = session->user();
    ASSERT_GT(owner.id, 0);
    storage::Session session(**other, owner);
    core::Customer customer;
    customer.name = QStringLiteral("宁波港口物流公司");
    customer.status = QStringLiteral("potential");
    customer.areaId = office.areaId;
    ASSERT_TRUE(storage::CustomerRepository(session).create(customer).ok());
    ASSERT_TRUE(waitFor([&] { return preview->text() != before; }, 5000));
}
