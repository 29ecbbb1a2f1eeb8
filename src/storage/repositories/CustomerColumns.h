#pragma once

#include "core/CustomerColumns.h"

#include <QString>

#include <SQLiteCpp/SQLiteCpp.h>
#include <string>
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

// A whole card as SELECT columns of `c` (id, every column above, created_at, updated_at, row_version), and the card
// read back from a statement's first columns in that order: the repository's reads and the list's file rows.
std::string customerSelectColumns();
core::Customer readCustomerColumns(SQLite::Statement& statement);

} // namespace carddesk::storage
