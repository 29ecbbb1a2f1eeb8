#pragma once

#include "core/AuditEntry.h"
#include "gui/customer/CardTab.h"

#include <vector>

class QLabel;
class QTableView;

namespace carddesk::gui {

class RecordTableModel;

// The card's change history from the audit trail (who changed which field from what to what). Only for those
// the storage lets read it: otherwise the tab says it is not available and the card hides it.
class ChangeHistoryTab : public CardTab
{
    Q_OBJECT

public:
    ChangeHistoryTab(storage::Session& session, StorageWorker* worker, QWidget* parent = nullptr);

    RecordTableModel* model() const { return m_model; }
    QLabel* emptyNote() const { return m_empty; }

protected:
    void read(qint64 customerId) override;
    void clear() override;

private:
    void fill(const std::vector<core::AuditEntry>& entries);

    RecordTableModel* m_model;
    QTableView* m_view;
    QLabel* m_empty;
};

} // namespace carddesk::gui
