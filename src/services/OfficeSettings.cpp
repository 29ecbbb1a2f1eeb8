#include "services/OfficeSettings.h"

#include "core/CareHolidays.h"
#include "core/Role.h"
#include "storage/access/AccessScope.h"
#include "storage/db/Database.h"
#include "storage/repositories/SettingsRepository.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;
using Kind = SettingSpec::Kind;

namespace {

std::string joined(const std::vector<std::string>& codes)
{
    std::string text;
    for (const std::string& code : codes)
        text += (text.empty() ? "" : ", ") + code;
    return text;
}

} // namespace

const std::vector<SettingSpec>& OfficeSettings::specs()
{
    static const std::vector<SettingSpec> all = {
        {"complaint.deadline_days.1", Kind::Integer, 1, 90, QStringLiteral("7")},
        {"complaint.deadline_days.2", Kind::Integer, 1, 90, QStringLiteral("5")},
        {"complaint.deadline_days.3", Kind::Integer, 1, 90, QStringLiteral("3")},
        {"complaint.deadline_days.4", Kind::Integer, 1, 90, QStringLiteral("1")},
        {"complaint.admin_escalation_days", Kind::Integer, 0, 60, QStringLiteral("3")},
        {"abc.cutoff_a", Kind::Decimal, 0.01, 0.99, QStringLiteral("0.8")},
        {"abc.cutoff_b", Kind::Decimal, 0.01, 0.999, QStringLiteral("0.95")},
        {"abc.window_months", Kind::Integer, 0, 120, QStringLiteral("12")},
        {"scoring.rescore_after_hours", Kind::Integer, 1, 720, QStringLiteral("24")},
        {"crosssell.min_support", Kind::Decimal, 0.001, 1, QStringLiteral("0.01")},
        {"crosssell.min_confidence", Kind::Decimal, 0, 1, QStringLiteral("0.2")},
        // Customer equity (客户资产): months valued ahead and the monthly discount rate (docs/ANALYTICS_ENGINE.md).
        {"analytics.equity_horizon_months", Kind::Integer, 1, 120, QStringLiteral("36")},
        {"analytics.equity_discount_monthly", Kind::Decimal, 0, 0.2, QStringLiteral("0.01")},
        {"backup.folder", Kind::Folder, 0, 0, QString()},
        {"backup.keep_daily", Kind::Integer, 1, 60, QStringLiteral("7")},
        {"backup.keep_weekly", Kind::Integer, 0, 52, QStringLiteral("4")},
        // 1: every backup is encrypted with a passphrase typed when it is made (docs/SECURITY.md).
        {"backup.encrypt", Kind::Integer, 0, 1, QStringLiteral("0")},
        {"report.week_start", Kind::Weekday, 1, 7, QStringLiteral("1")},
        // A card not changed for this long counts as not touched in the weekly review (动态管理, issue 13).
        {"card.stale_days", Kind::Integer, 30, 730, QStringLiteral("90")},
        {"report.pdf_folder", Kind::Folder, 0, 0, QString()},
        // Who may take customer data out of CardDesk as a file (docs/SECURITY.md, "Export controls").
        {"export.roles", Kind::Roles, 0, 0, QStringLiteral("manager,admin")},
        // Care reminders on the agenda (客户关怀, issue 14): which rules, how many days ahead, which holidays.
        {"care.rules", Kind::Codes, 0, 0, QStringLiteral("birthday,anniversary,holiday,no_contact")},
        {"care.birthday_lead_days", Kind::Integer, 0, 60, QStringLiteral("7")},
        {"care.anniversary_lead_days", Kind::Integer, 0, 60, QStringLiteral("7")},
        {"care.holiday_lead_days", Kind::Integer, 0, 60, QStringLiteral("7")},
        {"care.holidays", Kind::Codes, 0, 0,
         QStringLiteral("new_year,spring_festival,lantern,dragon_boat,mid_autumn,national_day")},
        {"care.no_contact_days", Kind::Integer, 7, 730, QStringLiteral("60")},
    };
    return all;
}

const SettingSpec* OfficeSettings::spec(const std::string& key)
{
    for (const SettingSpec& s : specs())
        if (s.key == key)
            return &s;
    return nullptr;
}

std::vector<std::string> OfficeSettings::choices(const std::string& key)
{
    if (key == "care.rules")
        return {"birthday", "anniversary", "holiday", "no_contact"};
    if (key == "care.holidays") {
        std::vector<std::string> codes;
        for (const core::CareHoliday& holiday : core::CareHolidays::all())
            codes.emplace_back(holiday.code);
        return codes;
    }
    return {};
}

core::Status OfficeSettings::check(const std::string& key, const QString& value)
{
    const SettingSpec* s = spec(key);
    const QString field = QString::fromStdString(key);
    if (!s)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("there is no setting %1").arg(field), field);
    const QString text = value.trimmed();
    if (s->kind == Kind::Roles) {
        for (const QString& role : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!core::roleFromName(role.trimmed()))
                return makeError(
                    ErrorCode::InvalidArgument,
                    QStringLiteral("%1 must list roles (rep, manager, admin) separated by commas, not '%2'")
                        .arg(field, value),
                    field);
        }
        return {};
    }
    if (s->kind == Kind::Codes) {
        const std::vector<std::string> allowed = choices(key);
        for (const QString& code : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (std::find(allowed.begin(), allowed.end(), code.trimmed().toStdString()) == allowed.end())
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("%1 must list codes from %2 separated by commas, not '%3'")
                                     .arg(field, QString::fromStdString(joined(allowed)), value),
                                 field);
        return {};
    }
    if (s->kind == Kind::Folder) {
        if (text.isEmpty())
            return {};
        if (QDir::isRelativePath(text))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1 must be a full path to a folder").arg(field), field);
        if (auto local = storage::Database::checkLocalPath(QDir(text).filePath(QStringLiteral("x.db"))); !local)
            return makeError(ErrorCode::InvalidArgument, local.error().message, field);
        const QFileInfo info(text);
        if (info.exists() && (!info.isDir() || !info.isWritable()))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1 is not a folder this user can write to").arg(text), field);
        return {};
    }
    bool ok = false;
    const double number = s->kind != Kind::Decimal ? static_cast<double>(text.toInt(&ok)) : text.toDouble(&ok);
    if (!ok || number < s->minimum || number > s->maximum)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 must be %2 from %3 to %4, not '%5'")
                             .arg(field, s->kind == Kind::Decimal ? QStringLiteral("a number")
                                         : s->kind == Kind::Weekday
                                             ? QStringLiteral("a day of the week (1 = Monday, 7 = Sunday)")
                                             : QStringLiteral("a whole number"))
                             .arg(s->minimum)
                             .arg(s->maximum)
                             .arg(value),
                         field);
    return {};
}

std::map<std::string, QString> OfficeSettings::current(storage::Database& db)
{
    const auto stored = storage::SettingsRepository::all(db);
    std::map<std::string, QString> values;
    for (const SettingSpec& s : specs()) {
        const auto it = stored.find(s.key);
        values[s.key] = it != stored.end() && check(s.key, it->second) ? it->second.trimmed() : s.defaultValue;
    }
    if (values["abc.cutoff_b"].toDouble() <= values["abc.cutoff_a"].toDouble()) {
        values["abc.cutoff_a"] = spec("abc.cutoff_a")->defaultValue;
        values["abc.cutoff_b"] = spec("abc.cutoff_b")->defaultValue;
    }
    return values;
}

QString OfficeSettings::value(storage::Database& db, const std::string& key)
{
    return current(db)[key];
}

int OfficeSettings::integer(storage::Database& db, const std::string& key)
{
    return value(db, key).toInt();
}

core::CareRules OfficeSettings::careRules(storage::Database& db)
{
    auto values = current(db);
    // As check() reads them: "birthday, holiday" (a space after the comma) names two rules, not "birthday" and
    // " holiday", which would match nothing and silently turn the greetings off.
    const auto codes = [](const QString& text) {
        QStringList list;
        for (const QString& code : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const QString trimmed = code.trimmed(); !trimmed.isEmpty())
                list << trimmed;
        return list;
    };
    const QStringList rules = codes(values["care.rules"]);
    core::CareRules care;
    care.birthdays = rules.contains(QStringLiteral("birthday"));
    care.anniversaries = rules.contains(QStringLiteral("anniversary"));
    care.holidays = rules.contains(QStringLiteral("holiday"));
    care.noContact = rules.contains(QStringLiteral("no_contact"));
    care.birthdayLeadDays = values["care.birthday_lead_days"].toInt();
    care.anniversaryLeadDays = values["care.anniversary_lead_days"].toInt();
    care.holidayLeadDays = values["care.holiday_lead_days"].toInt();
    care.noContactDays = values["care.no_contact_days"].toInt();
    care.holidayCodes = codes(values["care.holidays"]);
    return care;
}

core::Status OfficeSettings::save(storage::Session& session, const std::map<std::string, QString>& changes)
{
    if (auto ok = storage::AccessScope::requireRole(session, core::Role::Admin, QStringLiteral("changing settings"));
        !ok)
        return ok;
    for (const auto& [key, value] : changes)
        if (auto ok = check(key, value); !ok)
            return ok;
    auto merged = current(session.db());
    for (const auto& [key, value] : changes)
        merged[key] = value.trimmed();
    if (merged["abc.cutoff_b"].toDouble() <= merged["abc.cutoff_a"].toDouble())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the B cut-off (abc.cutoff_b) must be above the A cut-off (abc.cutoff_a)"),
                         QStringLiteral("abc.cutoff_b"));
    std::map<std::string, QString> trimmed;
    for (const auto& [key, value] : changes)
        trimmed[key] = value.trimmed();
    return storage::SettingsRepository::save(session, trimmed);
}

} // namespace carddesk::services
