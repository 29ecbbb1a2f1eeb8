#pragma once

#include "services/CustomerEquityReport.h"

#include <QGroupBox>

#include <optional>

class QBarSet;
class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class PageLoader;
class StorageWorker;

// Customer equity (客户资产) on the analysis page: the total over the user's scope as of the latest scoring run, a
// table by area, rep, ABC class or lifecycle stage, and the equity at each of the last 12 month ends. Reads on the
// window's StorageWorker (services::CustomerEquityReport), never on the GUI thread.
class EquityPanel : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int TrendMonths = 12;

    enum class Grouping
    {
        Area,
        Rep,
        Abc,
        Stage
    };

    EquityPanel(storage::Session& session, StorageWorker* worker, QWidget* parent = nullptr);

    void reload();
    void setGrouping(Grouping grouping);
    // Scrolls the page this panel sits on (the analysis page's scroll area) to show it whole.
    void scrollIntoView();

    // For tests and screenshots.
    const std::optional<services::EquitySummary>& summary() const { return m_summary; }
    QLabel* totalLabel() const { return m_total; }
    QTableWidget* table() const { return m_table; }
    QBarSet* trendSet() const { return m_trend; }
    PageLoader* loader() const { return m_loader; }

private:
    void show(core::Result<services::EquitySummary> summary);
    void fillTable();
    void buildTrend();
    QString groupName(const services::EquityGroup& group) const;

    PageLoader* m_loader;
    std::optional<services::EquitySummary> m_summary;
    QLabel* m_total;
    QComboBox* m_grouping;
    QTableWidget* m_table;
    QChartView* m_trendView;
    QBarSet* m_trend = nullptr;
    bool m_grouped = false; // the grouping was chosen for the first figures shown
};

} // namespace carddesk::gui
