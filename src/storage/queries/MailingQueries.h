#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"
#include "storage/queries/CustomerQuery.h"

#include <QString>

#include <vector>

namespace carddesk::storage {

// One addressee of a mailing (寄发广告信函): a customer of the list and its primary contact (the first contact
// when none is marked primary; none: the letter goes to the company).
struct MailingRow
{
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString contactName;
    QString title;
    QString address;
    QString phone; // the contact's mobile, else their phone, else the company's
};

struct MailingList
{
    std::vector<MailingRow> rows;
    int skippedDoNotContact = 0; // customers whose primary contact asked not to be contacted
    int withoutContact = 0;      // rows addressed to the company alone
};

// The addressees of the customers the list's filter shows (CustomerQuery: search, owner, area, status...), in the
// list's order, within the session's scope; archived customers are never written to.
class MailingQueries
{
public:
    explicit MailingQueries(Session& session) : m_session(session) {}

    core::Result<MailingList> addressees(CustomerQuery query);

private:
    Session& m_session;
};

} // namespace carddesk::storage
