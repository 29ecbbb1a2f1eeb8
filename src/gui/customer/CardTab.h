#pragma once

#include "core/Result.h"
#include "gui/common/PageLoader.h"
#include "gui/common/StorageWorker.h"

#include <QWidget>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace carddesk::storage {
class Session;
}

namespace carddesk::gui {

// One tab of the customer card below the form: it reads its own rows for the shown customer through the window's
// StorageWorker through a PageLoader (never on the GUI thread): "Loading…" while a read is out, answers that a newer
// read has overtaken dropped. Without a worker (tests of single widgets) it reads on the session at once.
class CardTab : public QWidget
{
    Q_OBJECT

public:
    CardTab(storage::Session& session, StorageWorker* worker, QWidget* parent = nullptr);

    // Shows this customer's rows (0: none, a new card) and reads them; the same customer's rows stay until then.
    void showCustomer(qint64 customerId);
    // Reads the shown customer's rows again.
    void reload();
    qint64 customerId() const { return m_customerId; }
    bool isLoading() const { return m_loader->isLoading(); }
    QLabel* busyLabel() const { return m_loader->busyIndicator(); }

signals:
    // The tab's title in the card's tab bar (a count, a warning).
    void titleChanged(const QString& title);
    // A read finished (or failed): the card's busy state follows.
    void loadingChanged(bool loading);
    // Whether this user may see the tab at all (the storage refused the read).
    void availableChanged(bool available);
    void statusMessage(const QString& message);

protected:
    // Posts this tab's read for customerId; called with an id > 0.
    virtual void read(qint64 customerId) = 0;
    // Empties the tab (no customer).
    virtual void clear() = 0;

    // Runs work off the GUI thread and done() with its answer unless a newer read was posted since.
    template <typename T>
    void fetch(std::function<core::Result<T>(storage::Session&)> work, std::function<void(core::Result<T>)> done)
    {
        m_loader->load<T>(std::move(work), std::move(done));
    }

    QVBoxLayout* body() const { return m_body; }
    storage::Session& session() const { return m_session; }

private:
    storage::Session& m_session;
    PageLoader* m_loader;
    qint64 m_customerId = 0;
    QVBoxLayout* m_body;
};

} // namespace carddesk::gui
