#pragma once

#include <cstdint>
#include <span>

namespace carddesk::analytics {

// Orders as parallel columns, sorted by (customer, day). The engine only borrows the spans; the caller owns them.
// Customer indexes run 0..customerCount-1 and their order is the id order (used to break ties).
struct OrderColumns
{
    std::span<const std::int32_t> customer;
    std::span<const std::int32_t> day; // day number, see DayNumber.h
    std::span<const double> amount;

    std::size_t size() const { return customer.size(); }
};

} // namespace carddesk::analytics
