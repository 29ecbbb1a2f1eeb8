#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace carddesk::core {

struct OrderLine
{
    qint64 id = 0;
    qint64 productId = 0;
    double quantity = 0;
    double unitPrice = 0;
    double amount = 0;
};

struct Order
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString orderNo;
    QDate orderDate;
    double amount = 0;
    QString paymentMethod;
    QString notes;
};

} // namespace carddesk::core
