#pragma once

#include "core/CustomerColumn.h"

#include <QStringView>

#include <span>

namespace carddesk::core {

// The one list of the customers table's columns: storage builds its INSERT, UPDATE, SELECT and field audit from
// it, the bulk loader its multi-row INSERT, the GUI its card fields and change-history labels.
class CustomerColumns
{
public:
    // In stored order; all()[i].field == CustomerField(i).
    static std::span<const CustomerColumn> all();
    static const CustomerColumn& of(CustomerField field);
    // nullptr when `name` is not a column of the list.
    static const CustomerColumn* find(QStringView name);
};

} // namespace carddesk::core
