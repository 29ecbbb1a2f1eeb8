#pragma once

#include "services/ScoringService.h"
#include "storage/scores/ScoreRepository.h"

#include <QWidget>

#include <optional>

class QBarSet;
class QChartView;
class QLabel;
class QLineSeries;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

class DataChanges;
class EquityPanel;
class PageLoader;
class SatisfactionPanel;
class ScoringRunner;
class StorageWorker;

// The analysis page: the ABC Pareto curve, RFM segment sizes, the P(alive) distribution and the model's fit
// (BG/NBD and Gamma-Gamma parameters, a backtest on demand), all over the scores in the user's scope. Without
// scores it says so and offers the rescoring action. Given the window's StorageWorker it reads there (busy note
// meanwhile); given its DataChanges it reloads when the scores change.
class AnalysisWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int BacktestHoldoutWeeks = 26;

    // loadNow = false leaves the page empty until reload(): the main window reads a page's data when it is first
    // shown, so that log-in does not wait for pages nobody opened.
    explicit AnalysisWidget(storage::Session& session, QWidget* parent = nullptr, bool loadNow = true,
                            StorageWorker* worker = nullptr, DataChanges* changes = nullptr);
    ~AnalysisWidget() override;

    // Re-reads the scores (after a rescoring run, or when the page is shown).
    void reload();
    bool hasScores() const { return m_overview.has_value() && m_overview->scored > 0; }
    // Starts a backtest off the GUI thread: calibration ends 26 weeks before the as-of date, the holdout at it.
    bool runBacktest();

    // For tests and screenshots.
    const std::optional<storage::ScoreOverview>& overview() const { return m_overview; }
    const std::optional<storage::ScoreRunInfo>& run() const { return m_run; }
    QLineSeries* paretoSeries() const { return m_pareto; }
    QBarSet* segmentSet() const { return m_segments; }
    QBarSet* pAliveSet() const { return m_pAlive; }
    QStringList segmentCategories() const { return m_segmentCodes; }
    QLabel* fitLabel() const { return m_fit; }
    QLabel* backtestLabel() const { return m_backtest; }
    QPushButton* backtestButton() const { return m_backtestButton; }
    ScoringRunner* backtestRunner() const { return m_runner; }
    PageLoader* loader() const { return m_loader; }
    EquityPanel* equityPanel() const { return m_equity; }
    SatisfactionPanel* satisfactionPanel() const { return m_satisfaction; }
    // Scrolls the page to the satisfaction-loyalty matrix (now, and again once it is read).
    void showSatisfaction();

signals:
    void rescoreRequested();
    void openCustomer(qint64 customerId);
    void statusMessage(const QString& message);

private:
    void showScores(std::optional<storage::ScoreOverview> overview, std::optional<storage::ScoreRunInfo> run,
                    const QString& error);
    void buildCharts();
    void showFit();
    void showBacktest(const services::BacktestReport& report);

    storage::Session& m_session;
    PageLoader* m_loader;
    ScoringRunner* m_runner;
    std::optional<storage::ScoreOverview> m_overview;
    std::optional<storage::ScoreRunInfo> m_run;
    QStackedWidget* m_stack;
    QLabel* m_emptyLabel;
    QLabel* m_header;
    QChartView* m_paretoView;
    QChartView* m_segmentView;
    QChartView* m_pAliveView;
    QLineSeries* m_pareto = nullptr;
    QBarSet* m_segments = nullptr;
    QBarSet* m_pAlive = nullptr;
    QStringList m_segmentCodes;
    QLabel* m_fit;
    QLabel* m_backtest;
    QPushButton* m_backtestButton;
    EquityPanel* m_equity; // customer equity, its own reads
    QScrollArea* m_scroll = nullptr;
    SatisfactionPanel* m_satisfaction = nullptr;
    bool m_scrollToSatisfaction = false;
};

} // namespace carddesk::gui
