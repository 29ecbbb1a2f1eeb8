#pragma once

#include "core/Result.h"
#include "services/VisitSuggestions.h"

#include <QWidget>

#include <utility>
#include <vector>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace carddesk::gui {

// The week's visit suggestions beside the calendar, grouped by region so that a day's route stays in one place:
// each region with its own "Plan" button for all its customers, and "Plan selected…" for a hand-picked few.
class VisitSuggestionPanel : public QWidget
{
    Q_OBJECT

public:
    // Rows shown at most: a rep of a large office may have thousands; nobody plans a week from more.
    static constexpr int kShownAtMost = 1000;

    explicit VisitSuggestionPanel(QWidget* parent = nullptr);

    void setSuggestions(const core::Result<services::VisitSuggestionList>& list);
    int days() const;
    QTreeWidget* tree() const { return m_tree; }
    QSpinBox* daysField() const { return m_days; }
    QPushButton* planSelectedButton() const { return m_planSelected; }
    // The customers (id, name) of the selected rows; a selected region stands for all its customers.
    std::vector<std::pair<qint64, QString>> selectedCustomers() const;
    // The customers of one region's group.
    std::vector<std::pair<qint64, QString>> regionCustomers(int regionRow) const;
    // The text of the reasons a suggestion meets, in the user's language.
    static QString reasonText(const storage::VisitSuggestionRow& row);

signals:
    void planRequested(const std::vector<std::pair<qint64, QString>>& customers);
    void daysChanged(int days);
    void openCustomer(qint64 customerId);

private:
    QLabel* m_title;
    QSpinBox* m_days;
    QTreeWidget* m_tree;
    QLabel* m_note;
    QPushButton* m_planSelected;
};

} // namespace carddesk::gui
