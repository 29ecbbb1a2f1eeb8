#pragma once

#include "core/Money.h"

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
    // What is still to pay, in cents.
    double openAmount() const { return roundedToCents(amount - paidAmount); }
    bool isOpen() const { return paidAmount + kHalfCent < amount; }
    bool isOverdue(const QDate& today) const { return isOpen() && dueDate < today; }
};

} // namespace carddesk::core
