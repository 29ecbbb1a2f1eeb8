#pragma once

#include "core/User.h"
#include "services/ScoringService.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace carddesk::gui {

// Runs ScoringService::score or ::backtest off the GUI thread, one job at a time. The worker opens its own
// Database connection on the same file (a connection is never shared between threads) and a Session for the same
// user, so the run is scoped exactly as the user's own queries. Signals arrive on the GUI thread.
class ScoringRunner : public QObject
{
    Q_OBJECT

public:
    ScoringRunner(QString databasePath, core::User user, QObject* parent = nullptr);
    // Cancels a running job and waits for it: the worker must not outlive the runner.
    ~ScoringRunner() override;

    // False when a job is already running.
    bool startScoring(const QDate& asOf);
    bool startBacktest(const QDate& calibrationEnd, const QDate& holdoutEnd);
    // Scoring stops at its next check and stores nothing; a backtest cannot be interrupted.
    void cancel();
    bool isRunning() const;
    // Blocks until the running job has finished and its signal was delivered (tests, shutdown).
    void waitForFinished();

signals:
    void progress(int percent, const QString& step);
    void scored(const carddesk::services::ScoringReport& report);
    void backtested(const carddesk::services::BacktestReport& report);
    void cancelled();
    void failed(const QString& message);
    void runningChanged(bool running);

private:
    struct Outcome;
    void start(std::function<std::shared_ptr<Outcome>()> job);
    void onFinished();

    QString m_path;
    core::User m_user;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
};

} // namespace carddesk::gui
