#include "core/CustomerJson.h"

namespace carddesk::core {

namespace {
QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
QJsonValue dateTimeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
QJsonValue idValue(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject CustomerJson::toJson(const Customer& c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("code"), c.code},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("kind"), c.kind},
        {QStringLiteral("industry"), c.industry},
        {QStringLiteral("area_id"), idValue(c.areaId)},
        {QStringLiteral("region"), c.region},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("website"), c.website},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("size"), c.size},
        {QStringLiteral("established"), dateValue(c.established)},
        {QStringLiteral("registered_capital"), c.registeredCapital},
        {QStringLiteral("key_figures"), c.keyFigures},
        {QStringLiteral("preferences"), c.preferences},
        {QStringLiteral("purchase_habits"), c.purchaseHabits},
        {QStringLiteral("preferred_payment"), c.preferredPayment},
        {QStringLiteral("credit_rating"), c.creditRating},
        {QStringLiteral("credit_limit"), c.creditLimit},
        {QStringLiteral("satisfaction"), c.satisfaction},
        {QStringLiteral("loyalty_class"), c.loyaltyClass},
        {QStringLiteral("owner_id"), idValue(c.ownerId)},
        {QStringLiteral("is_key"), c.isKey},
        {QStringLiteral("referred_by_id"), idValue(c.referredById)},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("manual_stage"), c.manualStage},
        {QStringLiteral("manual_stage_at"), dateTimeValue(c.manualStageAt)},
        {QStringLiteral("created_at"), dateTimeValue(c.createdAt)},
        {QStringLiteral("updated_at"), dateTimeValue(c.updatedAt)},
        {QStringLiteral("row_version"), c.rowVersion},
    };
}

QJsonObject CustomerJson::toJson(const Contact& c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("mobile"), c.mobile},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("birthday"), dateValue(c.birthday)},
        // A lunar birthday as stored: MMDD, plus 10000 for a leap month; null when the birthday is Gregorian.
        {QStringLiteral("birthday_lunar"), c.birthdayLunar.isSet() ? QJsonValue(c.birthdayLunar.code()) : QJsonValue()},
        {QStringLiteral("is_primary"), c.isPrimary},
        {QStringLiteral("notes"), c.notes},
    };
}

} // namespace carddesk::core
