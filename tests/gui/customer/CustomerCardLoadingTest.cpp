#include "GuiTestDatabase.h"
#include "TickWatch.h"
#include "WaitFor.h"

#include "gui/common/DataChanges.h"
#include "gui/common/MessageBox.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/StorageWorker.h"
#include "gui/customer/ContactsTab.h"
#include "gui/customer/CustomerCardForm.h"
#include "gui/customer/CustomerCardWidget.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/CustomerRepository.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>

#include <gtest/gtest.h>

using namespace carddesk;
using F = gui::CustomerFields::Field;

namespace {

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

QString lineText(gui::CustomerCardWidget& card, F field)
{
    return qobject_cast<QLineEdit*>(card.editor(field))->text();
}

int tabIndex(gui::CustomerCardWidget& card, QWidget* tab)
{
    return card.tabs()->indexOf(tab);
}

} // namespace

TEST(CustomerCardLoading, TheWindowKeepsPaintingWhileTheCardIsReadAndTheFormWaitsDisabled)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.rep1().user());
    worker.setPollInterval(0);
    gui::CustomerCardWidget card(office.rep1(), nullptr, &worker);
    card.resize(1100, 800);
    card.show();
    // A first card, read at full speed: what the form shows while the next one is read.
    const qint64 other = office.addCustomer(office.rep1(), QStringLiteral("南京新街口百货")).id;
    ASSERT_TRUE(card.loadCustomer(other));
    ASSERT_TRUE(waitFor([&] { return !card.isLoading(); }));
    ASSERT_EQ(lineText(card, F::Name), QStringLiteral("南京新街口百货"));
    ASSERT_TRUE(card.form()->isEnabled());

    SlowStorage slow(2000);
    PaintCounter counter;
    card.installEventFilter(&counter);
    const TickWatch watch([&card] { card.update(); });

    ASSERT_TRUE(card.loadCustomer(office.huaLianId)); // returns at once: the read is on the worker
    EXPECT_LT(watch.elapsed(), 500);
    EXPECT_TRUE(card.isLoading());
    // The busy state, and the other customer's values cannot be edited meanwhile.
    EXPECT_TRUE(card.busyLabel()->isVisible());
    EXPECT_EQ(card.busyLabel()->text(), gui::CustomerCardWidget::tr("Loading the card…"));
    EXPECT_FALSE(card.form()->isEnabled());
    EXPECT_FALSE(card.editor(F::Name)->isEnabled());
    EXPECT_FALSE(card.save());

    ASSERT_TRUE(waitFor([&] { return card.form()->isEnabled(); }, 6000));
    EXPECT_GE(watch.elapsed(), 1900); // the delay really was on the card's way
    EXPECT_EQ(card.customerId(), office.huaLianId);
    EXPECT_EQ(lineText(card, F::Name), QStringLiteral("上海华联商贸有限公司"));
    EXPECT_FALSE(card.busyLabel()->isVisible());
    // Two seconds of 20 ms ticks: most fired, none waited on the query, and the card kept repainting.
    EXPECT_GE(watch.ticks(), 50);
    EXPECT_LT(watch.longestGap(), 250);
    EXPECT_GE(counter.paints, 20);

    // The tabs read their own rows after the card, each saying so while it waits.
    EXPECT_TRUE(card.isLoading());
    EXPECT_TRUE(card.contactsTab()->isLoading());
    card.tabs()->setCurrentWidget(card.contactsTab());
    ASSERT_TRUE(waitFor([&] { return card.contactsTab()->busyLabel()->isVisible(); }, 1500));
    slow.end();
    ASSERT_TRUE(waitFor([&] { return !card.isLoading(); }, 6000));
    EXPECT_FALSE(card.contactsTab()->busyLabel()->isVisible());
    ASSERT_EQ(card.contactsTab()->model()->rowCount(), 1);
    EXPECT_EQ(card.contactsTab()->model()->index(0, 0).data().toString(), QStringLiteral("陈静"));
    EXPECT_EQ(card.tabs()->tabText(tabIndex(card, card.contactsTab())), QStringLiteral("Contacts (1)"));
}

TEST(CustomerCardLoading, ANewerCardDropsTheAnswerOfAnOlderOne)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.rep1().user());
    worker.setPollInterval(0);
    const SlowStorage slow(100);
    gui::CustomerCardWidget card(office.rep1(), nullptr, &worker);
    const qint64 other = office.addCustomer(office.rep1(), QStringLiteral("南京新街口百货")).id;
    card.loadCustomer(other);
    card.loadCustomer(office.huaLianId);
    ASSERT_TRUE(waitFor([&] { return !card.isLoading(); }));
    EXPECT_EQ(card.customerId(), office.huaLianId);
    EXPECT_EQ(lineText(card, F::Name), QStringLiteral("上海华联商贸有限公司"));
    EXPECT_EQ(card.contactsTab()->model()->rowCount(), 1); // 华联's contact, not the other card's none
}

TEST(CustomerCardLoading, AnEditSavedOnAnotherConnectionShowsInTheOpenCardThroughThePoll)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.rep1().user());
    gui::DataChanges changes;
    // As the window wires them: the data_version poll says Everything.
    QObject::connect(&worker, &gui::StorageWorker::databaseChanged, &changes,
                     [&changes] { changes.announce(gui::Entity::Everything); });
    gui::CustomerCardWidget card(office.rep1(), nullptr, &worker, &changes);
    card.show();
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    ASSERT_TRUE(waitFor([&] { return !card.isLoading(); }));
    ASSERT_EQ(card.contactsTab()->model()->rowCount(), 1);

    // Another program (another window, carddesk-cli) on its own connection to the same file.
    storage::Database::Options options;
    options.create = false;
    options.migrate = false;
    options.quickCheck = false;
    auto elsewhere = storage::Database::open(office.path(), options);
    ASSERT_TRUE(elsewhere.ok());
    storage::Session them(**elsewhere, office.rep1().user());
    core::Contact contact;
    contact.customerId = office.huaLianId;
    contact.name = QStringLiteral("周敏");
    contact.title = QStringLiteral("财务");
    ASSERT_TRUE(storage::ContactRepository(them).create(contact).ok());
    auto customer = storage::CustomerRepository(them).get(office.huaLianId, false);
    ASSERT_TRUE(customer.ok());
    customer->industry = QStringLiteral("连锁零售");
    auto updated = storage::CustomerRepository(them).update(*customer);
    ASSERT_TRUE(updated.ok());

    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(waitFor([&] { return card.contactsTab()->model()->rowCount() == 2; }, 5000));
    EXPECT_LT(clock.elapsed(), 5000);
    EXPECT_EQ(card.tabs()->tabText(tabIndex(card, card.contactsTab())), QStringLiteral("Contacts (2)"));
    // The form had no unsaved edits: it shows their version, which a save would not conflict with.
    ASSERT_TRUE(waitFor([&] { return lineText(card, F::Industry) == QStringLiteral("连锁零售"); }, 5000));
    EXPECT_FALSE(card.isModified());
    EXPECT_EQ(card.customer().rowVersion, updated->rowVersion);
}

TEST(CustomerCardLoading, ANotificationDoesNotOverwriteUnsavedEdits)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.rep1().user());
    worker.setPollInterval(0);
    gui::DataChanges changes;
    gui::CustomerCardWidget card(office.rep1(), nullptr, &worker, &changes);
    card.show();
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    ASSERT_TRUE(waitFor([&] { return !card.isLoading(); }));
    qobject_cast<QLineEdit*>(card.editor(F::Industry))->setText(QStringLiteral("Mine"));

    auto theirs = storage::CustomerRepository(office.manager()).get(office.huaLianId, false);
    ASSERT_TRUE(theirs.ok());
    theirs->address = QStringLiteral("南京东路 800 号");
    ASSERT_TRUE(storage::CustomerRepository(office.manager()).update(*theirs).ok());
    core::Contact contact;
    contact.customerId = office.huaLianId;
    contact.name = QStringLiteral("周敏");
    auto created = storage::ContactRepository(office.manager()).create(contact);
    ASSERT_TRUE(created.ok());
    changes.announce(gui::Entity::Customers, {office.huaLianId});
    changes.announce(gui::Entity::Contacts, {created->id});

    ASSERT_TRUE(waitFor([&] { return card.contactsTab()->model()->rowCount() == 2; }));
    // One worker answers in order: the card's own re-read (posted first) has been answered once the tabs are.
    ASSERT_TRUE(waitFor([&] { return !card.isLoading(); }));
    EXPECT_TRUE(card.isModified());
    EXPECT_EQ(lineText(card, F::Industry), QStringLiteral("Mine"));
    EXPECT_NE(lineText(card, F::Address), QStringLiteral("南京东路 800 号"));
}

TEST(CustomerCardLoading, EveryTabTitleFitsTheCardsShareOfA1280WideWindow)
{
    // The window's navigation takes about 240 px of 1280: the card gets about 1030. Its nine tabs, with their
    // counts, must show without the tab bar's scroll arrows (with "Suggested products (10)" and "Change history"
    // the first tab scrolled out of sight in English).
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.rep1().user());
    worker.setPollInterval(0);
    gui::CustomerCardWidget card(office.rep1(), nullptr, &worker);
    card.resize(1030, 720);
    card.show();
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    ASSERT_TRUE(waitFor([&] { return !card.isLoading(); }));
    QTabBar* bar = card.tabs()->tabBar();
    int widest = 0;
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        // The tabs that show a count, with a two-digit one.
        const QString title = bar->tabText(i);
        if (!title.contains(QLatin1Char('(')) &&
            (title.startsWith(QStringLiteral("Contacts")) || title.startsWith(QStringLiteral("Satisfaction")) ||
             title.startsWith(QStringLiteral("Suggest"))))
            bar->setTabText(i, title + QStringLiteral(" (10)"));
        else if (title == QStringLiteral("Receivables"))
            bar->setTabText(i, title + QStringLiteral(" (overdue)"));
        widest += bar->tabRect(i).width();
    }
    EXPECT_LE(widest, card.tabs()->width()) << "tab titles need " << widest << " px of " << card.tabs()->width();
}

TEST(CustomerCardLoading, ACardThatCannotBeOpenedLeavesTheOneShownUsable)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.rep1().user());
    worker.setPollInterval(0);
    gui::CustomerCardWidget card(office.rep1(), nullptr, &worker);
    card.show();
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    ASSERT_TRUE(waitFor([&] { return !card.isLoading(); }));
    const int visibleTabs = [&] {
        int n = 0;
        for (int i = 0; i < card.tabs()->count(); ++i)
            n += card.tabs()->isTabVisible(i) ? 1 : 0;
        return n;
    }();
    ASSERT_EQ(visibleTabs, 9); // card, contacts, orders, receivables, service, satisfaction, stages, changes,
                               // suggested products

    // Another rep's customer: not this rep's to see.
    const qint64 theirs = office.addCustomer(office.rep2(), QStringLiteral("南京新街口百货")).id;
    QSignalSpy failed(&card, &gui::CustomerCardWidget::loadFailed);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(card.loadCustomer(theirs));
    EXPECT_FALSE(card.form()->isEnabled());
    ASSERT_TRUE(waitFor([&] { return failed.count() == 1; }));
    EXPECT_EQ(failed.at(0).at(0).toLongLong(), theirs);
    EXPECT_TRUE(gui::MessageBox::lastText().startsWith(QStringLiteral("The card cannot be opened: ")));
    ASSERT_TRUE(waitFor([&] { return !card.isLoading(); }));
    EXPECT_EQ(card.customerId(), office.huaLianId);
    EXPECT_EQ(lineText(card, F::Name), QStringLiteral("上海华联商贸有限公司"));
    EXPECT_TRUE(card.form()->isEnabled());
    EXPECT_FALSE(card.busyLabel()->isVisible());
    int visibleAfter = 0;
    for (int i = 0; i < card.tabs()->count(); ++i)
        visibleAfter += card.tabs()->isTabVisible(i) ? 1 : 0;
    EXPECT_EQ(visibleAfter, visibleTabs);
}
