#pragma once

#include "core/Area.h"
#include "core/User.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace carddesk::gui {

// A new user: user name, display name, role, area (reps and managers) and the first password, twice.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    UserDialog(const std::vector<core::Area>& areas, QWidget* parent = nullptr);

    core::User user() const;
    QString password() const;
    void showError(const QString& text);

private:
    void check();

    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QComboBox* m_area;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_error;
};

} // namespace carddesk::gui
