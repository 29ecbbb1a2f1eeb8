#pragma once

#include "core/User.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace carddesk::storage {
class Database;
}

namespace carddesk::gui {

// User and password on start. The dialog checks them through UserRepository::login and stays open with the
// reason when they are wrong (the same message for an unknown user and a wrong password).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(storage::Database& database, QWidget* parent = nullptr);
    ~LoginDialog() override;

    void setUserName(const QString& userName);
    QString userName() const;
    const core::User& user() const { return m_user; }
    QString errorText() const;

    // Checks the credentials in the fields; on success the dialog is accepted.
    bool tryLogin();

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    storage::Database& m_database;
    core::User m_user;
};

} // namespace carddesk::gui
