#pragma once

#include "core/Customer.h"
#include "core/CustomerField.h"

#include <QString>
#include <QVariant>

namespace carddesk::core {

// One column of the customers table: its stored name (also the validator's and the audit trail's field name), how
// it is stored, whether the card editor edits it, and the Customer member it holds. Exactly one member pointer,
// the one matching `type`, is set.
struct CustomerColumn
{
    enum class Type
    {
        Text,     // TEXT, '' when empty
        Real,     // REAL
        Integer,  // INTEGER
        Id,       // INTEGER id of another row, NULL when 0
        Flag,     // INTEGER 0 | 1
        Date,     // TEXT yyyy-MM-dd, NULL when invalid
        DateTime, // TEXT ISO 8601 UTC, NULL when invalid
    };

    CustomerField field;
    const char* name;
    Type type;
    bool editable;
    QString Customer::*text = nullptr;
    double Customer::*real = nullptr;
    int Customer::*integer = nullptr;
    qint64 Customer::*id = nullptr;
    bool Customer::*flag = nullptr;
    QDate Customer::*date = nullptr;
    QDateTime Customer::*dateTime = nullptr;

    QString columnName() const { return QString::fromLatin1(name); }
    QVariant value(const Customer& customer) const;
    void setValue(Customer& customer, const QVariant& value) const;
    // The value as the audit trail stores it (old_value/new_value): numbers with two decimals, ids empty when
    // unset, dates ISO, flags 0/1.
    QString auditText(const Customer& customer) const;
};

} // namespace carddesk::core
