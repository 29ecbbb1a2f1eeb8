#include "GuiTestDatabase.h"

#include "gui/common/MessageBox.h"
#include "gui/customer/CustomerCardWidget.h"
#include "gui/customer/CustomerFields.h"
#include "gui/duplicates/DuplicatesDialog.h"
#include "gui/duplicates/MergeDialog.h"
#include "storage/repositories/CustomerRepository.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace carddesk;
using F = gui::CustomerFields::Field;

namespace {

core::Customer withPhone(storage::Session& session, const QString& name, const QString& phone)
{
    core::Customer c;
    c.name = name;
    c.phone = phone;
    auto created = storage::CustomerRepository(session).create(c);
    EXPECT_TRUE(created) << created.error().toString().toStdString();
    return created ? *created : core::Customer{};
}

QPushButton* button(QWidget& parent, const QString& text)
{
    for (auto* b : parent.findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

// The list is read off the GUI thread; the pair shows with its reasons; merging takes the chosen fields.
TEST(DuplicatesDialog, ListsThePairAndMergesWithTheChosenField)
{
    GuiTestDatabase office;
    const auto first =
        withPhone(office.rep1(), QStringLiteral("杭州诚远食品有限公司"), QStringLiteral("0571-8888 8888"));
    const auto second =
        withPhone(office.rep1(), QStringLiteral("杭州诚远食品股份有限公司"), QStringLiteral("0571-8888 9999"));

    gui::DuplicatesDialog dialog(office.path(), office.manager().user());
    QSignalSpy loaded(&dialog, &gui::DuplicatesDialog::loaded);
    ASSERT_TRUE(loaded.wait(20000));
    // The test office's cards share one switchboard (021-6234 5678), so they pair up too; ours is there once, with
    // its reason.
    int found = 0;
    for (int row = 0; row < dialog.rowCount(); ++row) {
        const auto& pair = dialog.pairAt(row);
        if (pair.first.id == first.id && pair.second.id == second.id) {
            ++found;
            EXPECT_EQ(pair.reasons, unsigned(services::DuplicateFinder::SameName));
        }
    }
    EXPECT_EQ(found, 1);
    EXPECT_GT(dialog.rowCount(), 1);

    gui::MergeDialog merge(office.path(), office.manager().user(), first.id, second.id);
    QSignalSpy read(&merge, &gui::MergeDialog::loaded);
    ASSERT_TRUE(read.wait(20000));
    EXPECT_TRUE(merge.takenFields().isEmpty()); // the kept card's values unless chosen (its fields are all set)
    merge.takeFromOther(QStringLiteral("phone"));
    EXPECT_EQ(merge.takenFields(), QStringList{QStringLiteral("phone")});
    QSignalSpy done(&merge, &gui::MergeDialog::mergeDone);
    QPushButton* go = button(merge, gui::MergeDialog::tr("&Merge"));
    ASSERT_NE(go, nullptr);
    go->click();
    ASSERT_TRUE(done.wait(20000));
    EXPECT_TRUE(done.at(0).at(0).toBool());
    EXPECT_GT(merge.mergeId(), 0);
    auto kept = storage::CustomerRepository(office.admin()).get(first.id, false);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->phone, QStringLiteral("0571-8888 9999"));
    EXPECT_FALSE(storage::CustomerRepository(office.admin()).get(second.id, false));
}

// Saving a card whose name matches another customer's asks first; the answer decides, nothing is refused.
TEST(DuplicatesDialog, TheCardWarnsBeforeSavingADuplicate)
{
    GuiTestDatabase office;
    withPhone(office.rep1(), QStringLiteral("杭州诚远食品有限公司"), QStringLiteral("0571-8888 8888"));
    gui::CustomerCardWidget card(office.rep1());
    card.newCustomer();
    qobject_cast<QLineEdit*>(card.editor(F::Name))->setText(QStringLiteral("杭州诚远食品 股份有限公司"));
    gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(card.save());
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("杭州诚远食品有限公司")))
        << gui::MessageBox::lastText().toStdString();
    EXPECT_EQ(card.customerId(), 0);
    gui::MessageBox::setNextAnswer(QMessageBox::Save);
    EXPECT_TRUE(card.save());
    EXPECT_GT(card.customerId(), 0);
}
