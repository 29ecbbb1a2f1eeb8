#pragma once

#include "core/Error.h"
#include "services/CustomerImport.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace carddesk::gui {

class ImportCustomersWizard;

// The import's third page: the dry run (services::CustomerImport::plan) off the GUI thread, then what the import
// would do (customers to create, update, leave unchanged or skip, contacts to add, rows in error) and the rows in
// error with their row, column and reason, which "Save problems…" writes to a CSV file. With rows in error the
// user chooses to import the good rows or nothing; "Import" stays disabled for nothing.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportCustomersWizard* wizard);
    ~ImportCheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isChecking() const { return m_watcher.isRunning(); }
    QLabel* counts() const { return m_counts; }
    QTableWidget* problems() const { return m_problems; }
    QRadioButton* goodRowsChoice() const { return m_goodRows; }
    QRadioButton* nothingChoice() const { return m_nothing; }
    QPushButton* saveProblemsButton() const { return m_save; }
    services::CustomerImport::Choice choice() const;
    // Writes the rows in error to `path` (the "Save problems…" button, after FileDialog); false when it cannot.
    bool saveProblems(const QString& path);

signals:
    // The dry run ended: `ok` when there is a plan, else counts() says why.
    void checked(bool ok);

private:
    void checkEnded();

    ImportCustomersWizard* m_wizard;
    QProgressBar* m_busy;
    QLabel* m_status;
    QLabel* m_counts;
    QLabel* m_warnings;
    QTableWidget* m_problems;
    QPushButton* m_save;
    QLabel* m_choiceLabel;
    QRadioButton* m_goodRows;
    QRadioButton* m_nothing;
    QButtonGroup* m_choice;
    struct Outcome
    {
        std::shared_ptr<services::CustomerImport::Plan> plan;
        std::optional<core::Error> error;
    };
    std::shared_ptr<Outcome> m_outcome;
    QFutureWatcher<void> m_watcher;
};

} // namespace carddesk::gui
