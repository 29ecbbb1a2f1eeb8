#pragma once

#include "core/Result.h"

#include <QString>

#include <map>
#include <optional>
#include <string>

namespace carddesk::storage {

class Database;
class Session;

// The office's `settings` table (key → text value). The rules that interpret a key and its range live with the
// use case that needs it (services), so storage never guesses a default.
class SettingsRepository
{
public:
    // Every row; empty when the table cannot be read (a broken file is reported by the integrity check).
    static std::map<std::string, QString> all(Database& db);
    static std::optional<QString> value(Database& db, const std::string& key);
    // Writes several rows in one transaction (administrator only), with one audit row per value that changed.
    static core::Status save(Session& session, const std::map<std::string, QString>& values);
    // Inserts or replaces one row in its own write transaction.
    static core::Status set(Database& db, const std::string& key, const QString& value);
};

} // namespace carddesk::storage
