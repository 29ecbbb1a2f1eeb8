#pragma once

#include "storage/access/Session.h"

#include <QString>

#include <utility>
#include <vector>

namespace carddesk::storage {

// Field-by-field audit rows for the child tables of a card (contacts, orders, visits...). A row is given as
// its fields in audit form (name → text); the caller runs these inside the transaction of the change itself.
class RowAudit
{
public:
    using Fields = std::vector<std::pair<QString, QString>>;

    // One "insert" row per non-empty field: old value NULL, new value the field.
    static void inserted(Session& session, const QString& table, qint64 rowId, qint64 customerId, const Fields& fields);
    // One "update" row per field whose text differs between before and after (same field order).
    static void updated(Session& session, const QString& table, qint64 rowId, qint64 customerId, const Fields& before,
                        const Fields& after);
    // One "delete" row per non-empty field: old value the field, new value NULL.
    static void removed(Session& session, const QString& table, qint64 rowId, qint64 customerId, const Fields& fields);
    // As removed(), with the action "void": a record entered by mistake, taken back with a reason.
    static void voided(Session& session, const QString& table, qint64 rowId, qint64 customerId, const Fields& fields);

    // Money and quantities in audit text: no trailing zeros, never scientific notation.
    static QString number(double value);
};

} // namespace carddesk::storage
