#pragma once

#include "core/Receivable.h"

#include <QString>

namespace carddesk::core {

// A receivable past its due date with money still open, as the manager's collections list shows it.
struct OverdueReceivable
{
    Receivable receivable;
    QString customerName;
    qint64 ownerId = 0;
    QString ownerName;
    double openAmount = 0;
    int daysOverdue = 0;
};

} // namespace carddesk::core
