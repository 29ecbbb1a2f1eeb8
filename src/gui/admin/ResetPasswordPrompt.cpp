#include "gui/admin/ResetPasswordPrompt.h"

#include "gui/admin/PasswordDialog.h"
#include "gui/admin/UsersWidget.h"
#include "services/UserAdministration.h"

#include <QCoreApplication>

namespace carddesk::gui {

bool ResetPasswordPrompt::run(storage::Session& session, QWidget* parent)
{
    PasswordDialog dialog(
        QCoreApplication::translate("ResetPasswordPrompt", "Choose your password"),
        QCoreApplication::translate("ResetPasswordPrompt",
                                    "An administrator has reset your password. Choose a password of your own before "
                                    "you go on: at least 8 characters, and not your user name."),
        false, parent);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return false;
        // One Argon2id hash on the GUI thread (a fraction of a second), the user waiting for it by choice.
        auto chosen = services::UserAdministration::replaceResetPassword(session, dialog.password());
        if (chosen)
            return true;
        dialog.showError(UsersWidget::errorText(chosen.error()));
    }
}

} // namespace carddesk::gui
