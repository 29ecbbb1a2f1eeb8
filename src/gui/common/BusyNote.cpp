#include "gui/common/BusyNote.h"

#include <QEvent>
#include <QTimer>

namespace carddesk::gui {

BusyNote::BusyNote(QWidget* host, Placement placement)
    : QLabel(tr("Loading…"), host), m_host(host), m_placement(std::move(placement)), m_delay(new QTimer(this))
{
    setAlignment(Qt::AlignCenter);
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    setContentsMargins(12, 4, 12, 4);
    hide();
    if (!m_placement)
        m_placement = [](const QSize& hostSize, const QSize& note) {
            return QPoint((hostSize.width() - note.width()) / 2, hostSize.height() / 3);
        };
    m_delay->setSingleShot(true);
    m_delay->setInterval(DelayMs);
    connect(m_delay, &QTimer::timeout, this, [this] {
        place();
        show();
        raise();
    });
    m_host->installEventFilter(this);
}

void BusyNote::started()
{
    if (!isVisible() && !m_delay->isActive())
        m_delay->start();
}

void BusyNote::finished()
{
    m_delay->stop();
    hide();
}

bool BusyNote::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_host && event->type() == QEvent::Resize && isVisible())
        place();
    return QLabel::eventFilter(watched, event);
}

void BusyNote::place()
{
    adjustSize();
    move(m_placement(m_host->size(), size()));
}

} // namespace carddesk::gui
