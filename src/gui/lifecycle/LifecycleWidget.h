#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QChartView;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QToolButton;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class DataChanges;
class PageLoader;
class StageCustomerModel;
class StorageWorker;
struct LifecyclePageData;

// The lifecycle page (客户生命周期): the seven stages side by side (customers, 12-month revenue and CLV in the
// user's scope; a click lists the stage's customers by value), the stage counts month by month, the last seven
// days' moves into decline, lost and won back with the rule behind each, and the win-back queue with "Plan
// visit…" and "Log call…" on the selected row. Given the window's StorageWorker it reads there (busy note meanwhile);
// given its DataChanges it announces the visits and calls it stores and reloads when stages or scores change.
class LifecycleWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Months = 24;

    // loadNow = false leaves the page empty until reload(): the main window reads a page's data when it is first
    // shown, so that log-in does not wait for pages nobody opened.
    explicit LifecycleWidget(storage::Session& session, QWidget* parent = nullptr, bool loadNow = true,
                             StorageWorker* worker = nullptr, DataChanges* changes = nullptr);
    ~LifecycleWidget() override;

    void reload();
    // Lists the customers of `stage` (highest value first) under the stage cards.
    void showStage(const QString& stage);
    QString currentStage() const { return m_stage; }

    QToolButton* stageButton(const QString& stage) const;
    qint64 stageCount(const QString& stage) const;
    StageCustomerModel* stageModel() const { return m_stageModel; }
    StageCustomerModel* winBackModel() const { return m_winBackModel; }
    QTableView* stageView() const { return m_stageView; }
    QTableView* winBackView() const { return m_winBackView; }
    QTableWidget* transitions() const { return m_transitions; }
    QChartView* monthlyChart() const { return m_chart; }
    // The page's load (stages, chart, moves, win-back queue) and the stage list's.
    PageLoader* loader() const { return m_loader; }
    PageLoader* stageLoader() const { return m_stageLoader; }

    // The row actions of the win-back queue, on its row `row`; true when something was stored.
    bool planVisit(int row);
    bool logCall(int row);

signals:
    void openCustomer(qint64 customerId);
    void statusMessage(const QString& message);
    void interactionLogged(qint64 customerId);

private:
    void showSummary(const LifecyclePageData& data);
    void showChart(const LifecyclePageData& data);
    void showTransitions(const LifecyclePageData& data);
    void showWinBack(LifecyclePageData& data);

    storage::Session& m_session;
    DataChanges* m_changes;
    PageLoader* m_loader;
    PageLoader* m_stageLoader;
    QString m_stage;
    std::vector<QToolButton*> m_stageButtons;
    std::vector<qint64> m_counts;
    bool m_neverScored = false; // no scoring run in the office yet: the boxes and the list say so
    QLabel* m_stageTitle;
    StageCustomerModel* m_stageModel;
    StageCustomerModel* m_winBackModel;
    QTableView* m_stageView;
    QTableView* m_winBackView;
    QTableWidget* m_transitions;
    QChartView* m_chart;
    QPushButton* m_planVisit;
    QPushButton* m_logCall;
};

} // namespace carddesk::gui
