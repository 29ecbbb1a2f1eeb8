#pragma once

#include "core/Error.h"
#include "services/CustomerImport.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;

namespace carddesk::gui {

class ImportCustomersWizard;

// The import's last page: services::CustomerImport::commit off the GUI thread (one transaction, one batch), then
// the batch's number and counts, and that Imports… can undo it.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportResultPage(ImportCustomersWizard* wizard);
    ~ImportResultPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isImporting() const { return m_watcher.isRunning(); }
    QLabel* message() const { return m_message; }
    // The batch written, 0 before or when the import failed.
    qint64 batchId() const { return m_batchId; }
    const storage::ImportBatch& counts() const { return m_counts; }

signals:
    // The import ended: `ok` when it was written.
    void importEnded(bool ok);

private:
    void commitEnded();

    ImportCustomersWizard* m_wizard;
    QProgressBar* m_busy;
    QLabel* m_message;
    qint64 m_batchId = 0;
    storage::ImportBatch m_counts;
    struct Outcome
    {
        std::optional<services::CustomerImport::Result> result;
        std::optional<core::Error> error;
    };
    std::shared_ptr<Outcome> m_outcome;
    QFutureWatcher<void> m_watcher;
};

} // namespace carddesk::gui
