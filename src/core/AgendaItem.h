#pragma once

#include <QDate>
#include <QString>

namespace carddesk::core {

// One line of a rep's day (issue 14): something due about one customer. `kind` is one of the CLI's codes.
struct AgendaItem
{
    QString kind; // follow_up, visit, reminder, complaint, escalated, receivable, at_risk
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QDate due;
    bool overdue = false;
    qint64 recordId = 0; // the interaction, visit, contact (birthday), complaint or receivable; 0 for at_risk
    // summary, purpose, contact name (birthday), complaint text, invoice number, the slipping signal, the year founded
    // (anniversary), the holiday's code, or the last contact's day (no_contact; empty when never)
    QString detail;
    double amount = 0; // a receivable's open amount
    // Care reminders (kind "reminder"): birthday, lunar_birthday, anniversary, holiday:<code> (core::CareHolidays),
    // no_contact. With the customer, the contact (recordId, 0 for the others) and `due` it names the occasion that
    // acting on or snoozing the reminder settles.
    QString occasion;
    QString snoozeReason; // a snooze that has run out: why it was put off
};

} // namespace carddesk::core
