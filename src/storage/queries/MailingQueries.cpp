#include "storage/queries/MailingQueries.h"

#include "storage/db/SqlBinding.h"
#include "storage/queries/CustomerListQueries.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <limits>

namespace carddesk::storage {

core::Result<MailingList> MailingQueries::addressees(CustomerQuery query)
{
    query.archived = CustomerQuery::Archived::Hidden;
    query.offset = 0;
    query.limit = std::numeric_limits<int>::max();
    MailingList list;
    auto status = m_session.db().read([&]() -> core::Status {
        // The list's own query, so the mailing is exactly the customers the user sees filtered (and scoped).
        auto customers = CustomerListQueries(m_session).list(query);
        if (!customers)
            return customers.error();
        auto& db = m_session.db().sql();
        SQLite::Statement card(db, "SELECT address, phone FROM customers WHERE id = ?");
        SQLite::Statement contact(db, "SELECT name, title, mobile, phone, do_not_contact FROM contacts "
                                      "WHERE customer_id = ? ORDER BY is_primary DESC, id LIMIT 1");
        for (const CustomerListRow& customer : *customers) {
            MailingRow row;
            row.customerId = customer.id;
            row.customerCode = customer.code;
            row.customerName = customer.name;
            card.bind(1, static_cast<int64_t>(customer.id));
            if (card.executeStep()) {
                row.address = sqlbind::toQString(card.getColumn(0));
                row.phone = sqlbind::toQString(card.getColumn(1));
            }
            card.reset();
            contact.bind(1, static_cast<int64_t>(customer.id));
            const bool hasContact = contact.executeStep();
            const bool refused = hasContact && contact.getColumn(4).getInt() != 0;
            if (hasContact && !refused) {
                row.contactName = sqlbind::toQString(contact.getColumn(0));
                row.title = sqlbind::toQString(contact.getColumn(1));
                const QString mobile = sqlbind::toQString(contact.getColumn(2));
                const QString phone = sqlbind::toQString(contact.getColumn(3));
                if (!mobile.isEmpty())
                    row.phone = mobile;
                else if (!phone.isEmpty())
                    row.phone = phone;
            }
            contact.reset();
            if (refused) {
                ++list.skippedDoNotContact;
                continue;
            }
            if (!hasContact)
                ++list.withoutContact;
            list.rows.push_back(std::move(row));
        }
        return {};
    });
    if (!status)
        return status.error();
    return list;
}

} // namespace carddesk::storage
