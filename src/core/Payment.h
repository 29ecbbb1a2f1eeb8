#pragma once

#include <QDate>
#include <QString>

namespace carddesk::core {

// One payment against a receivable; the receivable's paid_amount is the sum of these.
struct Payment
{
    qint64 id = 0;
    qint64 receivableId = 0;
    QDate paidDate;
    double amount = 0;
    QString method; // transfer, cash, cheque, ...
};

} // namespace carddesk::core
