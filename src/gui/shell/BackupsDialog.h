#pragma once

#include "services/BackupService.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace carddesk::gui {

// The property of the main window that carries a confirmed restore's passphrase to the application (an encrypted
// backup's; empty for a plain one), beside MainWindow::restoreFile().
inline constexpr const char* kRestorePassphraseProperty = "carddeskRestorePassphrase";

// Tools → Backups… (administrator): the office's backups with their time and customer count, "Back up now", and
// "Restore…", which checks the chosen copy and asks the application to replace the office with it (the restore
// itself needs every connection of this window closed: see restoreRequested). Listing and backing up run off the
// GUI thread.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    // `encrypt`: the office setting backup.encrypt; every backup made here asks for a passphrase (twice).
    BackupsDialog(QString officePath, QString folder, bool encrypt = false, QWidget* parent = nullptr);

    // Reads the list again (off the GUI thread); loaded() follows.
    void reload();
    // Makes a backup now (off the GUI thread); the list reloads afterwards.
    void backUpNow();
    int rowCount() const;

signals:
    void loaded();
    void backedUp(const QString& path, const QString& error);
    // The user chose this backup and confirmed: the application closes the office, restores, and reopens. The
    // passphrase of an encrypted backup (checked already), else empty.
    void restoreRequested(const QString& backupPath, const QString& passphrase);

private:
    void showEntries(const std::vector<services::BackupEntry>& entries);
    void restoreSelected();
    void setBusy(bool busy, const QString& text = {});
    // Asks for an encrypted backup's passphrase until it is right (checked off the GUI thread) or the user gives
    // up; empty then.
    QString askRestorePassphrase(const services::BackupEntry& entry);

    QString m_officePath;
    QString m_folder;
    bool m_encrypt;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_backUp;
    QPushButton* m_restore;
    std::vector<services::BackupEntry> m_entries;
};

} // namespace carddesk::gui
