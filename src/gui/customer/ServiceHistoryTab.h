#pragma once

#include "core/TimelineEntry.h"
#include "gui/customer/CardTab.h"

#include <vector>

class QTableView;

namespace carddesk::gui {

class RecordTableModel;

// The card's service history (服务历史): interactions, visits, complaints, orders and card changes on one
// timeline, newest first, with "Log interaction…" and "Plan visit…" (the shell opens those dialogs).
class ServiceHistoryTab : public CardTab
{
    Q_OBJECT

public:
    ServiceHistoryTab(storage::Session& session, StorageWorker* worker, QWidget* parent = nullptr);

    RecordTableModel* model() const { return m_model; }
    static QString kindLabel(const QString& kind);

signals:
    void logInteractionRequested();
    void planVisitRequested();

protected:
    void read(qint64 customerId) override;
    void clear() override;

private:
    void fill(const std::vector<core::TimelineEntry>& entries);

    RecordTableModel* m_model;
    QTableView* m_view;
};

} // namespace carddesk::gui
