#pragma once

#include "core/CustomerColumns.h"

#include <QString>

#include <SQLiteCpp/SQLiteCpp.h>
#include <vector>

namespace carddesk::storage {

// A column of core::CustomerColumns with how storage binds and reads it. The list itself lives in core; INSERT,
// UPDATE, SELECT and the field-by-field audit all walk it, so they cannot drift apart.
struct CustomerColumn
{
    const core::CustomerColumn* column;
    const char* name;

    QString text(const core::Customer& customer) const { return column->auditText(customer); } // audit value
    void bind(SQLite::Statement& statement, int index, const core::Customer& customer) const;
    void read(const SQLite::Column& value, core::Customer& customer) const;
};

const std::vector<CustomerColumn>& customerColumns();

} // namespace carddesk::storage
