#pragma once

#include <QDate>
#include <QString>

namespace carddesk::services {

// What may change on an order entered by hand: its number, payment method and notes, and its invoice's number and
// due date. Its date, lines and amount stay (an order entered wrong is voided and entered again).
struct OrderEdit
{
    QString orderNo;
    QString paymentMethod;
    QString notes;
    QString invoiceNo;
    QDate dueDate; // invalid: unchanged
};

} // namespace carddesk::services
