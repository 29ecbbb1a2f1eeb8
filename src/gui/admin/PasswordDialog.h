#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace carddesk::gui {

// Asks for a new password twice (and, for one's own, the current one). Checks only that the two match and are not
// empty; the rules (8 characters, not the user name) are the service's, shown through showError().
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString& title, const QString& explanation, bool askCurrent, QWidget* parent = nullptr);

    QString current() const;
    QString password() const;
    // Shows a message under the fields and keeps the dialog open.
    void showError(const QString& text);

private:
    void check();

    QLineEdit* m_current = nullptr;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_error;
};

} // namespace carddesk::gui
