#pragma once

#include "core/CollectionItem.h"
#include "gui/common/DataChanges.h"
#include "gui/common/StorageWorker.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class PageLoader;
class RecordTableModel;

// The collections plan (收款计划): the open receivables of the user's scope, most urgent first (services::
// CollectionsPlan: long overdue and weak credit first, then by due date and amount), with "Record payment…" on the
// chosen one and the card a double-click away. Read off the GUI thread; follows receivables and customers changes.
class CollectionsWidget : public QWidget
{
    Q_OBJECT

public:
    CollectionsWidget(storage::Session& session, StorageWorker* worker, DataChanges* changes,
                      QWidget* parent = nullptr);

    void reload();
    RecordTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QCheckBox* overdueOnly() const { return m_overdueOnly; }
    QPushButton* paymentButton() const { return m_payButton; }
    QString summaryText() const;
    const std::vector<core::CollectionItem>& items() const { return m_items; }
    PageLoader* loader() const { return m_loader; }

    // The payment dialog for the chosen receivable; true when a payment was recorded.
    bool recordPayment();

    // High, Medium, Low in the user's language.
    static QString priorityText(core::CollectionPriority priority);

signals:
    void loaded();
    void openCustomer(qint64 customerId);
    void statusMessage(const QString& message);

private:
    void fill(const std::vector<core::CollectionItem>& items);
    const core::CollectionItem* selected() const;
    void updateActions();

    storage::Session& m_session;
    DataChanges* m_changes;
    PageLoader* m_loader;
    RecordTableModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QCheckBox* m_overdueOnly;
    QPushButton* m_payButton;
    QPushButton* m_openButton;
    std::vector<core::CollectionItem> m_items;
};

} // namespace carddesk::gui
