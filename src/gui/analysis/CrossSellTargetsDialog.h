#pragma once

#include "services/CrossSellService.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class PageLoader;
class RecordTableModel;
class StorageWorker;

// The customers to offer one product to (交叉销售对象): the user's own customers (a manager's area, the whole
// office for the administrator) who hold a product that goes with it and do not have it, best rule first; read
// off the GUI thread. Double-clicking a customer opens their card.
class CrossSellTargetsDialog : public QDialog
{
    Q_OBJECT

public:
    CrossSellTargetsDialog(storage::Session& session, StorageWorker* worker, storage::CrossSellProduct product,
                           QWidget* parent = nullptr);

    RecordTableModel* model() const { return m_model; }
    PageLoader* loader() const { return m_loader; }
    QString summaryText() const;

signals:
    void openCustomer(qint64 customerId);

private:
    void fill(const core::Result<services::CrossSellTargets>& found);

    storage::CrossSellProduct m_product;
    PageLoader* m_loader;
    QLabel* m_summary;
    RecordTableModel* m_model;
    QTableView* m_view;
};

} // namespace carddesk::gui
