#pragma once

#include "core/Contact.h"
#include "gui/customer/CardTab.h"

#include <vector>

class QTableView;

namespace carddesk::gui {

class RecordTableModel;

// The card's contacts (联系人): the customer's people, the primary one in bold, added, edited and removed here;
// the administrator also erases a person (PIPL).
class ContactsTab : public CardTab
{
    Q_OBJECT

public:
    ContactsTab(storage::Session& session, StorageWorker* worker, QWidget* parent = nullptr);

    // The customer's name, for the erasure's confirmation.
    void setCustomerName(const QString& name) { m_customerName = name; }
    RecordTableModel* model() const { return m_model; }
    const std::vector<core::Contact>& contacts() const { return m_contacts; }

    void editContact(int row); // -1: a new contact
    void removeContact(int row);
    void eraseContact(int row);
    bool exportContactData(int row); // everything about that person, to a file (PIPL)

signals:
    // A contact was added, changed, removed or erased (written on the session): the card announces it.
    void contactsChanged(qint64 contactId);

protected:
    void read(qint64 customerId) override;
    void clear() override;

private:
    static QString birthdayText(const core::Contact& c);
    void fill(std::vector<core::Contact> contacts);

    RecordTableModel* m_model;
    QTableView* m_view;
    std::vector<core::Contact> m_contacts;
    QString m_customerName;
};

} // namespace carddesk::gui
