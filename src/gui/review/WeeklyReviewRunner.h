#pragma once

#include "core/Error.h"
#include "core/User.h"
#include "report/WeeklyReportExport.h"
#include "services/WeeklyReview.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace carddesk::gui {

// Reads the weekly review (the report with its comparisons, or the records behind one figure) and writes review
// notes off the GUI thread, one job at a time: the worker opens its own Database connection on the same file and a
// Session for the same user, as ScoringRunner does. A request made while a job runs waits for it (the latest
// request of each kind wins; a waiting note is written before the reads). Signals arrive on the GUI thread.
class WeeklyReviewRunner : public QObject
{
    Q_OBJECT

public:
    WeeklyReviewRunner(QString databasePath, core::User user, QObject* parent = nullptr);
    // Waits for a running job: the worker must not outlive the runner.
    ~WeeklyReviewRunner() override;

    void loadReport(const services::ReviewPeriod& period, const QString& areaName);
    void loadRecords(storage::WeeklyFigure figure, qint64 repId, const services::ReviewPeriod& period);
    void markReviewed(qint64 repId, const services::ReviewPeriod& period, const QString& comment);
    // Renders a report the page already holds into `path` and records the export (no figure is read again).
    void exportReport(const services::WeeklyReport& loaded, report::WeeklyReportExport::Format format,
                      const QString& path);
    // Records in the access log that the report was printed.
    void recordPrint(const services::WeeklyReport& report);
    bool isRunning() const;
    // Blocks until no job is running or waiting and their signals were delivered (tests, screenshots).
    void waitForFinished();

signals:
    void reportLoaded(const carddesk::services::WeeklyReport& report);
    void recordsLoaded(carddesk::storage::WeeklyFigure figure, qint64 repId,
                       const std::vector<carddesk::storage::WeeklyRecord>& records);
    void reviewSaved(qint64 repId);
    void failed(const QString& message);
    void exported(const QString& path);
    void exportFailed(const carddesk::core::Error& error, const QString& path);
    void runningChanged(bool running);

private:
    struct Outcome;
    using Job = std::function<std::shared_ptr<Outcome>()>;
    void request(std::optional<Job>& slot, Job job);
    void start(Job job);
    void onFinished();

    QString m_path;
    core::User m_user;
    bool m_running = false;
    std::optional<Job> m_pendingReview;
    std::optional<Job> m_pendingReport;
    std::optional<Job> m_pendingRecords;
    std::optional<Job> m_pendingExport;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
};

} // namespace carddesk::gui
