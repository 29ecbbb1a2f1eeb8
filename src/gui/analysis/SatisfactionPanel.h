#pragma once

#include "analytics/SatisfactionLoyalty.h"
#include "services/SatisfactionMatrix.h"

#include <QGroupBox>

#include <array>
#include <optional>

class QLabel;
class QTableView;
class QToolButton;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class DataChanges;
class PageLoader;
class RecordTableModel;
class StorageWorker;

// The analysis page's satisfaction-loyalty matrix (满意度与忠诚度矩阵, seeds 000/003/004): the customers in the
// user's scope who were asked (a survey, or the satisfaction after a closed complaint) placed by their combined
// satisfaction against their repeat buying (the lifecycle stage and repeat purchases the scoring keeps), with each
// cell's count; a cell chosen lists its customers, a double-click opens the card. Read off the GUI thread.
class SatisfactionPanel : public QGroupBox
{
    Q_OBJECT

public:
    SatisfactionPanel(storage::Session& session, QWidget* parent = nullptr, StorageWorker* worker = nullptr,
                      DataChanges* changes = nullptr);

    void reload();
    void selectCell(analytics::SatisfactionCell cell);

    // The cell's name and what to do about its customers, in the user's language.
    static QString cellName(analytics::SatisfactionCell cell);
    static QString cellAdvice(analytics::SatisfactionCell cell);

    // For tests and screenshots.
    PageLoader* loader() const { return m_loader; }
    const std::optional<services::SatisfactionMatrixReport>& report() const { return m_report; }
    std::optional<analytics::SatisfactionCell> selectedCell() const { return m_selected; }
    QToolButton* cellButton(analytics::SatisfactionCell cell) const { return m_cells[static_cast<std::size_t>(cell)]; }
    RecordTableModel* customerModel() const { return m_model; }
    QTableView* customerView() const { return m_view; }
    QLabel* summaryLabel() const { return m_summary; }

signals:
    void openCustomer(qint64 customerId);
    void loaded();

private:
    void show(core::Result<services::SatisfactionMatrixReport> report);
    void fillCustomers();

    PageLoader* m_loader;
    std::optional<services::SatisfactionMatrixReport> m_report;
    std::optional<analytics::SatisfactionCell> m_selected;
    std::array<QToolButton*, analytics::kSatisfactionCells> m_cells{};
    QLabel* m_summary;
    QLabel* m_cellNote;
    RecordTableModel* m_model;
    QTableView* m_view;
};

} // namespace carddesk::gui
