#pragma once

#include "core/Contact.h"
#include "core/Customer.h"

#include <QJsonObject>

namespace carddesk::core {

// The card as JSON with stable snake_case keys: what `customer show --format json` prints and exports use.
class CustomerJson
{
public:
    static QJsonObject toJson(const Customer& customer);
    static QJsonObject toJson(const Contact& contact);
};

} // namespace carddesk::core
