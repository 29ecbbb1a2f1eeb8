#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <string>

namespace carddesk::storage {

// The one place that says which customers a user may see and edit. Every query path (list, search, card,
// child records, reports, exports, CLI) goes through these, so a rep can never reach another rep's card.
//   rep:     customers assigned to them
//   manager: customers assigned to reps of their area, and unassigned customers of their area
//   admin:   the whole office
class AccessScope
{
public:
    // An SQL boolean expression over the customers table aliased as `alias`; ids are integers, so they are
    // written into the text and nothing from the user is ever spliced in.
    static std::string customerFilter(const Session& session, const char* alias = "c");

    // True when the scope is every customer of the office: an admin whose account is active now (read from the
    // database, as customerFilter tests it). Lets bulk paths skip per-row scope look-ups.
    static bool coversWholeOffice(const Session& session);

    // NotFound when the customer does not exist or is outside the user's scope: a rep must not learn that
    // another rep's customer id exists.
    static core::Status requireCustomer(const Session& session, qint64 customerId);

    // Whether this user may own (be assigned) customers seen by `session`: used by reassign and handover.
    static core::Status requireAssignableOwner(const Session& session, qint64 ownerId);

    static core::Status requireRole(const Session& session, core::Role minimum, const QString& action);
};

} // namespace carddesk::storage
