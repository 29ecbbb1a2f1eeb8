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

    // A file whose bytes were imported before is refused unless `again` (storage::OrderImportFile).
    static core::Result<storage::OrderImportSummary> store(storage::Session& session, const io::OrderCsvRows& rows,
                                                           bool createCustomers, const QString& sourceName,
                                                           bool again = false);

    // The rows that repeat an earlier row of the file (same customer, day and amount), as their file rows: two
    // such orders may be real, so they are said, not refused. Only for files of at most kRepeatCheckRows rows (a
    // hand-made file; an ERP's feed of millions has such rows by nature and is not held up for them).
    static constexpr std::size_t kRepeatCheckRows = 100000;
    static std::vector<std::int64_t> repeatedRows(const io::OrderCsvRows& rows);
};

} // namespace carddesk::services
