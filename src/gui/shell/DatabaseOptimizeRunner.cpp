#include "gui/shell/DatabaseOptimizeRunner.h"

#include "gui/common/ErrorText.h"
#include "gui/common/WorkerConnection.h"
#include "storage/access/Session.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <utility>

namespace carddesk::gui {

DatabaseOptimizeRunner::DatabaseOptimizeRunner(QString databasePath, core::User admin, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_admin(std::move(admin))
{
}

void DatabaseOptimizeRunner::measure()
{
    using Outcome = std::pair<storage::FileSpace, QString>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        emit measured(outcome.first, outcome.second);
    });
    watcher->setFuture(QtConcurrent::run([path = m_path]() -> Outcome {
        auto db = openWorkerConnection(path);
        if (!db)
            return {{}, ErrorText::sentence(db.error())};
        auto space = storage::FileSpace::of(**db);
        if (!space)
            return {{}, ErrorText::sentence(space.error())};
        return {*space, QString()};
    }));
}

void DatabaseOptimizeRunner::optimize(bool vacuum)
{
    using Outcome = std::pair<services::OptimizeOutcome, QString>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        emit optimized(outcome.first, outcome.second);
    });
    watcher->setFuture(QtConcurrent::run([path = m_path, admin = m_admin, vacuum]() -> Outcome {
        auto db = openWorkerConnection(path);
        if (!db)
            return {{}, ErrorText::sentence(db.error())};
        storage::Session session(**db, admin);
        auto outcome = services::OfficeMaintenance::optimize(session, vacuum);
        if (!outcome)
            return {{}, ErrorText::sentence(outcome.error())};
        return {*outcome, QString()};
    }));
}

} // namespace carddesk::gui
