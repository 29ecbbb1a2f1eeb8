#include "gui/analysis/ScoringRunner.h"

#include "gui/common/ErrorText.h"

#include "gui/common/WorkerConnection.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace carddesk::gui {

struct ScoringRunner::Outcome
{
    bool cancelled = false;
    QString error;
    std::optional<services::ScoringReport> report;
    std::optional<services::BacktestReport> backtest;
};

ScoringRunner::ScoringRunner(QString databasePath, core::User user, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_user(std::move(user))
{
    qRegisterMetaType<services::ScoringReport>("carddesk::services::ScoringReport");
    qRegisterMetaType<services::BacktestReport>("carddesk::services::BacktestReport");
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, &ScoringRunner::onFinished);
}

ScoringRunner::~ScoringRunner()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool ScoringRunner::isRunning() const
{
    return m_watcher.isRunning();
}

void ScoringRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ScoringRunner::waitForFinished()
{
    m_watcher.waitForFinished();
    // The finished signal is queued to this thread: deliver it before returning.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(this);
    QCoreApplication::sendPostedEvents(&m_watcher);
}

void ScoringRunner::start(std::function<std::shared_ptr<Outcome>()> job)
{
    m_watcher.setFuture(QtConcurrent::run(std::move(job)));
    emit runningChanged(true);
}

bool ScoringRunner::startScoring(const QDate& asOf)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // Progress is posted to this object (dropped if it is gone) and only when the whole percent changes.
    QPointer<ScoringRunner> self(this);
    auto lastPercent = std::make_shared<std::atomic<int>>(-1);
    auto report = [self, lastPercent](double fraction, std::string_view step) {
        const int percent = static_cast<int>(fraction * 100.0);
        if (lastPercent->exchange(percent) == percent)
            return;
        const QString text = QString::fromUtf8(step.data(), static_cast<qsizetype>(step.size()));
        QMetaObject::invokeMethod(
            self.data(),
            [self, percent, text] {
                if (self)
                    emit self->progress(percent, text);
            },
            Qt::QueuedConnection);
    };
    start([path = m_path, user = m_user, cancel = m_cancel, report, asOf] {
        auto outcome = std::make_shared<Outcome>();
        auto db = openWorkerConnection(path);
        if (!db) {
            outcome->error = ErrorText::sentence(db.error());
            return outcome;
        }
        storage::Session session(**db, user);
        auto result = services::ScoringService::score(session, asOf, report, cancel.get());
        // A run that finished before it saw the cancel stored its scores: report it as done.
        if (!result && cancel->load())
            outcome->cancelled = true;
        else if (!result)
            outcome->error = ErrorText::sentence(result.error());
        else
            outcome->report = std::move(*result);
        return outcome;
    });
    return true;
}

bool ScoringRunner::startBacktest(const QDate& calibrationEnd, const QDate& holdoutEnd)
{
    if (isRunning())
        return false;
    m_cancel.reset();
    start([path = m_path, user = m_user, calibrationEnd, holdoutEnd] {
        auto outcome = std::make_shared<Outcome>();
        auto db = openWorkerConnection(path);
        if (!db) {
            outcome->error = ErrorText::sentence(db.error());
            return outcome;
        }
        storage::Session session(**db, user);
        auto result = services::ScoringService::backtest(session, calibrationEnd, holdoutEnd);
        if (!result)
            outcome->error = ErrorText::sentence(result.error());
        else
            outcome->backtest = std::move(*result);
        return outcome;
    });
    return true;
}

void ScoringRunner::onFinished()
{
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    emit runningChanged(false);
    if (!outcome)
        return;
    if (outcome->cancelled)
        emit cancelled();
    else if (!outcome->error.isEmpty())
        emit failed(outcome->error);
    else if (outcome->report)
        emit scored(*outcome->report);
    else if (outcome->backtest)
        emit backtested(*outcome->backtest);
}

} // namespace carddesk::gui
