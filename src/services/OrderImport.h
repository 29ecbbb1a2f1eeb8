#pragma once

#include "core/Result.h"
#include "io/OrderCsvReader.h"
#include "storage/access/Session.h"
#include "storage/repositories/OrderImporter.h"

#include <QString>

namespace carddesk::services {

// Importing an office's orders from a CSV file (customer_code, date, amount): the whole file or nothing. The file
// is read and checked first (io::OrderCsvReader: a bad row rejects it with its file, row and field) so that a bad
// file never waits for, or touches, the database; then every row is stored in one transaction
// (storage::OrderImporter), creating cards for unknown codes when asked.
class OrderImport
{
public:
    static core::Result<io::OrderCsvRows> read(const QString& path);

    static core::Result<storage::OrderImportSummary> store(storage::Session& session, const io::OrderCsvRows& rows,
                                                           bool createCustomers, const QString& sourceName);
};

} // namespace carddesk::services
