#pragma once

#include "core/OrderDetail.h"
#include "core/Receivable.h"

namespace carddesk::services {

// What OrderEntry::record stored: the order with its lines, and its receivable (id 0 for an order of amount 0).
struct RecordedOrder
{
    core::OrderDetail order;
    core::Receivable receivable;
    bool creditOverridden = false; // the order exceeded the limit or met overdue receivables; the reason is audited
};

} // namespace carddesk::services
