#include "storage/repositories/SettingsRepository.h"

#include "storage/db/Database.h"
#include "storage/db/SqlBinding.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage {

std::map<std::string, QString> SettingsRepository::all(Database& db)
{
    std::map<std::string, QString> rows;
    try {
        SQLite::Statement q(db.sql(), "SELECT key, value FROM settings");
        while (q.executeStep())
            rows.emplace(q.getColumn(0).getString(), sqlbind::toQString(q.getColumn(1)));
    } catch (const std::exception&) {
        rows.clear();
    }
    return rows;
}

std::optional<QString> SettingsRepository::value(Database& db, const std::string& key)
{
    try {
        SQLite::Statement q(db.sql(), "SELECT value FROM settings WHERE key = ?");
        q.bind(1, key);
        if (q.executeStep())
            return sqlbind::toQString(q.getColumn(0));
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

} // namespace carddesk::storage
