#include "GuiTestDatabase.h"

#include "gui/common/MessageBox.h"
#include "gui/customer/ConflictDialog.h"
#include "gui/customer/CustomerCardWidget.h"
#include "gui/customer/ReassignDialog.h"
#include "storage/repositories/CustomerRepository.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace carddesk;
using F = gui::CustomerFields::Field;

namespace {
QLineEdit* lineEdit(gui::CustomerCardWidget& card, F field)
{
    return qobject_cast<QLineEdit*>(card.editor(field));
}

core::Customer stored(carddesk::storage::Session& session, qint64 id)
{
    storage::CustomerRepository repository(session);
    auto customer = repository.get(id, false);
    EXPECT_TRUE(customer.ok());
    return customer.ok() ? *customer : core::Customer{};
}
} // namespace

TEST(CustomerCard, EditUndoRedoSave)
{
    GuiTestDatabase office;
    gui::CustomerCardWidget card(office.rep1());
    card.show();
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    EXPECT_FALSE(card.isModified());
    QLineEdit* industry = lineEdit(card, F::Industry);
    ASSERT_NE(industry, nullptr);
    EXPECT_EQ(industry->text(), QStringLiteral("零售"));

    industry->setFocus();
    industry->selectAll();
    QTest::keyClicks(industry, QStringLiteral("Wholesale"));
    EXPECT_TRUE(card.isModified());
    EXPECT_TRUE(card.title().endsWith(QLatin1Char('*')));
    // The keystrokes in one field merge into one command.
    EXPECT_EQ(card.undoStack()->count(), 1);

    card.undoStack()->undo();
    EXPECT_EQ(industry->text(), QStringLiteral("零售"));
    EXPECT_EQ(card.customer().industry, QStringLiteral("零售"));
    EXPECT_FALSE(card.isModified());
    card.undoStack()->redo();
    EXPECT_EQ(industry->text(), QStringLiteral("Wholesale"));

    // A second field is a second command.
    auto* limit = qobject_cast<QDoubleSpinBox*>(card.editor(F::CreditLimit));
    limit->setValue(50000);
    EXPECT_EQ(card.undoStack()->count(), 2);

    QSignalSpy saved(&card, &gui::CustomerCardWidget::saved);
    ASSERT_TRUE(card.save());
    EXPECT_EQ(saved.count(), 1);
    EXPECT_FALSE(card.isModified());
    EXPECT_EQ(card.undoStack()->count(), 0);
    const core::Customer after = stored(office.rep1(), office.huaLianId);
    EXPECT_EQ(after.industry, QStringLiteral("Wholesale"));
    EXPECT_DOUBLE_EQ(after.creditLimit, 50000);
}

TEST(CustomerCard, ShowsValidationMessagesNextToTheField)
{
    GuiTestDatabase office;
    gui::CustomerCardWidget card(office.rep1());
    card.show();
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    lineEdit(card, F::Email)->setText(QStringLiteral("not-an-address"));
    QLabel* emailError = card.errorLabel(F::Email);
    EXPECT_TRUE(emailError->isVisible());
    EXPECT_EQ(emailError->text(), QStringLiteral("Not an e-mail address like name@example.com."));
    EXPECT_FALSE(card.errorLabel(F::Name)->isVisible());

    qobject_cast<QDoubleSpinBox*>(card.editor(F::CreditLimit))->setValue(-5);
    EXPECT_TRUE(card.errorLabel(F::CreditLimit)->isVisible());
    lineEdit(card, F::Name)->clear();
    EXPECT_EQ(card.errorLabel(F::Name)->text(), QStringLiteral("Name is required."));

    EXPECT_FALSE(card.save());
    EXPECT_EQ(stored(office.rep1(), office.huaLianId).name, QStringLiteral("上海华联商贸有限公司"));

    lineEdit(card, F::Email)->setText(QStringLiteral("buyer@hualian.example.com"));
    EXPECT_FALSE(emailError->isVisible());
}

TEST(CustomerCard, CreatesANewCustomer)
{
    GuiTestDatabase office;
    gui::CustomerCardWidget card(office.rep2());
    card.newCustomer();
    EXPECT_FALSE(card.save()); // the name is required
    EXPECT_TRUE(card.errorLabel(F::Name)->isVisibleTo(&card));
    lineEdit(card, F::Name)->setText(QStringLiteral("南京新街口百货"));
    lineEdit(card, F::Phone)->setText(QStringLiteral("025-8888 6666"));
    ASSERT_TRUE(card.save());
    EXPECT_GT(card.customerId(), 0);
    const core::Customer created = stored(office.rep2(), card.customerId());
    EXPECT_EQ(created.ownerId, office.rep2().userId());
    EXPECT_EQ(created.phone, QStringLiteral("025-8888 6666"));
}

TEST(CustomerCard, ConflictKeepMineMergesBothSides)
{
    GuiTestDatabase office;
    gui::CustomerCardWidget card(office.rep1());
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    lineEdit(card, F::Industry)->setText(QStringLiteral("Retail chain"));

    // Another instance saves first.
    core::Customer theirs = stored(office.manager(), office.huaLianId);
    theirs.phone = QStringLiteral("021-5555 0000");
    storage::CustomerRepository other(office.manager());
    ASSERT_TRUE(other.update(theirs).ok());

    gui::ConflictDialog::setNextChoice(gui::ConflictDialog::KeepMine);
    ASSERT_TRUE(card.save());
    EXPECT_EQ(gui::ConflictDialog::lastDifferenceCount(), 2); // industry (mine) and phone (theirs)
    const core::Customer after = stored(office.rep1(), office.huaLianId);
    EXPECT_EQ(after.industry, QStringLiteral("Retail chain"));
    EXPECT_EQ(after.phone, QStringLiteral("021-5555 0000"));
    EXPECT_EQ(lineEdit(card, F::Phone)->text(), QStringLiteral("021-5555 0000"));
    EXPECT_FALSE(card.isModified());
}

TEST(CustomerCard, ConflictTakeTheirsAndCancel)
{
    GuiTestDatabase office;
    gui::CustomerCardWidget card(office.rep1());
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    lineEdit(card, F::Industry)->setText(QStringLiteral("Mine"));
    core::Customer theirs = stored(office.manager(), office.huaLianId);
    theirs.industry = QStringLiteral("Theirs");
    storage::CustomerRepository other(office.manager());
    ASSERT_TRUE(other.update(theirs).ok());

    gui::ConflictDialog::setNextChoice(gui::ConflictDialog::Cancel);
    EXPECT_FALSE(card.save());
    EXPECT_TRUE(card.isModified()); // nothing lost
    EXPECT_EQ(stored(office.rep1(), office.huaLianId).industry, QStringLiteral("Theirs"));

    gui::ConflictDialog::setNextChoice(gui::ConflictDialog::TakeTheirs);
    EXPECT_TRUE(card.save());
    EXPECT_EQ(lineEdit(card, F::Industry)->text(), QStringLiteral("Theirs"));
    EXPECT_FALSE(card.isModified());
}

TEST(CustomerCard, UnsavedChangesAreNeverLostSilently)
{
    GuiTestDatabase office;
    gui::CustomerCardWidget card(office.rep1());
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    EXPECT_TRUE(card.maybeClose()); // nothing to ask
    lineEdit(card, F::Address)->setText(QStringLiteral("南京东路 800 号"));
    gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(card.maybeClose());
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("上海华联商贸有限公司")));
    gui::MessageBox::setNextAnswer(QMessageBox::Save);
    EXPECT_TRUE(card.maybeClose());
    EXPECT_EQ(stored(office.rep1(), office.huaLianId).address, QStringLiteral("南京东路 800 号"));
}

TEST(CustomerCard, ManagerReassignsACustomer)
{
    GuiTestDatabase office;
    gui::CustomerCardWidget repCard(office.rep1());
    ASSERT_TRUE(repCard.loadCustomer(office.huaLianId));
    for (auto* button : repCard.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Reassign…")) {
            EXPECT_FALSE(button->isVisibleTo(&repCard)); // reps cannot reassign
        }
    }

    gui::CustomerCardWidget card(office.manager());
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    gui::ReassignDialog::setNextUserId(office.rep2().userId());
    QPushButton* reassign = nullptr;
    for (auto* button : card.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Reassign…"))
            reassign = button;
    }
    ASSERT_NE(reassign, nullptr);
    reassign->click();
    EXPECT_EQ(stored(office.manager(), office.huaLianId).ownerId, office.rep2().userId());
    EXPECT_EQ(card.findChild<QLabel*>(QStringLiteral("ownerLabel"))->text(), QStringLiteral("李娜"));
}
