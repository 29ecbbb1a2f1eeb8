#include "gui/admin/PasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace carddesk::gui {

PasswordDialog::PasswordDialog(const QString& title, const QString& explanation, bool askCurrent, QWidget* parent)
    : QDialog(parent), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(title);
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    if (askCurrent) {
        m_current = new QLineEdit(this);
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Current password:"), m_current);
    }
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Repeat it:"), m_repeat);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString PasswordDialog::current() const
{
    return m_current ? m_current->text() : QString();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

void PasswordDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

void PasswordDialog::check()
{
    if (m_password->text().isEmpty()) {
        showError(tr("Enter the new password."));
        m_password->setFocus();
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two new passwords are not the same."));
        m_repeat->selectAll();
        m_repeat->setFocus();
        return;
    }
    accept();
}

} // namespace carddesk::gui
