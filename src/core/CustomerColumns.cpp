#include "core/CustomerColumns.h"

#include <array>

namespace carddesk::core {

namespace {

using F = CustomerField;
using T = CustomerColumn::Type;

constexpr CustomerColumn text(F f, const char* name, QString Customer::*member, bool editable = true)
{
    CustomerColumn c{f, name, T::Text, editable};
    c.text = member;
    return c;
}
constexpr CustomerColumn real(F f, const char* name, double Customer::*member)
{
    CustomerColumn c{f, name, T::Real, true};
    c.real = member;
    return c;
}
constexpr CustomerColumn integer(F f, const char* name, int Customer::*member)
{
    CustomerColumn c{f, name, T::Integer, true};
    c.integer = member;
    return c;
}
constexpr CustomerColumn id(F f, const char* name, qint64 Customer::*member)
{
    CustomerColumn c{f, name, T::Id, false};
    c.id = member;
    return c;
}
constexpr CustomerColumn flag(F f, const char* name, bool Customer::*member)
{
    CustomerColumn c{f, name, T::Flag, true};
    c.flag = member;
    return c;
}
constexpr CustomerColumn date(F f, const char* name, QDate Customer::*member)
{
    CustomerColumn c{f, name, T::Date, true};
    c.date = member;
    return c;
}
constexpr CustomerColumn dateTime(F f, const char* name, QDateTime Customer::*member)
{
    CustomerColumn c{f, name, T::DateTime, false};
    c.dateTime = member;
    return c;
}

// Stored order; code, area and owner are set by the office (numbering, handover), the manual stage through the
// stage dialog, so the card editor does not edit them.
const std::array<CustomerColumn, 29> kColumns = {
    text(F::Code, "code", &Customer::code, false),
    text(F::Name, "name", &Customer::name),
    text(F::Kind, "kind", &Customer::kind),
    text(F::Industry, "industry", &Customer::industry),
    id(F::AreaId, "area_id", &Customer::areaId),
    text(F::Region, "region", &Customer::region),
    text(F::Address, "address", &Customer::address),
    text(F::Phone, "phone", &Customer::phone),
    text(F::Email, "email", &Customer::email),
    text(F::Website, "website", &Customer::website),
    text(F::Source, "source", &Customer::source),
    text(F::Status, "status", &Customer::status),
    text(F::Size, "size", &Customer::size),
    date(F::Established, "established", &Customer::established),
    real(F::RegisteredCapital, "registered_capital", &Customer::registeredCapital),
    text(F::KeyFigures, "key_figures", &Customer::keyFigures),
    text(F::Preferences, "preferences", &Customer::preferences),
    text(F::PurchaseHabits, "purchase_habits", &Customer::purchaseHabits),
    text(F::PreferredPayment, "preferred_payment", &Customer::preferredPayment),
    text(F::CreditRating, "credit_rating", &Customer::creditRating),
    real(F::CreditLimit, "credit_limit", &Customer::creditLimit),
    integer(F::Satisfaction, "satisfaction", &Customer::satisfaction),
    text(F::LoyaltyClass, "loyalty_class", &Customer::loyaltyClass),
    id(F::OwnerId, "owner_id", &Customer::ownerId),
    flag(F::IsKey, "is_key", &Customer::isKey),
    id(F::ReferredById, "referred_by_id", &Customer::referredById),
    text(F::Notes, "notes", &Customer::notes),
    text(F::ManualStage, "manual_stage", &Customer::manualStage, false),
    dateTime(F::ManualStageAt, "manual_stage_at", &Customer::manualStageAt),
};

} // namespace

std::span<const CustomerColumn> CustomerColumns::all()
{
    return kColumns;
}

const CustomerColumn& CustomerColumns::of(CustomerField field)
{
    return kColumns.at(static_cast<std::size_t>(field));
}

const CustomerColumn* CustomerColumns::find(QStringView name)
{
    for (const CustomerColumn& column : kColumns) {
        if (name == QLatin1String(column.name))
            return &column;
    }
    return nullptr;
}

QVariant CustomerColumn::value(const Customer& c) const
{
    switch (type) {
    case Type::Text:
        return c.*text;
    case Type::Real:
        return c.*real;
    case Type::Integer:
        return c.*integer;
    case Type::Id:
        return c.*id;
    case Type::Flag:
        return c.*flag;
    case Type::Date:
        return c.*date;
    case Type::DateTime:
        return c.*dateTime;
    }
    return {};
}

void CustomerColumn::setValue(Customer& c, const QVariant& v) const
{
    switch (type) {
    case Type::Text:
        c.*text = v.toString();
        break;
    case Type::Real:
        c.*real = v.toDouble();
        break;
    case Type::Integer:
        c.*integer = v.toInt();
        break;
    case Type::Id:
        c.*id = v.toLongLong();
        break;
    case Type::Flag:
        c.*flag = v.toBool();
        break;
    case Type::Date:
        c.*date = v.toDate();
        break;
    case Type::DateTime:
        c.*dateTime = v.toDateTime();
        break;
    }
}

QString CustomerColumn::auditText(const Customer& c) const
{
    switch (type) {
    case Type::Text:
        return c.*text;
    case Type::Real:
        return QString::number(c.*real, 'f', 2);
    case Type::Integer:
        return QString::number(c.*integer);
    case Type::Id:
        return c.*id > 0 ? QString::number(c.*id) : QString();
    case Type::Flag:
        return c.*flag ? QStringLiteral("1") : QStringLiteral("0");
    case Type::Date:
        return (c.*date).toString(Qt::ISODate);
    case Type::DateTime:
        return (c.*dateTime).toUTC().toString(Qt::ISODate);
    }
    return {};
}

} // namespace carddesk::core
