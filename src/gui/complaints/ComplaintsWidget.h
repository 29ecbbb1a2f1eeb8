#pragma once

#include "storage/queries/ComplaintQueries.h"

#include <QWidget>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class ComplaintDetailPane;
class ComplaintListModel;
class DataChanges;
class PageLoader;
class StorageWorker;
struct ComplaintsPageData;

// The complaints page (客户投诉): a filter bar (status, overdue, escalated, category, level, rep; a manager's
// "escalated to me" queue), the list with overdue rows highlighted and escalated ones marked, the detail pane
// with the timeline and the allowed moves, and charts of the last 12 months by category and by resolution time.
// Everything it shows is scoped to the user's customers by the storage layer. Given the window's StorageWorker it
// reads there (busy note meanwhile); given its DataChanges it announces its own writes and reloads on others'.
class ComplaintsWidget : public QWidget
{
    Q_OBJECT

public:
    // loadNow = false leaves the page empty until reload(): the main window reads a page's data when it is first
    // shown, so that log-in does not wait for pages nobody opened.
    explicit ComplaintsWidget(storage::Session& session, QWidget* parent = nullptr, bool loadNow = true,
                              StorageWorker* worker = nullptr, DataChanges* changes = nullptr);
    ~ComplaintsWidget() override;

    // Re-reads the list (keeping the selected complaint when it is still listed) and the charts.
    void reload();
    bool newComplaint();
    void editCategories();

    ComplaintListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ComplaintDetailPane* detail() const { return m_detail; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* categoryFilter() const { return m_category; }
    QComboBox* levelFilter() const { return m_level; }
    QComboBox* ownerFilter() const { return m_owner; }
    QCheckBox* overdueFilter() const { return m_overdue; }
    QCheckBox* escalatedFilter() const { return m_escalated; }
    QCheckBox* myQueueFilter() const { return m_myQueue; } // null for reps
    QChartView* categoryChart() const { return m_categoryChart; }
    QChartView* resolutionChart() const { return m_resolutionChart; }
    bool selectComplaint(qint64 complaintId);
    // The filter bar as a filter (the list's and the export's).
    storage::ComplaintFilter currentFilter() const;
    // "Export…": the export dialog for the complaints the filters select.
    void exportList();
    QPushButton* exportButton() const { return m_exportButton; }
    PageLoader* loader() const { return m_loader; }

signals:
    void statusMessage(const QString& message);
    void openCustomer(qint64 customerId);

private:
    void showFilterChoices(const ComplaintsPageData& data);
    void showList(ComplaintsPageData& data);
    void showCharts(const ComplaintsPageData& data);
    void currentChanged();
    // After a write of this page: announced to the window's pages (this one included), else reloaded here.
    void wrote(qint64 complaintId);

    storage::Session& m_session;
    DataChanges* m_changes;
    PageLoader* m_loader;
    ComplaintListModel* m_model;
    QTableView* m_view;
    ComplaintDetailPane* m_detail;
    QComboBox* m_status;
    QComboBox* m_category;
    QComboBox* m_level;
    QComboBox* m_owner;
    QCheckBox* m_overdue;
    QCheckBox* m_escalated;
    QCheckBox* m_myQueue = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_countLabel;
    QChartView* m_categoryChart;
    QChartView* m_resolutionChart;
    bool m_reloading = false;
    bool m_choicesLoaded = false; // the category and rep choices: read with the first load, again after editing
    qint64 m_select = 0;          // the complaint to select once the next load is in (a new one)
};

} // namespace carddesk::gui
