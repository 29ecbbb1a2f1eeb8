#pragma once

#include <QDate>
#include <QString>

namespace carddesk::core {

// A product the customer holds (持有产品), with the catalogue's code and name for display.
struct HeldProduct
{
    qint64 customerId = 0;
    qint64 productId = 0;
    QString productCode;
    QString productName;
    QString unit;
    QDate since;
    double quantity = 0;
    QString notes;
};

} // namespace carddesk::core
