#pragma once

#include "core/CareRules.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace carddesk::storage {
class Database;
}

namespace carddesk::services {

// One office setting: its key in the `settings` table, what it holds, its range and its default.
struct SettingSpec
{
    enum class Kind
    {
        Integer,
        Decimal,
        Weekday, // 1 = Monday … 7 = Sunday (Qt::DayOfWeek)
        Folder,  // a local folder, or empty for the default
        Roles,   // role codes separated by commas (rep, manager, admin), or empty for none
        Codes    // codes from `choices` separated by commas, or empty for none
    };
    std::string key;
    Kind kind = Kind::Integer;
    double minimum = 0;
    double maximum = 0;
    QString defaultValue;
};

// The office's settings (办公室设置), in one list with their defaults and ranges (administrator): complaint deadlines
// per level and the days before an escalation reaches the administrator, ABC cut-offs and window, how old scores may
// get before the window rescores, the backup folder and how many daily and weekly copies are kept, the day the
// office's week begins on in reports, the roles that may export data (export.roles), the care reminders (care.*:
// which rules, their lead days, the holidays greeted, the days without contact for key customers). Values are
// checked together (the B cut-off above the A cut-off), written in one transaction with one audit row per change,
// and read by their use cases each time they run, so a change applies without a restart.
class OfficeSettings
{
public:
    static const std::vector<SettingSpec>& specs();
    static const SettingSpec* spec(const std::string& key);
    // The codes a Kind::Codes setting may list, in the order the settings page offers them.
    static std::vector<std::string> choices(const std::string& key);

    // Every setting: the stored value when it is valid, else the default.
    static std::map<std::string, QString> current(storage::Database& db);
    static QString value(storage::Database& db, const std::string& key);
    static int integer(storage::Database& db, const std::string& key);
    // The care reminders' settings for the agenda.
    static core::CareRules careRules(storage::Database& db);

    // Checks one value against its spec (InvalidArgument with the key as the field).
    static core::Status check(const std::string& key, const QString& value);
    // Saves the changed values (administrator only): all are checked first, together; nothing is written when one
    // is wrong.
    static core::Status save(storage::Session& session, const std::map<std::string, QString>& changes);
};

} // namespace carddesk::services
