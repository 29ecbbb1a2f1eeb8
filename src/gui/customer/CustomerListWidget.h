#pragma once

#include "gui/common/BusyNote.h"

#include <QWidget>

#include <utility>
#include <vector>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace carddesk::storage {
class CustomerListQueries;
class Session;
} // namespace carddesk::storage

namespace carddesk::gui {

class CustomerListModel;
class PageLoader;
class StorageWorker;

// Search-as-you-type (debounced) and filters over the paged customer list. Opening a row (Enter or
// double-click) asks the shell to show the card. Given a StorageWorker (the window's), the list queries on it and
// shows "Loading…" over the table meanwhile; without one it queries on the caller's thread (widget tests).
class CustomerListWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 150;
    static constexpr int BusyDelayMs = BusyNote::DelayMs;

    explicit CustomerListWidget(storage::Session& session, QWidget* parent = nullptr, StorageWorker* worker = nullptr);
    ~CustomerListWidget() override;

    CustomerListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* areaFilter() const { return m_area; }
    QComboBox* ownerFilter() const { return m_owner; }
    QCheckBox* keyOnlyFilter() const { return m_keyOnly; }
    QCheckBox* archivedFilter() const { return m_archived; }
    // The "Loading…" note over the table, shown while the model waits for the worker.
    QLabel* busyIndicator() const { return m_busy; }
    QComboBox* abcFilter() const { return m_abc; }
    QComboBox* riskFilter() const { return m_risk; }
    QComboBox* stageFilter() const { return m_stage; }

    // Runs a pending search now (tests, Enter in the search field).
    void applyFilters();
    void focusSearch();
    void refresh();
    qint64 currentCustomerId() const;
    // The selected rows' customers (id, name), in list order: several may be selected to plan visits at once.
    std::vector<std::pair<qint64, QString>> selectedCustomers() const;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    void openCustomer(qint64 customerId);
    void statusMessage(const QString& message);
    // "Plan visit…" from the list's context menu, for the selected customers.
    void planVisitRequested();

private:
    void updateCount();
    void showBusy(bool loading);
    void afterLoad();
    // The area and rep filters' choices, read on the worker.
    void loadFilterChoices();

    storage::Session& m_session;
    std::unique_ptr<storage::CustomerListQueries> m_queries;
    CustomerListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_area;
    QComboBox* m_owner;
    QCheckBox* m_keyOnly;
    QCheckBox* m_archived;
    QComboBox* m_abc;
    QComboBox* m_risk;
    QComboBox* m_stage;
    QTableView* m_view;
    QLabel* m_count;
    BusyNote* m_busy;
    qint64 m_reselect = 0;           // the customer to select again once a refresh's rows are in
    bool m_focusFirstOnLoad = false; // Enter in the search field: select the first match when it arrives
    QTimer* m_searchTimer;
    PageLoader* m_choices = nullptr;
};

} // namespace carddesk::gui
