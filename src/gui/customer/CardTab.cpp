#include "gui/customer/CardTab.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace carddesk::gui {

CardTab::CardTab(storage::Session& session, StorageWorker* worker, QWidget* parent)
    : QWidget(parent), m_session(session), m_worker(worker), m_busy(new QLabel(tr("Loading…"), this)),
      m_busyDelay(new QTimer(this)), m_body(new QVBoxLayout(this))
{
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_busy->hide();
    m_body->addWidget(m_busy);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(BusyDelayMs);
    connect(m_busyDelay, &QTimer::timeout, m_busy, &QLabel::show);
}

void CardTab::showCustomer(qint64 customerId)
{
    if (customerId != m_customerId) {
        m_customerId = customerId;
        clear(); // another customer's rows must not stay while this one's are read
    }
    reload();
}

void CardTab::reload()
{
    if (m_customerId > 0) {
        read(m_customerId);
    } else {
        ++m_generation; // an answer still out is for another card
        clear();
    }
}

void CardTab::begin()
{
    if (m_pending++ == 0) {
        m_busyDelay->start();
        emit loadingChanged(true);
    }
}

void CardTab::end()
{
    if (--m_pending == 0) {
        m_busyDelay->stop();
        m_busy->hide();
        emit loadingChanged(false);
    }
}

} // namespace carddesk::gui
