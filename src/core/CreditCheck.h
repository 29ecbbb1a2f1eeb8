#pragma once

#include "core/Money.h"

#include <QString>

namespace carddesk::core {

// A customer's credit standing when a new order is entered (信用度): what is already open, what the order adds,
// and the overdue receivables. A credit limit of 0 means none was set: only overdue receivables warn then.
struct CreditCheck
{
    qint64 customerId = 0;
    QString creditRating;
    double creditLimit = 0;
    double openAmount = 0;  // receivables not yet paid, before this order
    double orderAmount = 0; // the new order
    int overdueCount = 0;
    double overdueAmount = 0;

    bool exceedsLimit() const { return creditLimit > 0 && openAmount + orderAmount > creditLimit + kHalfCent; }
    bool hasOverdue() const { return overdueCount > 0; }
    // An order that exceeds the limit or meets overdue receivables needs a reason, which is audited.
    bool needsReason() const { return exceedsLimit() || hasOverdue(); }
};

} // namespace carddesk::core
