#include "gui/shell/LoginDialog.h"

#include "gui/common/ErrorText.h"

#include "storage/db/Database.h"
#include "storage/repositories/UserRepository.h"
#include "ui_LoginDialog.h"

#include <QDir>
#include <QPushButton>

namespace carddesk::gui {

LoginDialog::LoginDialog(storage::Database& database, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_database(database)
{
    m_ui->setupUi(this);
    m_ui->databasePath->setText(QDir::toNativeSeparators(database.path()));
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/carddesk.png")));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUserName(const QString& userName)
{
    m_ui->userEdit->setText(userName);
    m_ui->passwordEdit->setFocus();
}

QString LoginDialog::userName() const
{
    return m_ui->userEdit->text().trimmed();
}

QString LoginDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

bool LoginDialog::tryLogin()
{
    if (userName().isEmpty()) {
        m_ui->errorLabel->setText(tr("Enter your user name."));
        m_ui->errorLabel->show();
        m_ui->userEdit->setFocus();
        return false;
    }
    auto user = storage::UserRepository::login(m_database, userName(), m_ui->passwordEdit->text());
    if (!user && user.error().code == core::ErrorCode::Busy && user.error().field == QLatin1String("password")) {
        m_ui->errorLabel->setText(tr("Too many failed log-ins with this user name. Wait a few minutes, then try "
                                     "again."));
        m_ui->errorLabel->show();
        return false;
    }
    if (!user) {
        m_ui->errorLabel->setText(user.error().code == core::ErrorCode::InvalidArgument ||
                                          user.error().code == core::ErrorCode::AccessDenied ||
                                          user.error().code == core::ErrorCode::NotFound
                                      ? tr("Wrong user name or password.")
                                      : tr("Cannot log in: %1").arg(ErrorText::sentence(user.error())));
        m_ui->errorLabel->show();
        m_ui->passwordEdit->selectAll();
        m_ui->passwordEdit->setFocus();
        return false;
    }
    m_user = *user;
    accept();
    return true;
}

} // namespace carddesk::gui
