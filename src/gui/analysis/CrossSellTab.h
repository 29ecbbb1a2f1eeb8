#pragma once

#include "gui/customer/CardTab.h"
#include "services/CrossSellService.h"

class QLabel;
class QPushButton;
class QTableView;

namespace carddesk::gui {

class RecordTableModel;

// The card's "Suggested products" (推荐产品): products this customer neither holds nor has bought, each with the
// best association rule that suggests it ("customers who hold X also buy Y: lift 3.2"); below the list, the chosen
// one's confidence and support in plain words (how often, how many). Read off the GUI thread through
// services::CrossSellService (the office's rules, mined once per process while the office's products and orders stay
// the same). "Customers to offer it to…" opens the list of the user's customers who hold what goes with the chosen
// product.
class CrossSellTab : public CardTab
{
    Q_OBJECT

public:
    CrossSellTab(storage::Session& session, StorageWorker* worker, QWidget* parent = nullptr);

    RecordTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* targetsButton() const { return m_targets; }
    const std::vector<services::CrossSellSuggestion>& suggestions() const { return m_suggestions; }
    QString noteText() const;
    // The chosen suggestion in plain words: how often (confidence, lift) and how many (support).
    QString detailsText() const;

    // Opens the list of customers to offer the selected suggestion's product to.
    void showTargets();

signals:
    void openCustomer(qint64 customerId);

protected:
    // Reads only while the tab can be seen: the first read of a session mines the whole office's rules (seconds at
    // a million customers) on the window's worker, so a card opened without looking at this tab costs nothing.
    void read(qint64 customerId) override;
    void clear() override;
    bool event(QEvent* event) override;

private:
    void fill(const std::vector<services::CrossSellSuggestion>& suggestions, const QString& error);
    void showDetails();

    StorageWorker* m_worker;
    RecordTableModel* m_model;
    QTableView* m_view;
    QLabel* m_note;
    QLabel* m_details;
    QPushButton* m_targets;
    std::vector<services::CrossSellSuggestion> m_suggestions;
    bool m_readWhenShown = false; // a read deferred while the tab was hidden
};

} // namespace carddesk::gui
