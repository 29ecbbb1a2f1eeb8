#include "gui/shell/IntegrityCheckRunner.h"

#include "gui/common/ErrorText.h"

#include "storage/db/Database.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace carddesk::gui {

namespace {
struct CheckOutcome
{
    QStringList problems;
    QString error;
};
} // namespace

IntegrityCheckRunner::IntegrityCheckRunner(QString databasePath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath))
{
}

void IntegrityCheckRunner::start()
{
    auto* watcher = new QFutureWatcher<CheckOutcome>(this);
    connect(watcher, &QFutureWatcher<CheckOutcome>::finished, this, [this, watcher] {
        const CheckOutcome outcome = watcher->result();
        watcher->deleteLater();
        emit finished(outcome.problems, outcome.error);
    });
    const QString path = m_path;
    watcher->setFuture(QtConcurrent::run([path]() {
        storage::Database::Options options;
        options.create = false;
        options.migrate = false;
        options.quickCheck = false;
        CheckOutcome outcome;
        auto db = storage::Database::open(path, options);
        if (!db) {
            outcome.error = ErrorText::sentence(db.error());
            return outcome;
        }
        auto problems = (*db)->quickCheck();
        if (problems)
            outcome.problems = *problems;
        else
            outcome.error = ErrorText::sentence(problems.error());
        return outcome;
    }));
}

} // namespace carddesk::gui
