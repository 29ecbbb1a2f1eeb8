#pragma once

#include "core/Result.h"
#include "core/User.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

// One thread with its own Database connection and Session on the window's file, where pages run their queries
// so the GUI thread never waits on SQLite (a connection is never shared between threads). Jobs run one after
// another in the order posted; each result comes back on the GUI thread and is dropped when its receiver is
// gone. The same connection polls PRAGMA data_version, which moves when any other connection commits (this
// window's own writes, another CardDesk window, carddesk-cli), and says so with databaseChanged().
class StorageWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPollMs = 1000;

    StorageWorker(QString databasePath, core::User user, QObject* parent = nullptr);
    // Waits for the running job: the thread must not outlive the worker.
    ~StorageWorker() override;

    // Runs work(session) on the worker thread, then done(result) on this object's thread if receiver still
    // exists. A connection that cannot be opened gives done() its error.
    template <typename T>
    void run(QObject* receiver, std::function<core::Result<T>(storage::Session&)> work,
             std::function<void(core::Result<T>)> done)
    {
        QPointer<QObject> target(receiver);
        post([this, target, work = std::move(work), done = std::move(done)](storage::Session* session,
                                                                            const core::Error* openError) {
            auto result = std::make_shared<core::Result<T>>(session ? work(*session) : core::Result<T>(*openError));
            // Back to this object's thread; the receiver is checked there, where it can only be deleted.
            QMetaObject::invokeMethod(
                this,
                [target, done, result] {
                    if (target)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

    // Milliseconds between data_version polls; 0 stops polling.
    void setPollInterval(int ms);
    // Every job first sleeps this long: the tests that prove the window keeps painting while a query runs.
    static void setTestDelay(int ms);

signals:
    // Another connection committed to the file since the last poll: what is shown may be out of date.
    void databaseChanged();

private:
    class Context;
    using Job = std::function<void(storage::Session* session, const core::Error* openError)>;
    void post(Job job);

    QThread m_thread;
    Context* m_context;
};

} // namespace carddesk::gui
