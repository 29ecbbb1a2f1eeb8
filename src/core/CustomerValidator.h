#pragma once

#include "core/Contact.h"
#include "core/Customer.h"
#include "core/Error.h"

#include <vector>

namespace carddesk::core {

// The rules a card must satisfy before it is stored. Shared by storage (which refuses bad rows) and the GUI
// (which shows each message next to its field), so both say the same thing.
class CustomerValidator
{
public:
    static std::vector<Error> validate(const Customer& customer);
    static std::vector<Error> validate(const Contact& contact);

    static bool isValidEmail(const QString& email);
    static bool isValidPhone(const QString& phone);

    static const QStringList& kinds();
    static const QStringList& statuses();
    static const QStringList& sources();
    static const QStringList& loyaltyClasses();
    static const QStringList& creditRatings();
};

} // namespace carddesk::core
