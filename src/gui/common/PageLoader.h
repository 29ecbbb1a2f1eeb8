#pragma once

#include "core/Result.h"
#include "gui/common/BusyNote.h"
#include "gui/common/ChangeFollower.h"
#include "gui/common/DataChanges.h"
#include "gui/common/StorageWorker.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QWidget;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

// How a page reads: load() runs the page's query on the window's StorageWorker and hands the answer back on the GUI
// thread, showing a "Loading…" note over the page meanwhile; only the newest load's answer is shown (a page
// reloaded twice shows the second). Without a worker (widget tests) the query runs at once on the page's session.
// followChanges() reloads the page when a DataChanges announcement touches what it shows; a hidden page only
// marks itself stale and reads again when it is next shown, and changes that come while a load runs make one more
// load after it (a burst of other windows' commits does not queue a read per commit).
class PageLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int BusyDelayMs = BusyNote::DelayMs;

    // The note sits over `busyHost` (the page when null); the loader is the page's child.
    PageLoader(storage::Session& session, StorageWorker* worker, QWidget* page, QWidget* busyHost = nullptr);
    ~PageLoader() override;

    template <typename T>
    void load(std::function<core::Result<T>(storage::Session&)> work, std::function<void(core::Result<T>)> done)
    {
        if (m_follower)
            m_follower->loadStarted();
        const int generation = ++m_generation;
        if (!m_worker) {
            done(work(m_session));
            if (m_follower)
                m_follower->loadFinished();
            return;
        }
        setLoading(true);
        m_worker->run<T>(this, std::move(work), [this, generation, done = std::move(done)](core::Result<T> result) {
            if (generation != m_generation)
                return; // a newer load is out: its answer is the one to show
            setLoading(false);
            done(std::move(result));
            if (m_follower)
                m_follower->loadFinished();
        });
    }

    // Drops the answer of a load still out: the page now shows something else (a card closed meanwhile).
    void cancel();

    // Calls reload() when `changes` announces something touching one of `shown` (see ChangeFollower).
    void followChanges(DataChanges* changes, QList<Entity> shown, std::function<void()> reload);

    bool isLoading() const { return m_loading; }
    // True when a change arrived while the page was hidden: it reads again when shown.
    bool isStale() const { return m_follower && m_follower->isStale(); }
    QLabel* busyIndicator() const { return m_busy; }
    StorageWorker* worker() const { return m_worker; }

signals:
    void loadingChanged(bool loading);

private:
    void setLoading(bool loading);

    storage::Session& m_session;
    StorageWorker* m_worker;
    QPointer<QWidget> m_page;
    BusyNote* m_busy;
    ChangeFollower* m_follower = nullptr;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace carddesk::gui
