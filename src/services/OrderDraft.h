#pragma once

#include "core/Money.h"
#include "core/Order.h"

#include <QDate>
#include <QString>

#include <vector>

namespace carddesk::services {

// An order as the user enters it by hand: lines from the product list (a line's price 0 takes nothing from the
// catalogue: the caller fills it), the invoice and its due date. The amount is computed from the lines.
struct OrderDraft
{
    qint64 customerId = 0;
    QDate orderDate;
    QString orderNo;
    QString paymentMethod;
    QString notes;
    std::vector<core::OrderLine> lines; // product, quantity (> 0), unit price (≥ 0)
    QString invoiceNo;
    QDate dueDate; // invalid: 30 days after the order date

    // Each line and the sum in cents, as storage::OrderRepository stores them.
    double amount() const
    {
        double sum = 0;
        for (const core::OrderLine& line : lines)
            sum += core::roundedToCents(line.amount > 0 ? line.amount : line.quantity * line.unitPrice);
        return core::roundedToCents(sum);
    }
};

} // namespace carddesk::services
