#include "gui/admin/UserDialog.h"

#include "gui/common/Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace carddesk::gui {

UserDialog::UserDialog(const std::vector<core::Area>& areas, QWidget* parent)
    : QDialog(parent), m_username(new QLineEdit(this)), m_displayName(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_area(new QComboBox(this)), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Add user"));
    m_username->setPlaceholderText(tr("letters, digits, . _ -  (used to log in)"));
    for (core::Role role : {core::Role::Rep, core::Role::Manager, core::Role::Admin})
        m_role->addItem(Labels::role(core::roleName(role)), static_cast<int>(role));
    for (const core::Area& area : areas)
        m_area->addItem(area.name, area.id);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_area->setEnabled(static_cast<core::Role>(m_role->currentData().toInt()) != core::Role::Admin);
    });
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Display name:"), m_displayName);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Area:"), m_area);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Repeat it:"), m_repeat);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

core::User UserDialog::user() const
{
    core::User user;
    user.username = m_username->text().trimmed();
    user.displayName = m_displayName->text().trimmed();
    user.role = static_cast<core::Role>(m_role->currentData().toInt());
    user.areaId = user.role == core::Role::Admin ? 0 : m_area->currentData().toLongLong();
    return user;
}

QString UserDialog::password() const
{
    return m_password->text();
}

void UserDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

void UserDialog::check()
{
    if (m_username->text().trimmed().isEmpty()) {
        showError(tr("Enter a user name."));
        m_username->setFocus();
        return;
    }
    if (user().role != core::Role::Admin && m_area->count() == 0) {
        showError(tr("A rep or manager needs an area: add an area first."));
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords are not the same."));
        m_repeat->setFocus();
        return;
    }
    accept();
}

} // namespace carddesk::gui
