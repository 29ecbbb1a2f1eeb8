#include "gui/common/PageLoader.h"

#include <QWidget>

namespace carddesk::gui {

PageLoader::PageLoader(storage::Session& session, StorageWorker* worker, QWidget* page, QWidget* busyHost)
    : QObject(page), m_session(session), m_worker(worker), m_page(page),
      m_busy(new BusyNote(busyHost ? busyHost : page))
{
    m_busy->setObjectName(QStringLiteral("pageBusyIndicator"));
}

PageLoader::~PageLoader() = default;

void PageLoader::followChanges(DataChanges* changes, QList<Entity> shown, std::function<void()> reload)
{
    if (changes)
        m_follower = new ChangeFollower(m_page, changes, std::move(shown), std::move(reload));
}

void PageLoader::cancel()
{
    ++m_generation;
    if (!m_loading)
        return;
    setLoading(false);
    if (m_follower)
        m_follower->loadFinished();
}

void PageLoader::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    if (loading)
        m_busy->started();
    else
        m_busy->finished();
    emit loadingChanged(loading);
}

} // namespace carddesk::gui
