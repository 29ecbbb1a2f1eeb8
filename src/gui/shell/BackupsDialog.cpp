#include "gui/shell/BackupsDialog.h"

#include "gui/common/DisplayDate.h"
#include "gui/common/MessageBox.h"
#include "gui/shell/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace carddesk::gui {

namespace {

struct BackupOutcome
{
    QString path;
    QString error;
};

} // namespace

BackupsDialog::BackupsDialog(QString officePath, QString folder, bool encrypt, QWidget* parent)
    : QDialog(parent), m_officePath(std::move(officePath)), m_folder(std::move(folder)), m_encrypt(encrypt),
      m_model(new QStandardItemModel(this)), m_table(new QTableView(this)), m_status(new QLabel(this)),
      m_backUp(new QPushButton(tr("&Back up now"), this)), m_restore(new QPushButton(tr("&Restore…"), this))
{
    setWindowTitle(tr("Backups"));
    m_model->setHorizontalHeaderLabels({tr("Taken"), tr("Customers"), tr("File"), tr("State")});
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Columns as wide as their contents (a CJK state word is wider than the header): nothing is clipped.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    QString about = tr("Backups are kept in %1: one a day at the first start, 7 daily and 4 weekly copies.")
                        .arg(QDir::toNativeSeparators(m_folder));
    if (m_encrypt)
        about += QLatin1Char('\n') +
                 tr("This office's backups are encrypted: each backup asks for a passphrase, which is not stored, and "
                    "cannot be restored without it. No automatic backup is made at start-up.");
    auto* folderLabel = new QLabel(about, this);
    folderLabel->setWordWrap(true);
    folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_backUp, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backUp, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_restore->setEnabled(m_table->selectionModel()->hasSelection()); });
    m_restore->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(folderLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

int BackupsDialog::rowCount() const
{
    return m_model->rowCount();
}

void BackupsDialog::setBusy(bool busy, const QString& text)
{
    m_backUp->setEnabled(!busy);
    m_restore->setEnabled(!busy && m_table->selectionModel()->hasSelection());
    m_status->setText(text);
}

void BackupsDialog::reload()
{
    setBusy(true, tr("Reading the backups…"));
    auto* watcher = new QFutureWatcher<std::vector<services::BackupEntry>>(this);
    connect(watcher, &QFutureWatcher<std::vector<services::BackupEntry>>::finished, this, [this, watcher] {
        showEntries(watcher->result());
        watcher->deleteLater();
        setBusy(false, m_entries.empty() ? tr("No backups yet.") : QString());
        emit loaded();
    });
    const QString office = m_officePath;
    const QString folder = m_folder;
    watcher->setFuture(QtConcurrent::run([office, folder] { return services::BackupService::list(office, folder); }));
}

void BackupsDialog::showEntries(const std::vector<services::BackupEntry>& entries)
{
    m_entries = entries;
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const auto& entry : m_entries) {
        QList<QStandardItem*> row;
        row << new QStandardItem(DisplayDate::text(entry.takenAt));
        auto* customers = new QStandardItem(entry.info ? locale.toString(entry.info->customers) : QString());
        customers->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row << customers;
        row << new QStandardItem(QFileInfo(entry.path).fileName());
        // The list reads each file's header only (a full check reads the whole file: a minute at a million
        // customers), so "readable" is all it can say; the restore checks the chosen one in full.
        row << new QStandardItem(entry.encrypted ? tr("Encrypted: needs its passphrase")
                                 : entry.info    ? tr("Readable (checked in full when restored)")
                                 : entry.problemCode == core::ErrorCode::Io
                                     ? tr("Cannot be used: the file cannot be read")
                                     : tr("Cannot be used: damaged, not a CardDesk office, or from a newer CardDesk"));
        if (!entry.info && !entry.encrypted)
            row.back()->setToolTip(QDir::toNativeSeparators(entry.path));
        m_model->appendRow(row);
    }
}

void BackupsDialog::backUpNow()
{
    QString passphrase;
    if (m_encrypt) {
        PassphraseDialog ask(PassphraseDialog::Purpose::NewBackup, QString(), this);
        if (ask.exec() != QDialog::Accepted)
            return;
        passphrase = ask.passphrase();
    }
    setBusy(true, m_encrypt ? tr("Backing up and encrypting…") : tr("Backing up…"));
    auto* watcher = new QFutureWatcher<BackupOutcome>(this);
    connect(watcher, &QFutureWatcher<BackupOutcome>::finished, this, [this, watcher] {
        const BackupOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (!outcome.error.isEmpty()) {
            setBusy(false);
            MessageBox::warning(this, tr("Backups"), outcome.error);
        }
        emit backedUp(outcome.path, outcome.error);
        reload();
    });
    const QString office = m_officePath;
    const QString folder = m_folder;
    watcher->setFuture(QtConcurrent::run([office, folder, passphrase] {
        BackupOutcome outcome;
        auto made = services::BackupService::backup(office, folder, QDateTime::currentDateTime(), passphrase);
        if (made)
            outcome.path = *made;
        else if (made.error().field == QLatin1String("folder") && made.error().code == core::ErrorCode::Io)
            outcome.error = tr("The backup could not be written to %1: the disk may be full. Nothing in the office "
                               "was changed.")
                                .arg(QDir::toNativeSeparators(folder));
        else if (made.error().field == QLatin1String("folder"))
            outcome.error = tr("The backup folder %1 cannot be created or written. Choose another folder in the "
                               "settings. Nothing in the office was changed.")
                                .arg(QDir::toNativeSeparators(folder));
        else
            outcome.error =
                tr("The backup failed. Nothing in the office was changed. Details: %1").arg(made.error().message);
        return outcome;
    }));
}

void BackupsDialog::restoreSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const auto entry = m_entries.at(static_cast<std::size_t>(rows.first().row()));
    if (entry.encrypted) {
        const QString passphrase = askRestorePassphrase(entry);
        if (passphrase.isEmpty())
            return;
        const auto answer = MessageBox::question(
            this, tr("Restore"),
            tr("Replace the office with the encrypted backup of %1?\n\nThe backup is decrypted and checked first. "
               "The current office is kept beside it as a file named …before-restore-… (the newest three such "
               "copies are kept), and CardDesk opens the restored office.")
                .arg(DisplayDate::text(entry.takenAt)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        emit restoreRequested(entry.path, passphrase);
        accept();
        return;
    }
    if (!entry.info) {
        MessageBox::warning(this, tr("Restore"),
                            tr("This backup cannot be restored: it is damaged, not a CardDesk office, or from a newer "
                               "CardDesk."));
        return;
    }
    const QLocale locale;
    const auto answer = MessageBox::question(
        this, tr("Restore"),
        tr("Replace the office with the backup of %1 (%2 customers)?\n\nThe backup is checked first. The current "
           "office is kept beside it as a file named …before-restore-… (the newest three such copies are kept), "
           "and CardDesk opens the restored office.")
            .arg(DisplayDate::text(entry.takenAt), locale.toString(entry.info->customers)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    emit restoreRequested(entry.path, QString());
    accept();
}

QString BackupsDialog::askRestorePassphrase(const services::BackupEntry& entry)
{
    PassphraseDialog ask(PassphraseDialog::Purpose::Restore, QFileInfo(entry.path).fileName(), this);
    while (ask.exec() == QDialog::Accepted) {
        const QString passphrase = ask.passphrase();
        setBusy(true, tr("Checking the passphrase…"));
        QFutureWatcher<core::Status> watcher;
        QEventLoop loop;
        connect(&watcher, &QFutureWatcher<core::Status>::finished, &loop, &QEventLoop::quit);
        const QString path = entry.path;
        watcher.setFuture(QtConcurrent::run(
            [path, passphrase] { return services::BackupService::checkPassphrase(path, passphrase); }));
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        setBusy(false);
        const core::Status checked = watcher.result();
        if (checked)
            return passphrase;
        if (checked.error().field != QLatin1String("passphrase")) {
            MessageBox::warning(this, tr("Restore"),
                                tr("This backup cannot be restored: it is damaged or was altered. Choose another "
                                   "backup."));
            return QString();
        }
        ask.setProblem(tr("Wrong passphrase: this backup was encrypted with another one. Try again."));
    }
    return QString();
}

} // namespace carddesk::gui
