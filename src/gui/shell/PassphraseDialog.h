#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace carddesk::gui {

// The passphrase of an encrypted backup (docs/SECURITY.md, "Encrypted backups"): typed twice when a backup is made
// (the two must agree, at least 8 characters), once for a restore. Never stored: the caller uses passphrase() and
// drops it.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        NewBackup,
        Restore
    };
    PassphraseDialog(Purpose purpose, const QString& backupName, QWidget* parent = nullptr);

    QString passphrase() const;
    // For a second try after a wrong passphrase: shows why, keeps the dialog open for another.
    void setProblem(const QString& problem);

    void accept() override;

private:
    Purpose m_purpose;
    QLineEdit* m_first;
    QLineEdit* m_second = nullptr;
    QLabel* m_problem;
};

} // namespace carddesk::gui
