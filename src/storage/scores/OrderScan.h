#pragma once

#include "core/Result.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace SQLite {
class Database;
}

namespace carddesk::storage {

// Every order on or before a date, read on a connection and thread of its own while the scoring reads the
// customers on its own connection: the two reads at once on a two-core machine (customers and 3.5 M orders,
// 0.3-0.45 s and 0.6 s one after the other).
//
// Why the two snapshots agree: start the scan only after the caller's read transaction has its snapshot (its
// first row has been stepped). The orders are then as of that moment or later. An order of a customer created
// since has no customer in the caller's list and is dropped; a customer deleted since reads as one without
// orders and is not written back (the save re-reads the scope under the write lock); a customer's later orders
// make its score more recent, never inconsistent.
class OrderScan
{
public:
    struct Order
    {
        std::int64_t customerId;
        std::int32_t day;
        double amount;
    };

    // Starts the read on its thread; the file at `path` is opened again (no migration, no check).
    OrderScan(const QString& path, std::string asOfIso);
    ~OrderScan();
    OrderScan(const OrderScan&) = delete;
    OrderScan& operator=(const OrderScan&) = delete;

    // Waits for the thread: the orders, or why they could not be read there (the caller then reads them on its
    // own connection, inside its own transaction).
    core::Result<std::vector<Order>> take();

    // The same read on a connection the caller already has open, in its transaction; `keep` (when given) says
    // which customers' orders to keep, so that a narrow scope holds only its own.
    // The orders' read (one parameter, the as-of day): a scan in table order, never a walk of orders_date.
    static const char* readSql();

    static std::vector<Order> read(SQLite::Database& db, const std::string& asOfIso,
                                   const std::function<bool(std::int64_t customerId)>& keep = {});

private:
    void run(const QString& path);

    std::string m_asOfIso;
    std::vector<Order> m_orders;
    core::Status m_status;
    std::thread m_thread;
};

} // namespace carddesk::storage
