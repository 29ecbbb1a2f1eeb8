#include "gui/customer/CustomerFields.h"

#include "gui/common/Labels.h"

#include <QLocale>

namespace carddesk::gui {

QVariant CustomerFields::value(const core::Customer& c, Field field)
{
    switch (field) {
    case Name:
        return c.name;
    case Kind:
        return c.kind;
    case Industry:
        return c.industry;
    case Region:
        return c.region;
    case Address:
        return c.address;
    case Phone:
        return c.phone;
    case Email:
        return c.email;
    case Website:
        return c.website;
    case Source:
        return c.source;
    case Status:
        return c.status;
    case Size:
        return c.size;
    case Established:
        return c.established;
    case RegisteredCapital:
        return c.registeredCapital;
    case KeyFigures:
        return c.keyFigures;
    case Preferences:
        return c.preferences;
    case PurchaseHabits:
        return c.purchaseHabits;
    case PreferredPayment:
        return c.preferredPayment;
    case CreditRating:
        return c.creditRating;
    case CreditLimit:
        return c.creditLimit;
    case Satisfaction:
        return c.satisfaction;
    case LoyaltyClass:
        return c.loyaltyClass;
    case IsKey:
        return c.isKey;
    case Notes:
        return c.notes;
    case FieldCount:
        break;
    }
    return {};
}

void CustomerFields::setValue(core::Customer& c, Field field, const QVariant& v)
{
    switch (field) {
    case Name:
        c.name = v.toString();
        break;
    case Kind:
        c.kind = v.toString();
        break;
    case Industry:
        c.industry = v.toString();
        break;
    case Region:
        c.region = v.toString();
        break;
    case Address:
        c.address = v.toString();
        break;
    case Phone:
        c.phone = v.toString();
        break;
    case Email:
        c.email = v.toString();
        break;
    case Website:
        c.website = v.toString();
        break;
    case Source:
        c.source = v.toString();
        break;
    case Status:
        c.status = v.toString();
        break;
    case Size:
        c.size = v.toString();
        break;
    case Established:
        c.established = v.toDate();
        break;
    case RegisteredCapital:
        c.registeredCapital = v.toDouble();
        break;
    case KeyFigures:
        c.keyFigures = v.toString();
        break;
    case Preferences:
        c.preferences = v.toString();
        break;
    case PurchaseHabits:
        c.purchaseHabits = v.toString();
        break;
    case PreferredPayment:
        c.preferredPayment = v.toString();
        break;
    case CreditRating:
        c.creditRating = v.toString();
        break;
    case CreditLimit:
        c.creditLimit = v.toDouble();
        break;
    case Satisfaction:
        c.satisfaction = v.toInt();
        break;
    case LoyaltyClass:
        c.loyaltyClass = v.toString();
        break;
    case IsKey:
        c.isKey = v.toBool();
        break;
    case Notes:
        c.notes = v.toString();
        break;
    case FieldCount:
        break;
    }
}

QString CustomerFields::key(Field field)
{
    static const char* const keys[FieldCount] = {"name",
                                                 "kind",
                                                 "industry",
                                                 "region",
                                                 "address",
                                                 "phone",
                                                 "email",
                                                 "website",
                                                 "source",
                                                 "status",
                                                 "size",
                                                 "established",
                                                 "registered_capital",
                                                 "key_figures",
                                                 "preferences",
                                                 "purchase_habits",
                                                 "preferred_payment",
                                                 "credit_rating",
                                                 "credit_limit",
                                                 "satisfaction",
                                                 "loyalty_class",
                                                 "is_key",
                                                 "notes"};
    return field >= 0 && field < FieldCount ? QString::fromLatin1(keys[field]) : QString();
}

int CustomerFields::fromKey(const QString& k)
{
    for (int f = 0; f < FieldCount; ++f) {
        if (key(static_cast<Field>(f)) == k)
            return f;
    }
    return -1;
}

QString CustomerFields::label(Field field)
{
    switch (field) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Industry:
        return tr("Industry");
    case Region:
        return tr("Region");
    case Address:
        return tr("Address");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case Website:
        return tr("Website");
    case Source:
        return tr("Source");
    case Status:
        return tr("Status");
    case Size:
        return tr("Size");
    case Established:
        return tr("Established");
    case RegisteredCapital:
        return tr("Registered capital");
    case KeyFigures:
        return tr("Key figures");
    case Preferences:
        return tr("Preferences");
    case PurchaseHabits:
        return tr("Purchase habits");
    case PreferredPayment:
        return tr("Preferred payment");
    case CreditRating:
        return tr("Credit rating");
    case CreditLimit:
        return tr("Credit limit");
    case Satisfaction:
        return tr("Satisfaction");
    case LoyaltyClass:
        return tr("Loyalty class");
    case IsKey:
        return tr("Key customer");
    case Notes:
        return tr("Notes");
    case FieldCount:
        break;
    }
    return {};
}

QString CustomerFields::labelForKey(const QString& k)
{
    const int field = fromKey(k);
    if (field >= 0)
        return label(static_cast<Field>(field));
    if (k == QLatin1String("owner_id"))
        return tr("Assigned rep");
    if (k == QLatin1String("code"))
        return tr("Code");
    if (k == QLatin1String("area_id"))
        return tr("Area");
    if (k == QLatin1String("referred_by_id"))
        return tr("Referred by");
    if (k == QLatin1String("manual_stage"))
        return tr("Lifecycle stage");
    return k;
}

QString CustomerFields::displayValue(Field field, const QString& text)
{
    switch (field) {
    case Kind:
        return Labels::kind(text);
    case Status:
        return Labels::status(text);
    case Source:
        return Labels::source(text);
    case Size:
        return Labels::size(text);
    case LoyaltyClass:
        return Labels::loyalty(text);
    case CreditRating:
        return Labels::creditRating(text);
    case IsKey:
        return text == QLatin1String("1") || text == QLatin1String("true") ? tr("Yes") : tr("No");
    default:
        return text;
    }
}

QString CustomerFields::displayText(const core::Customer& c, Field field)
{
    const QLocale locale;
    switch (field) {
    case Established:
        return c.established.isValid() ? locale.toString(c.established, QLocale::ShortFormat) : QString();
    case RegisteredCapital:
        return locale.toString(c.registeredCapital, 'f', 0);
    case CreditLimit:
        return locale.toString(c.creditLimit, 'f', 0);
    case Satisfaction:
        return c.satisfaction > 0 ? QString::number(c.satisfaction) : tr("(not set)");
    case IsKey:
        return c.isKey ? tr("Yes") : tr("No");
    default:
        return displayValue(field, value(c, field).toString());
    }
}

} // namespace carddesk::gui
