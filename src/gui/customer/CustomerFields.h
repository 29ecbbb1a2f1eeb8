#pragma once

#include "core/Customer.h"

#include <QCoreApplication>
#include <QVariant>

namespace carddesk::gui {

// The card editor's fields: the editable columns of core::CustomerColumns in their stored order (a test checks the
// enum against that list). The editor, its undo commands and the conflict dialog name fields through it; key() is
// the column name the storage and the validator use, label() is FieldLabels::customer.
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
