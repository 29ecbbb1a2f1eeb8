#pragma once

#include "core/VisitPlanEntry.h"

#include <QDate>
#include <QWidget>

#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class DataChanges;
class PageLoader;
class StorageWorker;
class VisitListModel;
class VisitSuggestionPanel;
class VisitWeekView;
struct VisitsPageData;

// The Visits page (拜访, issue 14): a rep's week as a calendar (seven day columns, Monday first, today marked) or as
// a list filtered by status, the planned visits of earlier days that are still open, and the week's suggestions by
// region with "Plan" buttons. A visit is completed with its result, next step and follow-up in one dialog
// (VisitOutcomeDialog) or cancelled with a reason. Managers and the administrator see their own week and may pick
// a rep they can see. Read in one job on the window's worker; writes are announced through DataChanges.
class VisitsPage : public QWidget
{
    Q_OBJECT

public:
    VisitsPage(storage::Session& session, StorageWorker* worker, DataChanges* changes, QWidget* parent = nullptr);
    ~VisitsPage() override;

    // Reads the shown week again (off the GUI thread); the page keeps its rows until the answer is in.
    void reload();
    // Shows the week holding `day`.
    void showWeek(const QDate& day);
    QDate monday() const { return m_monday; }
    bool isLoading() const;
    void setListMode(bool list);
    bool isListMode() const;
    // Whose week: the session's user or the rep picked.
    qint64 repId() const { return m_repId; }
    void setRep(qint64 userId);

    // The selected visit (calendar or list), or nullptr.
    const core::VisitPlanEntry* selectedVisit() const;
    bool selectVisit(qint64 visitId);

    // The actions; false when nothing applies or the user cancelled.
    bool completeSelected();
    bool cancelSelected();
    bool planCustomers(const std::vector<std::pair<qint64, QString>>& customers);

    VisitWeekView* weekView() const { return m_week; }
    QTableView* listView() const { return m_listView; }
    VisitListModel* listModel() const { return m_listModel; }
    VisitSuggestionPanel* suggestions() const { return m_suggestions; }
    QComboBox* repPicker() const { return m_rep; }
    QComboBox* statusFilter() const { return m_status; }
    QLabel* weekTitle() const { return m_weekTitle; }

signals:
    void openCustomer(qint64 customerId);
    void statusMessage(const QString& message);
    // The week was read and shown.
    void loaded();

private:
    void showData(VisitsPageData data);
    void loadReps();
    void updateButtons();
    void afterWrite(const QString& message, bool interaction);

    storage::Session& m_session;
    DataChanges* m_changes;
    PageLoader* m_loader;
    PageLoader* m_repLoader;
    QLabel* m_weekTitle;
    QComboBox* m_rep;
    QToolButton* m_weekMode;
    QToolButton* m_listMode;
    QComboBox* m_status;
    QLabel* m_summary;
    QStackedWidget* m_views;
    VisitWeekView* m_week;
    QTableView* m_listView;
    VisitListModel* m_listModel;
    VisitSuggestionPanel* m_suggestions;
    QPushButton* m_open;
    QPushButton* m_complete;
    QPushButton* m_cancel;
    QDate m_monday;
    qint64 m_repId;
    bool m_repsLoaded = false;
};

} // namespace carddesk::gui
