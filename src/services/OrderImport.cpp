#include "services/OrderImport.h"

namespace carddesk::services {

core::Result<io::OrderCsvRows> OrderImport::read(const QString& path)
{
    return io::OrderCsvReader::read(path);
}

core::Result<storage::OrderImportSummary> OrderImport::store(storage::Session& session, const io::OrderCsvRows& rows,
                                                             bool createCustomers, const QString& sourceName)
{
    return storage::OrderImporter::import(session, rows.customerCode, rows.day, rows.amount, rows.line, createCustomers,
                                          sourceName);
}

} // namespace carddesk::services
