#pragma once

#include "core/User.h"
#include "storage/queries/ComplaintQueries.h"
#include "storage/queries/CustomerQuery.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace carddesk::services {
struct ExportOutcome;
}

namespace carddesk::gui {

// "Export customers… / complaints… / card…": the format (.xlsx, .csv), the headers' language (the interface's by
// default) and the file (through FileDialog), then the export runs off the GUI thread on a connection of its own
// (services::CustomerExport / ComplaintExport) while the dialog shows the rows written and can cancel it. A
// cancelled or failed export leaves no file behind (the services write a temporary file and rename it at the end).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class What
    {
        Customers,
        Complaints,
        Card
    };

    // What to export: the customer list's query, the complaints page's filter or one card (`customerId`).
    ExportDialog(QString databasePath, core::User user, What what, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void setCustomerQuery(const storage::CustomerQuery& query) { m_customerQuery = query; }
    void setComplaintFilter(const storage::ComplaintFilter& filter) { m_complaintFilter = filter; }
    void setCustomerId(qint64 customerId) { m_customerId = customerId; }
    // The file name suggested (in the user's documents folder unless a path is given).
    void setFileName(const QString& path);

    QComboBox* formatChoice() const { return m_format; }
    QComboBox* languageChoice() const { return m_language; }
    QLineEdit* fileEdit() const { return m_file; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* message() const { return m_message; }
    bool isRunning() const { return m_watcher.isRunning(); }

    // Starts the export (the Export button); false when there is nothing to start (no file name).
    bool start();
    // Asks the running export to stop; it leaves no file.
    void cancel();

signals:
    // The export ended: done (with its row count), cancelled, or failed (message() says why).
    void finished(bool done);

protected:
    void reject() override;

private:
    void chooseFile();
    void formatChanged();
    void showProgress();
    void exportEnded();
    void setRunning(bool running);

    QString m_path;
    core::User m_user;
    What m_what;
    storage::CustomerQuery m_customerQuery;
    storage::ComplaintFilter m_complaintFilter;
    qint64 m_customerId = 0;
    QComboBox* m_format;
    QComboBox* m_language;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_message;
    QProgressBar* m_progress;
    QPushButton* m_export;
    QPushButton* m_close;
    QTimer* m_timer;
    std::shared_ptr<std::atomic<qint64>> m_rows;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<void> m_watcher;
    struct Result;
    std::shared_ptr<Result> m_result;
};

} // namespace carddesk::gui
