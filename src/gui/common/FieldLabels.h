#pragma once

#include "core/CustomerField.h"

#include <QCoreApplication>
#include <QString>

namespace carddesk::gui {

// Stored field names (customers.credit_limit, interactions.next_follow_up) and their stored values in the user's
// language, for the card, the change history and error sentences.
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)

public:
    static QString customer(core::CustomerField field);
    // An audit row's field: the customer's own fields by their label, a child record's as "Record: field".
    static QString field(const QString& table, const QString& field);
    // An audit row's value: codes as their labels, flags as yes/no, ISO dates in the user's format.
    static QString value(const QString& table, const QString& field, const QString& storedText);
    // The field an error names (a customers column, or an input field such as "amount", "due_date").
    static QString errorField(const QString& field);

private:
    static QString table(const QString& table);
    static QString column(const QString& field); // child-table columns; empty when unknown
};

} // namespace carddesk::gui
