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

core::Status SettingsRepository::set(Database& db, const std::string& key, const QString& value)
{
    return db.write([&]() -> core::Status {
        SQLite::Statement q(db.sql(), "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
        q.bind(1, key);
        sqlbind::text(q, 2, value);
        q.exec();
        return {};
    });
}

} // namespace carddesk::storage
