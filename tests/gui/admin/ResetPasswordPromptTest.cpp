#include "GuiTestDatabase.h"

#include "gui/admin/PasswordDialog.h"
#include "gui/admin/ResetPasswordPrompt.h"
#include "services/UserAdministration.h"
#include "storage/repositories/UserRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <gtest/gtest.h>

using namespace carddesk;

namespace {

// Types `password` twice into the modal password dialog once it is up and presses OK; `seen` gets what the dialog
// showed as its error before (empty when none).
void answerPasswordDialog(const QString& password, QString* seen)
{
    QTimer::singleShot(20, [password, seen] {
        auto* dialog = qobject_cast<gui::PasswordDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            answerPasswordDialog(password, seen);
            return;
        }
        for (auto* label : dialog->findChildren<QLabel*>())
            if (label->isVisible() && label->styleSheet().contains(QStringLiteral("color")))
                *seen = label->text();
        for (auto* field : dialog->findChildren<QLineEdit*>())
            field->setText(password);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
}

} // namespace

// A user whose password the administrator reset chooses their own before the window opens; the reset password
// itself is refused, and the flag is gone once they have chosen.
TEST(ResetPasswordPrompt, TheUserChoosesTheirOwnPasswordBeforeGoingOn)
{
    GuiTestDatabase office;
    const qint64 rep1 = office.rep1().userId();
    ASSERT_TRUE(
        services::UserAdministration::resetPassword(office.admin(), rep1, QStringLiteral("temporary-123")).ok());
    auto user = storage::UserRepository::login(office.db(), QStringLiteral("zhang"), QStringLiteral("temporary-123"));
    ASSERT_TRUE(user);
    ASSERT_TRUE(user->mustChangePassword);
    storage::Session session(office.db(), *user);

    QString firstError;
    QString secondError;
    answerPasswordDialog(QStringLiteral("temporary-123"), &firstError);
    // After the refusal the dialog stays up: the second answer is typed into it.
    QTimer::singleShot(200, [&secondError] { answerPasswordDialog(QStringLiteral("my-own-choice"), &secondError); });
    ASSERT_TRUE(gui::ResetPasswordPrompt::run(session));
    EXPECT_TRUE(firstError.isEmpty());
    EXPECT_FALSE(secondError.isEmpty()); // why the administrator's password was refused

    auto again = storage::UserRepository::login(office.db(), QStringLiteral("zhang"), QStringLiteral("my-own-choice"));
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->mustChangePassword);
}

TEST(ResetPasswordPrompt, GivingUpReturnsFalseAndKeepsTheResetPassword)
{
    GuiTestDatabase office;
    const qint64 rep1 = office.rep1().userId();
    ASSERT_TRUE(
        services::UserAdministration::resetPassword(office.admin(), rep1, QStringLiteral("temporary-123")).ok());
    auto user = storage::UserRepository::login(office.db(), QStringLiteral("zhang"), QStringLiteral("temporary-123"));
    ASSERT_TRUE(user);
    storage::Session session(office.db(), *user);
    QTimer::singleShot(50, [] {
        if (auto* dialog = QApplication::activeModalWidget())
            qobject_cast<QDialog*>(dialog)->reject();
    });
    EXPECT_FALSE(gui::ResetPasswordPrompt::run(session));
    auto still = storage::UserRepository::login(office.db(), QStringLiteral("zhang"), QStringLiteral("temporary-123"));
    ASSERT_TRUE(still);
    EXPECT_TRUE(still->mustChangePassword);
}
