#include "gui/review/WeeklyReviewRunner.h"

#include "gui/common/WorkerConnection.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace carddesk::gui {

struct WeeklyReviewRunner::Outcome
{
    QString error;
    std::optional<services::WeeklyReport> report;
    std::optional<std::vector<storage::WeeklyRecord>> records;
    bool reviewSaved = false;
    bool quiet = false; // a print recorded: nothing to show
    QString exportPath;
    std::optional<core::Error> exportError;
    storage::WeeklyFigure figure = storage::WeeklyFigure::Interactions;
    qint64 repId = 0;
};

WeeklyReviewRunner::WeeklyReviewRunner(QString databasePath, core::User user, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_user(std::move(user))
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, &WeeklyReviewRunner::onFinished);
}

WeeklyReviewRunner::~WeeklyReviewRunner()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool WeeklyReviewRunner::isRunning() const
{
    return m_running;
}

void WeeklyReviewRunner::waitForFinished()
{
    while (m_running) {
        m_watcher.waitForFinished();
        // The finished signal is queued to this thread: deliver it (it may start the waiting job).
        QCoreApplication::sendPostedEvents(&m_watcher);
        QCoreApplication::sendPostedEvents(this);
        QCoreApplication::processEvents();
    }
}

void WeeklyReviewRunner::start(Job job)
{
    const bool wasRunning = m_running;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(std::move(job)));
    if (!wasRunning)
        emit runningChanged(true);
}

void WeeklyReviewRunner::request(std::optional<Job>& slot, Job job)
{
    if (m_running)
        slot = std::move(job);
    else
        start(std::move(job));
}

void WeeklyReviewRunner::loadReport(const services::ReviewPeriod& period, const QString& areaName)
{
    request(m_pendingReport, [path = m_path, user = m_user, period, areaName] {
        auto outcome = std::make_shared<Outcome>();
        auto db = openWorkerConnection(path);
        if (!db) {
            outcome->error = db.error().message;
            return outcome;
        }
        storage::Session session(**db, user);
        auto report = services::WeeklyReview(session).build(period, areaName, true);
        if (!report)
            outcome->error = report.error().message;
        else
            outcome->report = std::move(*report);
        return outcome;
    });
}

void WeeklyReviewRunner::loadRecords(storage::WeeklyFigure figure, qint64 repId, const services::ReviewPeriod& period)
{
    request(m_pendingRecords, [path = m_path, user = m_user, figure, repId, period] {
        auto outcome = std::make_shared<Outcome>();
        outcome->figure = figure;
        outcome->repId = repId;
        auto db = openWorkerConnection(path);
        if (!db) {
            outcome->error = db.error().message;
            return outcome;
        }
        storage::Session session(**db, user);
        auto records = services::WeeklyReview(session).drillDown(figure, repId, period);
        if (!records)
            outcome->error = records.error().message;
        else
            outcome->records = std::move(*records);
        return outcome;
    });
}

void WeeklyReviewRunner::markReviewed(qint64 repId, const services::ReviewPeriod& period, const QString& comment)
{
    request(m_pendingReview, [path = m_path, user = m_user, repId, period, comment] {
        auto outcome = std::make_shared<Outcome>();
        outcome->repId = repId;
        auto db = openWorkerConnection(path);
        if (!db) {
            outcome->error = db.error().message;
            return outcome;
        }
        storage::Session session(**db, user);
        auto saved = services::WeeklyReview(session).markReviewed(repId, period, comment);
        if (!saved)
            outcome->error = saved.error().message;
        else
            outcome->reviewSaved = true;
        return outcome;
    });
}

void WeeklyReviewRunner::exportReport(const services::WeeklyReport& loaded, report::WeeklyReportExport::Format format,
                                      const QString& path)
{
    request(m_pendingExport, [path = m_path, user = m_user, loaded, format, target = path] {
        auto outcome = std::make_shared<Outcome>();
        outcome->exportPath = target;
        auto db = openWorkerConnection(path);
        if (!db) {
            outcome->exportError = db.error();
            return outcome;
        }
        storage::Session session(**db, user);
        if (auto written = carddesk::report::WeeklyReportExport::write(session, loaded, format, target); !written)
            outcome->exportError = written.error();
        return outcome;
    });
}

void WeeklyReviewRunner::recordPrint(const services::WeeklyReport& report)
{
    request(m_pendingExport, [path = m_path, user = m_user, report] {
        auto outcome = std::make_shared<Outcome>();
        outcome->quiet = true;
        auto db = openWorkerConnection(path);
        if (!db) {
            outcome->error = db.error().message;
            return outcome;
        }
        storage::Session session(**db, user);
        if (auto recorded = services::WeeklyReview(session).recordExport(report, QStringLiteral("print"), {}, true);
            !recorded)
            outcome->error = recorded.error().message;
        return outcome;
    });
}

void WeeklyReviewRunner::onFinished()
{
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    // A report asked for meanwhile supersedes the one just read (another period or area).
    const bool superseded = outcome && outcome->report && m_pendingReport;
    std::optional<Job> next;
    for (std::optional<Job>* slot : {&m_pendingReview, &m_pendingExport, &m_pendingReport, &m_pendingRecords}) {
        if (*slot) {
            next = std::move(**slot);
            slot->reset();
            break;
        }
    }
    if (next) {
        start(std::move(*next));
    } else {
        m_running = false;
        emit runningChanged(false);
    }
    if (!outcome || superseded)
        return;
    if (outcome->exportError)
        emit exportFailed(*outcome->exportError, outcome->exportPath);
    else if (!outcome->exportPath.isEmpty())
        emit exported(outcome->exportPath);
    else if (!outcome->error.isEmpty())
        emit failed(outcome->error);
    else if (outcome->quiet)
        return;
    else if (outcome->report)
        emit reportLoaded(*outcome->report);
    else if (outcome->records)
        emit recordsLoaded(outcome->figure, outcome->repId, *outcome->records);
    else if (outcome->reviewSaved)
        emit reviewSaved(outcome->repId);
}

} // namespace carddesk::gui
