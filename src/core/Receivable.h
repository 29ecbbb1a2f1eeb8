#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace carddesk::core {

struct Receivable
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 orderId = 0;
    QString invoiceNo;
    QDate invoiceDate;
    QDate dueDate;
    double amount = 0;
    double paidAmount = 0; // sum of payments, kept by the storage layer
    bool isOverdue(const QDate& today) const { return paidAmount + 0.005 < amount && dueDate < today; }
};

} // namespace carddesk::core
