#include "services/OrderImport.h"

#include <set>
#include <tuple>

namespace carddesk::services {

core::Result<io::OrderCsvRows> OrderImport::read(const QString& path)
{
    return io::OrderCsvReader::read(path);
}

core::Result<storage::OrderImportSummary> OrderImport::store(storage::Session& session, const io::OrderCsvRows& rows,
                                                             bool createCustomers, const QString& sourceName,
                                                             bool again)
{
    const storage::OrderImportFile file{rows.sha256, again};
    return storage::OrderImporter::import(session, rows.customerCode, rows.day, rows.amount, rows.line, createCustomers,
                                          sourceName, rows.sha256.isEmpty() ? nullptr : &file);
}

std::vector<std::int64_t> OrderImport::repeatedRows(const io::OrderCsvRows& rows)
{
    std::set<std::tuple<std::string_view, std::int32_t, double>> seen;
    std::vector<std::int64_t> repeated;
    if (rows.size() > kRepeatCheckRows)
        return repeated;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (!seen.emplace(rows.customerCode[i], rows.day[i], rows.amount[i]).second)
            repeated.push_back(rows.line[i]);
    return repeated;
}

} // namespace carddesk::services
