#pragma once

#include "core/Customer.h"

#include <QCoreApplication>
#include <QVariant>

namespace carddesk::gui {

// The editable fields of a card as one list: the card editor, its undo commands, the conflict dialog and the
// change history all name fields through it. key() is the column name the storage and the validator use.
class CustomerFields
{
    Q_DECLARE_TR_FUNCTIONS(CustomerFields)

public:
    enum Field
    {
        Name,
        Kind,
        Industry,
        Region,
        Address,
        Phone,
        Email,
        Website,
        Source,
        Status,
        Size,
        Established,
        RegisteredCapital,
        KeyFigures,
        Preferences,
        PurchaseHabits,
        PreferredPayment,
        CreditRating,
        CreditLimit,
        Satisfaction,
        LoyaltyClass,
        IsKey,
        Notes,
        FieldCount
    };

    static QVariant value(const core::Customer& customer, Field field);
    static void setValue(core::Customer& customer, Field field, const QVariant& value);
    static QString key(Field field);
    static int fromKey(const QString& key); // -1 when not an editable field
    static QString label(Field field);
    // A stored column name as a label; unknown columns are shown as they are.
    static QString labelForKey(const QString& key);
    // The value as a user reads it (translated codes, localised numbers and dates).
    static QString displayText(const core::Customer& customer, Field field);
    static QString displayValue(Field field, const QString& storedText);
};

} // namespace carddesk::gui
