#include "storage/repositories/SettingsRepository.h"

#include "storage/access/AccessScope.h"
#include "storage/access/AuditTrail.h"
#include "storage/access/Session.h"
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

core::Status SettingsRepository::save(Session& session, const std::map<std::string, QString>& values)
{
    if (auto ok = AccessScope::requireRole(session, core::Role::Admin, QStringLiteral("changing settings")); !ok)
        return ok;
    Database& db = session.db();
    return db.write([&]() -> core::Status {
        for (const auto& [key, value] : values) {
            const QString before = SettingsRepository::value(db, key).value_or(QString());
            if (before == value)
                continue;
            SQLite::Statement q(db.sql(), "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
            q.bind(1, key);
            sqlbind::text(q, 2, value);
            q.exec();
            AuditTrail::recordChange(db, session.userId(), QStringLiteral("update"), QStringLiteral("settings"), 0, 0,
                                     QString::fromStdString(key), before, value);
        }
        return {};
    });
}

} // namespace carddesk::storage
