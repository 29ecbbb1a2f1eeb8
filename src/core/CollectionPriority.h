#pragma once

namespace carddesk::core {

// How urgently an open receivable should be chased (collections plan). Lower values come first.
enum class CollectionPriority
{
    High = 1,   // overdue more than 30 days, or overdue at a weak credit rating (B, C)
    Medium = 2, // overdue, or due within the next 7 days
    Low = 3,    // not yet due
};

} // namespace carddesk::core
