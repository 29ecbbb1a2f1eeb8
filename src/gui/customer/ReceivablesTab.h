#pragma once

#include "core/Receivable.h"
#include "gui/customer/CardTab.h"

#include <vector>

class QLabel;
class QTableView;

namespace carddesk::gui {

class RecordTableModel;

// The card's receivables (应收账款): each invoice with what is paid and open, overdue ones in red, and the open
// and overdue sums above (the tab's title warns when something is overdue).
class ReceivablesTab : public CardTab
{
    Q_OBJECT

public:
    ReceivablesTab(storage::Session& session, StorageWorker* worker, QWidget* parent = nullptr);

    RecordTableModel* model() const { return m_model; }

protected:
    void read(qint64 customerId) override;
    void clear() override;

private:
    void fill(const std::vector<core::Receivable>& receivables);

    RecordTableModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
};

} // namespace carddesk::gui
