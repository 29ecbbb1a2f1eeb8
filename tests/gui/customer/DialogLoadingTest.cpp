#include "GuiTestDatabase.h"
#include "TickWatch.h"
#include "WaitFor.h"

#include "gui/common/StorageWorker.h"
#include "gui/customer/InteractionDialog.h"
#include "gui/customer/ReassignDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace carddesk;

// The small dialogs opened from the card, Today and the lifecycle page read their choices on the window's worker:
// opening one never waits on a query, and the choices come when the answer does.

TEST(DialogLoading, TheInteractionDialogOpensAtOnceAndItsContactsFollow)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.rep1().user());
    SlowStorage slow(1500);
    TickWatch ticks;
    gui::InteractionDialog dialog(office.rep1(), office.huaLianId, QStringLiteral("上海华联商贸有限公司"), nullptr,
                                  &worker);
    EXPECT_LT(ticks.elapsed(), 1000);
    auto* contacts = dialog.findChild<QComboBox*>(QStringLiteral("contactCombo"));
    ASSERT_NE(contacts, nullptr);
    EXPECT_TRUE(dialog.isLoading());
    EXPECT_EQ(contacts->count(), 1); // "no particular contact" until the answer
    ASSERT_TRUE(waitFor([&] { return !dialog.isLoading(); }));
    EXPECT_LT(ticks.longestGap(), 250);
    ASSERT_EQ(contacts->count(), 2);
    EXPECT_EQ(contacts->itemText(1), QStringLiteral("陈静 (采购经理)"));
    dialog.setSummary(QStringLiteral("电话确认春季订单"));
    contacts->setCurrentIndex(1);
    ASSERT_TRUE(dialog.submit()) << dialog.errorText().toStdString();
    EXPECT_GT(dialog.interaction().contactId, 0);
}

TEST(DialogLoading, TheReassignDialogOffersTheRepsWhenTheyArriveAndOkWaitsForThem)
{
    GuiTestDatabase office;
    gui::StorageWorker worker(office.path(), office.manager().user());
    SlowStorage slow(1500);
    TickWatch ticks;
    gui::ReassignDialog dialog(office.manager(), office.rep1().userId(), nullptr, &worker);
    EXPECT_LT(ticks.elapsed(), 1000);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* users = dialog.findChild<QComboBox*>();
    ASSERT_TRUE(ok && users);
    EXPECT_TRUE(dialog.isLoading());
    EXPECT_FALSE(ok->isEnabled());
    ASSERT_TRUE(waitFor([&] { return !dialog.isLoading(); }));
    EXPECT_LT(ticks.longestGap(), 250);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_GE(users->findData(office.rep2().userId()), 0);
    EXPECT_EQ(users->findData(office.rep1().userId()), -1); // the current owner is not offered
}
