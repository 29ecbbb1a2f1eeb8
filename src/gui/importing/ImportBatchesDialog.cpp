#include "gui/importing/ImportBatchesDialog.h"

#include "gui/common/DisplayDate.h"
#include "gui/common/ErrorText.h"
#include "gui/common/MessageBox.h"
#include "gui/common/WorkerConnection.h"
#include "services/CustomerImport.h"
#include "storage/access/Session.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <optional>

namespace carddesk::gui {

using services::CustomerImport;

namespace {

struct ListOutcome
{
    std::vector<storage::ImportBatch> batches;
    QString error;
};

struct UndoOutcome
{
    bool ok = false;
    QString error;
};

QString when(const QDateTime& at)
{
    return DisplayDate::text(at.toLocalTime());
}

} // namespace

ImportBatchesDialog::ImportBatchesDialog(QString officePath, core::User user, QWidget* parent)
    : QDialog(parent), m_officePath(std::move(officePath)), m_user(std::move(user)),
      m_table(new QTableWidget(0, 9, this)), m_status(new QLabel(this)),
      m_undo(new QPushButton(tr("&Undo import…"), this))
{
    setWindowTitle(tr("Imports"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("When"), tr("Who"), tr("File"), tr("Created"), tr("Updated"),
                                        tr("Contacts"), tr("Skipped / in error"), tr("Undone")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_status->setWordWrap(true);

    auto* hint = new QLabel(tr("Undoing an import deletes the cards it created, gives the cards it updated their "
                               "old values and removes the contacts it added, as long as none of its customers "
                               "changed since."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    m_undo->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            undoRow(rows.first().row());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportBatchesDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 420);
    reload();
}

void ImportBatchesDialog::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_status->setText(text);
    m_table->setEnabled(!busy);
    updateButtons();
}

void ImportBatchesDialog::updateButtons()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    m_undo->setEnabled(!m_busy && !rows.isEmpty() && !batchAt(rows.first().row()).undoneAt.isValid());
}

void ImportBatchesDialog::reload()
{
    setBusy(true, tr("Reading the imports…"));
    auto* watcher = new QFutureWatcher<ListOutcome>(this);
    connect(watcher, &QFutureWatcher<ListOutcome>::finished, this, [this, watcher] {
        ListOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (!outcome.error.isEmpty()) {
            setBusy(false, outcome.error);
        } else {
            showBatches(std::move(outcome.batches));
        }
        emit loaded();
    });
    watcher->setFuture(QtConcurrent::run([path = m_officePath, user = m_user] {
        ListOutcome outcome;
        auto db = openWorkerConnection(path);
        if (!db) {
            outcome.error = ErrorText::sentence(db.error());
            return outcome;
        }
        storage::Session session(**db, user);
        auto batches = CustomerImport::batches(session);
        if (batches)
            outcome.batches = std::move(*batches);
        else
            outcome.error = ErrorText::sentence(batches.error());
        return outcome;
    }));
}

void ImportBatchesDialog::showBatches(std::vector<storage::ImportBatch> batches)
{
    m_batches = std::move(batches);
    m_table->clearSelection();
    m_table->setRowCount(static_cast<int>(m_batches.size()));
    const auto number = [](qint64 n) {
        auto* item = new QTableWidgetItem(QString::number(n));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int row = 0; row < rowCount(); ++row) {
        const storage::ImportBatch& batch = batchAt(row);
        m_table->setItem(row, 0, number(batch.id));
        m_table->setItem(row, 1, new QTableWidgetItem(when(batch.at)));
        m_table->setItem(row, 2, new QTableWidgetItem(batch.username));
        auto* file = new QTableWidgetItem(QFileInfo(batch.fileName).fileName());
        file->setToolTip(batch.fileName);
        m_table->setItem(row, 3, file);
        m_table->setItem(row, 4, number(batch.customersCreated));
        m_table->setItem(row, 5, number(batch.customersUpdated));
        m_table->setItem(row, 6, number(batch.contactsAdded));
        auto* skipped = new QTableWidgetItem(QStringLiteral("%1 / %2").arg(batch.rowsSkipped).arg(batch.rowsInError));
        skipped->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 7, skipped);
        m_table->setItem(row, 8, new QTableWidgetItem(batch.undoneAt.isValid() ? when(batch.undoneAt) : QString()));
    }
    setBusy(false,
            m_batches.empty() ? tr("No customers were imported yet.") : tr("%n import(s).", nullptr, rowCount()));
}

void ImportBatchesDialog::undoRow(int row)
{
    if (row < 0 || row >= rowCount() || m_busy)
        return;
    const storage::ImportBatch batch = batchAt(row);
    const QString file = QFileInfo(batch.fileName).fileName();
    if (MessageBox::question(this, tr("Undo import"),
                             tr("Undo import %1 (%2)? The %n customer(s) it created are deleted, the customers it "
                                "updated get their old values and the contacts it added are removed.",
                                nullptr, static_cast<int>(batch.customersCreated))
                                 .arg(batch.id)
                                 .arg(file),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    setBusy(true, tr("Undoing import %1…").arg(batch.id));
    auto* watcher = new QFutureWatcher<UndoOutcome>(this);
    connect(watcher, &QFutureWatcher<UndoOutcome>::finished, this, [this, watcher] {
        const UndoOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (outcome.ok) {
            reload();
            connect(
                this, &ImportBatchesDialog::loaded, this, [this] { m_status->setText(tr("The import was undone.")); },
                Qt::SingleShotConnection);
        } else {
            setBusy(false, outcome.error);
        }
        emit undone(outcome.ok);
    });
    watcher->setFuture(QtConcurrent::run([path = m_officePath, user = m_user, id = batch.id, file] {
        UndoOutcome outcome;
        auto db = openWorkerConnection(path);
        if (!db) {
            outcome.error = ErrorText::sentence(db.error());
            return outcome;
        }
        storage::Session session(**db, user);
        auto status = CustomerImport::undo(session, id);
        if (status) {
            outcome.ok = true;
            return outcome;
        }
        if (status.error().code != core::ErrorCode::Conflict) {
            outcome.error = ErrorText::sentence(status.error());
            return outcome;
        }
        // Refused: a customer changed since (named), or it was undone already.
        auto changed = CustomerImport::changedCustomer(session, id);
        if (changed && !changed->isEmpty())
            outcome.error = ImportBatchesDialog::tr("Import %1 (%2) cannot be undone: the customer %3 was changed "
                                                    "since (edited, given contacts, orders, visits or complaints, "
                                                    "or deleted). An import is undone only while its customers are "
                                                    "as it left them.")
                                .arg(id)
                                .arg(file, *changed);
        else
            outcome.error = ImportBatchesDialog::tr("Import %1 (%2) was undone already.").arg(id).arg(file);
        return outcome;
    }));
}

} // namespace carddesk::gui
