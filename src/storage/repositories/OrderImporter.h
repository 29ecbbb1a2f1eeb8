#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <cstdint>
#include <span>
#include <string>

namespace carddesk::storage {

struct OrderImportSummary
{
    qint64 ordersImported = 0;
    qint64 customersCreated = 0;
};

// The file an import comes from: an orders file whose bytes were imported before is refused unless `again` (its
// orders would count twice); the file is recorded in order_import_files with the import.
struct OrderImportFile
{
    QString sha256;
    bool again = false;
};

// Bulk order import in one BEGIN IMMEDIATE transaction: all rows or none. Customer codes are resolved within the
// session's scope; an unknown code (or one the user may not see) is an error naming its file row, unless
// createCustomers, which creates a card for each new code (name = code, owned by the importing rep; ids in code
// order; search keys made on a worker thread, see CardKeyMaker). The FTS index of the new cards is built in one
// pass (SearchIndexPause) inside the same transaction, through the WAL like every other write.
class OrderImporter
{
public:
    static core::Result<OrderImportSummary> import(Session& session, std::span<const std::string> customerCodes,
                                                   std::span<const std::int32_t> days, std::span<const double> amounts,
                                                   std::span<const std::int64_t> fileRows, bool createCustomers,
                                                   const QString& sourceName, const OrderImportFile* file = nullptr);

    // From this many orders (and twice as many as are stored) the date index is rebuilt after the load
    // instead of updated row by row (DeferredIndex); tests lower it.
    static void setIndexRebuildFrom(std::size_t orders);
};

} // namespace carddesk::storage
