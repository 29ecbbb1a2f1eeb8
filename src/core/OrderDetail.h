#pragma once

#include "core/Order.h"

#include <QString>

#include <vector>

namespace carddesk::core {

// An order with its lines and who entered it, as the card's trade history shows it.
struct OrderDetail
{
    struct Line
    {
        OrderLine line;
        QString productCode;
        QString productName;
    };

    Order order;
    std::vector<Line> lines;
    qint64 createdBy = 0;
    QString createdByName;
    bool imported =
        false; // read from an orders file (the ERP's): corrected there, voided here by the administrator only
};

} // namespace carddesk::core
