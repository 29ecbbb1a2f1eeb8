#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QJsonObject>

namespace carddesk::storage {

// Everything CardDesk stores about one person or one customer (PIPL: 个人信息查阅、复制), as JSON: sections of rows
// with the tables' own column names, so nothing is left out by a translation. Who may: the administrator, and a
// manager for the customers of their area (AccessScope); a rep is refused before anything is looked up, a card
// outside the scope is NotFound. Reading only: the caller records the export (PersonalDataExport).
//
//   customer: card, contacts, interactions, visits, complaints (+ history), orders (count, sum, first, last),
//             receivables and payments (count, sum), lifecycle_history, audit (the card's audit rows), access
//             (who opened or exported it)
//   contact:  contact, customer (id, code, name), interactions and complaints that name the contact, audit (the
//             contact's own audit rows)
class PersonalDataQueries
{
public:
    explicit PersonalDataQueries(Session& session) : m_session(session) {}

    core::Result<QJsonObject> customer(qint64 customerId);
    core::Result<QJsonObject> contact(qint64 contactId);

private:
    Session& m_session;
};

} // namespace carddesk::storage
