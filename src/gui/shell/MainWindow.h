#pragma once

#include "storage/queries/CustomerQuery.h"

#include <QFuture>
#include <QMainWindow>
#include <QSet>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class AnalysisWidget;
class ComplaintsWidget;
class EscalationRunner;
class LifecycleWidget;
class CustomerCardWidget;
class CustomerListWidget;
class HandoverWidget;
class UsersWidget;
class DatabaseOptimizeRunner;
class IntegrityCheckRunner;
class SettingsWidget;
class ScoringRunner;
class StorageWorker;
class DataChanges;
class TodayWidget;
class CollectionsWidget;
class VisitsPage;
class WeeklyReviewWidget;

// The shell: navigation on the left (only pages this user can use), the customer list, the open card, the
// handover page for managers, the analysis, lifecycle, complaints and weekly review pages; menus, shortcuts,
// status bar (with the rescoring progress); window state kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum View
    {
        CustomersView,
        CardView,
        HandoverView,
        AnalysisView,
        LifecycleView,
        ComplaintsView,
        WeeklyReviewView,
        UsersView,    // the administrator's
        SettingsView, // the administrator's
        TodayView,    // the rep's day; first in the navigation, the application's first page after log-in
        // The collections plan (收款计划), after the card in the navigation.
        CollectionsView,
        VisitsView    // the week's visits and suggestions
    };
    // Why the window closed, for the application to act on: log in again, or replace the office with a backup
    // (which needs every connection to it closed first).
    enum class ExitRequest
    {
        Quit,
        LogOut,
        Restore
    };

    explicit MainWindow(storage::Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    CustomerListWidget* customerList() const { return m_list; }
    CustomerCardWidget* card() const { return m_card; }
    HandoverWidget* handover() const { return m_handover; }
    AnalysisWidget* analysis() const { return m_analysis; }
    LifecycleWidget* lifecycle() const { return m_lifecycle; }
    ComplaintsWidget* complaints() const { return m_complaints; }
    WeeklyReviewWidget* weeklyReview() const { return m_weeklyReview; }
    TodayWidget* today() const { return m_today; }
    CollectionsWidget* collections() const { return m_collections; }
    VisitsPage* visits() const { return m_visits; }
    EscalationRunner* escalation() const { return m_escalation; }
    UsersWidget* users() const { return m_users; }
    SettingsWidget* settingsPage() const { return m_settings; }
    ExitRequest exitRequest() const { return m_exitRequest; }
    QString restoreFile() const { return m_restoreFile; }
    // The office's backup folder: the backup.folder setting, else `backups` beside the office file.
    QString backupFolder() const;
    // File → Log out: closes the window (asking about unsaved changes) and asks the application for a new log-in.
    void logOut();
    void changePassword();
    void showBackups();
    // File → Export customers… (what the list shows) and Export card… (the open card): the export dialog.
    void exportCustomers();
    void exportCard();
    // Everything about the card's customer, to a file (PIPL); managers and the administrator.
    bool exportCustomerData();
    // File → Import customers… and Imports… (managers and the administrator): the import wizard and the list of
    // imports with their undo; the customer list reloads after an import or an undo.
    void importCustomers();
    void showImports();
    // Tools → Check database: SQLite's quick_check on a connection of its own, off the GUI thread; the answer is a
    // message box. Returns the runner so tests can wait for it.
    IntegrityCheckRunner* checkDatabase();
    // Tools → Optimize database (administrator): measures the file's free space off the GUI thread, asks, then
    // optimizes off the GUI thread. Returns the runner so tests can follow it.
    DatabaseOptimizeRunner* optimizeDatabase();
    ScoringRunner* scoringRunner() const { return m_scoring; }
    StorageWorker* storageWorker() const { return m_worker.get(); }
    DataChanges* dataChanges() const { return m_changes; }
    QProgressBar* scoringProgress() const { return m_progress; }
    QPushButton* cancelScoringButton() const { return m_cancelScoring; }

    void showView(View view);
    View currentView() const;
    // Opens a card (asking first about unsaved changes of the one open).
    bool openCustomer(qint64 customerId);
    void newCustomer();
    bool logInteraction();
    // Plans a visit to the open card's customer, or the list's selected one; several selected rows: one day's visits to
    // all of them (all or none).
    bool planVisit();
    // File → Mailing list…: labels or a list of the customers the list's filter shows.
    void mailingList();
    QString mailingFilterText(const storage::CustomerQuery& filter) const;
    void restoreSettings();
    // Applies the complaint escalation rules now and every 5 minutes (the app does; tests need not).
    void startEscalation();
    // "Ready on Monday": last week's report saved as a PDF in the office's report folder at a manager's or the
    // administrator's first start of the week, off the GUI thread; the status bar says where. Returns the job so
    // tests can wait for it.
    QFuture<QString> saveLastWeeksReport();

    // Rescores the user's customers as of today off the GUI thread; false when a run is already going.
    bool rescore();
    // Starts rescore() when the newest scores are older than the office setting scoring.rescore_after_hours (a day
    // by default) or there are none. The age is read on the worker; rescoreChecked() says how it ended.
    void rescoreIfStale();

signals:
    void rescoreChecked(bool started);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateActions();
    void updateTitle();
    void showStatus(const QString& message);
    QWidget* pageFor(View view) const;
    void scoringFinished();
    void loadPageIfNeeded(QWidget* page);
    QListWidgetItem* navigationItem(View view) const;
    void showAgendaCounts(int total, int overdue);

    storage::Session& m_session;
    // The pages' queries run on it; it outlives them (see ~MainWindow).
    std::unique_ptr<StorageWorker> m_worker;
    DataChanges* m_changes;
    QSet<QWidget*> m_loadedPages; // pages that have read their data at least once
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    CustomerListWidget* m_list;
    CustomerCardWidget* m_card;
    HandoverWidget* m_handover = nullptr;
    AnalysisWidget* m_analysis;
    LifecycleWidget* m_lifecycle = nullptr;
    ComplaintsWidget* m_complaints = nullptr;
    WeeklyReviewWidget* m_weeklyReview = nullptr;
    VisitsPage* m_visits = nullptr;
    TodayWidget* m_today = nullptr;
    CollectionsWidget* m_collections = nullptr;
    UsersWidget* m_users = nullptr;
    SettingsWidget* m_settings = nullptr;
    ExitRequest m_exitRequest = ExitRequest::Quit;
    QString m_restoreFile;
    EscalationRunner* m_escalation = nullptr;
    ScoringRunner* m_scoring;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelScoring = nullptr;
    QAction* m_rescoreAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_closeCardAction = nullptr;
    QAction* m_logInteractionAction = nullptr;
    QAction* m_planVisitAction = nullptr;
    QAction* m_cardViewAction = nullptr;
    QAction* m_exportCardAction = nullptr;
    QAction* m_printCardAction = nullptr;
    QAction* m_cardPdfAction = nullptr;
    QAction* m_exportCustomerDataAction = nullptr;
};

} // namespace carddesk::gui
