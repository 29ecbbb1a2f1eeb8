#include "gui/common/PageLoader.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QWidget>

namespace carddesk::gui {

PageLoader::PageLoader(storage::Session& session, StorageWorker* worker, QWidget* page, QWidget* busyHost)
    : QObject(page), m_session(session), m_worker(worker), m_page(page), m_busyHost(busyHost ? busyHost : page),
      m_busy(new QLabel(tr("Loading…"), m_busyHost)), m_busyDelay(new QTimer(this))
{
    m_busy->setObjectName(QStringLiteral("pageBusyIndicator"));
    m_busy->setAlignment(Qt::AlignCenter);
    m_busy->setAutoFillBackground(true);
    m_busy->setFrameShape(QFrame::StyledPanel);
    m_busy->setContentsMargins(12, 4, 12, 4);
    m_busy->hide();
    // After a short delay, so that a quick answer does not flicker.
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(BusyDelayMs);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        placeBusy();
        m_busy->show();
        m_busy->raise();
    });
    m_busyHost->installEventFilter(this);
}

PageLoader::~PageLoader() = default;

void PageLoader::followChanges(DataChanges* changes, QList<Entity> shown, std::function<void()> reload)
{
    if (changes)
        m_follower = new ChangeFollower(m_page, changes, std::move(shown), std::move(reload));
}

bool PageLoader::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_busyHost && event->type() == QEvent::Resize && m_busy->isVisible())
        placeBusy();
    return QObject::eventFilter(watched, event);
}

void PageLoader::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    if (loading) {
        m_busyDelay->start();
    } else {
        m_busyDelay->stop();
        m_busy->hide();
    }
    emit loadingChanged(loading);
}

void PageLoader::placeBusy()
{
    m_busy->adjustSize();
    // A third of the way down: over the page's content, clear of its filter bar.
    m_busy->move((m_busyHost->width() - m_busy->width()) / 2, m_busyHost->height() / 3);
}

} // namespace carddesk::gui
