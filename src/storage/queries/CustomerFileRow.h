#pragma once

#include "core/Contact.h"
#include "core/Customer.h"

#include <QString>

#include <optional>

namespace carddesk::storage {

// One row of the customer file (io::CustomerFileColumns) as storage reads it for an export: a customer's card with
// its area, rep and referrer by name, and one of its contacts. A customer with several contacts gives several rows
// in a row, the first with firstOfCustomer set; one without contacts gives one row without a contact.
struct CustomerFileRow
{
    core::Customer customer;
    QString areaName;
    QString ownerUsername;
    QString referredByCode;
    bool firstOfCustomer = true;
    std::optional<core::Contact> contact;
};

} // namespace carddesk::storage
