#pragma once

#include "core/Customer.h"

#include <QString>

#include <SQLiteCpp/SQLiteCpp.h>
#include <vector>

namespace carddesk::storage {

// The editable columns of the customers table, each with how to bind it, read it and show it in the audit
// trail. One list drives INSERT, UPDATE, SELECT and the field-by-field audit, so they cannot drift apart.
struct CustomerColumn
{
    const char* name;
    QString (*text)(const core::Customer&);                       // audit value
    void (*bind)(SQLite::Statement&, int, const core::Customer&); // bind as SQL value
    void (*read)(const SQLite::Column&, core::Customer&);
};

const std::vector<CustomerColumn>& customerColumns();

} // namespace carddesk::storage
