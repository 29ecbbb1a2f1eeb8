#pragma once

#include <QDate>
#include <QString>

namespace carddesk::core {

// One line of a rep's day (issue 14): something due about one customer. `kind` is one of the CLI's codes.
struct AgendaItem
{
    QString kind; // follow_up, visit, reminder, complaint, receivable, at_risk
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QDate due;
    bool overdue = false;
    qint64 recordId = 0; // the interaction, visit, contact (reminder), complaint or receivable; 0 for at_risk
    QString detail;      // summary, purpose, contact name, complaint text, invoice number, or the slipping signal
    double amount = 0;   // a receivable's open amount
};

} // namespace carddesk::core
