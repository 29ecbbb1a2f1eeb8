#pragma once

#include "core/User.h"
#include "storage/repositories/ImportBatchStore.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace carddesk::gui {

// File → Imports… (managers and the administrator): the customer imports the user may see (services::CustomerImport
// ::batches: when, who, file, counts, undone), newest first, and "Undo import" for the selected one after a
// confirmation. Reading and undoing run off the GUI thread on a connection of their own; an undo refused because a
// customer changed since names that customer.
class ImportBatchesDialog : public QDialog
{
    Q_OBJECT

public:
    ImportBatchesDialog(QString officePath, core::User user, QWidget* parent = nullptr);

    void reload();
    int rowCount() const { return static_cast<int>(m_batches.size()); }
    const storage::ImportBatch& batchAt(int row) const { return m_batches.at(static_cast<std::size_t>(row)); }
    QTableWidget* table() const { return m_table; }
    QPushButton* undoButton() const { return m_undo; }
    QLabel* status() const { return m_status; }
    // Undoes the batch of row `row` after asking (MessageBox); undone() follows when it was asked.
    void undoRow(int row);

signals:
    void loaded();
    // An undo ended: `ok` when the batch was taken back (pages showing customers reload), else status() says why.
    void undone(bool ok);

private:
    void showBatches(std::vector<storage::ImportBatch> batches);
    void setBusy(bool busy, const QString& text);
    void updateButtons();

    QString m_officePath;
    core::User m_user;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_undo;
    bool m_busy = false;
    std::vector<storage::ImportBatch> m_batches;
};

} // namespace carddesk::gui
