#pragma once

#include "core/CollectionPriority.h"
#include "core/Receivable.h"

#include <QString>

namespace carddesk::core {

// One open receivable in the rep's collections plan (收款计划): the invoice, its customer's credit standing and
// how urgent it is.
struct CollectionItem
{
    Receivable receivable;
    QString customerCode;
    QString customerName;
    QString creditRating; // AAA … C, or empty
    double creditLimit = 0;
    qint64 ownerId = 0;
    QString ownerName;
    double openAmount = 0;
    int daysOverdue = 0; // 0 when not yet due
    CollectionPriority priority = CollectionPriority::Low;
};

} // namespace carddesk::core
