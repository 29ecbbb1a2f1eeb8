#include "gui/shell/PassphraseDialog.h"

#include "services/BackupService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace carddesk::gui {

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString& backupName, QWidget* parent)
    : QDialog(parent), m_purpose(purpose), m_first(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(purpose == Purpose::NewBackup ? tr("Encrypted backup") : tr("Restore an encrypted backup"));
    auto* intro =
        new QLabel(purpose == Purpose::NewBackup
                       ? tr("This office's backups are encrypted. Choose a passphrase for this backup: it "
                            "is not stored anywhere, and without it the backup cannot be restored.")
                       : tr("The backup %1 is encrypted. Type the passphrase it was made with.").arg(backupName),
                   this);
    intro->setWordWrap(true);
    m_first->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_first);
    if (purpose == Purpose::NewBackup) {
        m_second = new QLineEdit(this);
        m_second->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Again:"), m_second);
    }
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::setProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void PassphraseDialog::accept()
{
    if (m_purpose == Purpose::NewBackup && m_first->text().size() < services::BackupService::kMinimumPassphrase) {
        setProblem(
            tr("The passphrase must have at least %1 characters.").arg(services::BackupService::kMinimumPassphrase));
        m_first->setFocus();
        return;
    }
    if (m_purpose == Purpose::NewBackup && m_first->text() != m_second->text()) {
        setProblem(tr("The two passphrases differ. Type the same passphrase twice."));
        m_second->clear();
        m_second->setFocus();
        return;
    }
    if (m_first->text().isEmpty()) {
        setProblem(tr("Type the passphrase."));
        return;
    }
    QDialog::accept();
}

} // namespace carddesk::gui
