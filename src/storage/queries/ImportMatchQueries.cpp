#include "storage/queries/ImportMatchQueries.h"

#include "storage/access/AccessScope.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <unordered_map>

namespace carddesk::storage {

core::Result<std::vector<ImportMatchCandidate>> ImportMatchQueries::customersInScope(Session& session)
{
    std::vector<ImportMatchCandidate> candidates;
    auto status = session.db().read([&]() -> core::Status {
        auto& db = session.db().sql();
        const std::string scope = AccessScope::customerFilter(session, "c");
        std::unordered_map<qint64, std::size_t> index;
        SQLite::Statement q(db, "SELECT c.id, c.code, c.name, c.phone FROM customers c WHERE " + scope);
        while (q.executeStep()) {
            ImportMatchCandidate candidate;
            candidate.id = q.getColumn(0).getInt64();
            candidate.code = sqlbind::toQString(q.getColumn(1));
            candidate.name = sqlbind::toQString(q.getColumn(2));
            const QString phone = sqlbind::toQString(q.getColumn(3));
            if (!phone.isEmpty())
                candidate.phones.append(phone);
            index.emplace(candidate.id, candidates.size());
            candidates.push_back(std::move(candidate));
        }
        SQLite::Statement contacts(db, "SELECT k.customer_id, k.phone, k.mobile FROM contacts k JOIN customers c ON "
                                       "c.id = k.customer_id WHERE " +
                                           scope);
        while (contacts.executeStep()) {
            const auto it = index.find(contacts.getColumn(0).getInt64());
            if (it == index.end())
                continue;
            for (int column : {1, 2}) {
                const QString phone = sqlbind::toQString(contacts.getColumn(column));
                if (!phone.isEmpty())
                    candidates[it->second].phones.append(phone);
            }
        }
        return {};
    });
    if (!status)
        return status.error();
    return candidates;
}

bool ImportMatchQueries::codeTaken(Session& session, const QString& code)
{
    SQLite::Statement q(session.db().sql(), "SELECT 1 FROM customers WHERE code = ?");
    sqlbind::text(q, 1, code);
    return q.executeStep();
}

} // namespace carddesk::storage
