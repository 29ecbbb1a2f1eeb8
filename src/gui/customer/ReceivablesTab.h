#pragma once

#include "core/Receivable.h"
#include "gui/customer/CardTab.h"

#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace carddesk::gui {

class RecordTableModel;

// The card's receivables (应收账款): each invoice with what is paid and open, overdue ones in red, and the open
// and overdue sums above (the tab's title warns when something is overdue); "Record payment…" on the selected one.
class ReceivablesTab : public CardTab
{
    Q_OBJECT

public:
    ReceivablesTab(storage::Session& session, StorageWorker* worker, QWidget* parent = nullptr);

    RecordTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* paymentButton() const { return m_payButton; }
    void setCustomerName(const QString& name) { m_customerName = name; }

    // The payment dialog for the selected receivable; true when a payment was recorded.
    bool recordPayment();

signals:
    // A payment was recorded (receivable ids): the card announces it on DataChanges.
    void receivablesChanged(const QList<qint64>& ids);

protected:
    void read(qint64 customerId) override;
    void clear() override;

private:
    void fill(const std::vector<core::Receivable>& receivables);
    const core::Receivable* selected() const;
    void updateActions();

    RecordTableModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_payButton;
    std::vector<core::Receivable> m_rows;
    QString m_customerName;
};

} // namespace carddesk::gui
