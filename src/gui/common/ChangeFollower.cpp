#include "gui/common/ChangeFollower.h"

#include <QEvent>
#include <QWidget>

#include <algorithm>

namespace carddesk::gui {

ChangeFollower::ChangeFollower(QWidget* page, DataChanges* changes, QList<Entity> shown, std::function<void()> reload)
    : QObject(page), m_page(page), m_shown(std::move(shown)), m_reload(std::move(reload))
{
    if (changes)
        connect(changes, &DataChanges::changed, this, [this](Entity entity) { changed(entity); });
    m_page->installEventFilter(this);
}

void ChangeFollower::loadStarted()
{
    m_loadedOnce = true;
    m_loading = true;
    m_stale = false;
    m_changedWhileLoading = false; // this load starts after those changes: it reads them
}

void ChangeFollower::loadFinished()
{
    m_loading = false;
    if (!m_changedWhileLoading)
        return;
    m_changedWhileLoading = false;
    if (pageShown())
        m_reload();
    else
        m_stale = true;
}

void ChangeFollower::changed(Entity entity)
{
    const bool touched = std::any_of(m_shown.begin(), m_shown.end(),
                                     [entity](Entity shown) { return DataChanges::touches(entity, shown); });
    if (!touched || !m_loadedOnce)
        return; // a page never shown reads when it first is
    if (!pageShown())
        m_stale = true;
    else if (m_loading)
        m_changedWhileLoading = true;
    else
        m_reload();
}

bool ChangeFollower::eventFilter(QObject* watched, QEvent* event)
{
    // ShowToParent comes when the window's page stack makes the page current, even before the window is shown.
    if (watched == m_page && event->type() == QEvent::ShowToParent && m_stale)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_stale)
                    m_reload();
            },
            Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

bool ChangeFollower::pageShown() const
{
    return m_page && m_page->isVisibleTo(m_page->window());
}

} // namespace carddesk::gui
