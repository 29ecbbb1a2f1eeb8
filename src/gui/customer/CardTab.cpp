#include "gui/customer/CardTab.h"

#include <QVBoxLayout>

namespace carddesk::gui {

CardTab::CardTab(storage::Session& session, StorageWorker* worker, QWidget* parent)
    : QWidget(parent), m_session(session), m_loader(new PageLoader(session, worker, this)),
      m_body(new QVBoxLayout(this))
{
    connect(m_loader, &PageLoader::loadingChanged, this, &CardTab::loadingChanged);
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
        m_loader->cancel(); // an answer still out is for another card
        clear();
    }
}

} // namespace carddesk::gui
