#pragma once

#include <string>

namespace carddesk::storage {

// The lifecycle stage history as readers see it: the rows of lifecycle_history and, for every customer whose
// first classification has not been written there (ScoreEntry::stageRecorded), that classification from the
// score: from no stage to the stored one, on the day it began, with the rule that began it. A scoring run writes
// the row only when the stage next changes, so a first run does not write a million rows. Columns as
// lifecycle_history's; such an event's id is minus the customer id (unique, never a row's). Use as
// `FROM <this> h`. `scope` is a condition on the customers `c` (AccessScope::customerFilter, or `c.id = 42`),
// tested inside each arm so that SQLite walks the scope's index into both instead of reading every event.
inline std::string lifecycleEvents(const std::string& scope)
{
    return "(SELECT h.id, h.customer_id, h.from_stage, h.to_stage, h.changed_on, h.rule, h.manual, h.user_id, "
           "h.reason FROM lifecycle_history h JOIN customers c ON c.id = h.customer_id WHERE " +
           scope +
           " UNION ALL SELECT -s.customer_id, s.customer_id, NULL, s.lifecycle_stage, s.stage_since, "
           "s.stage_start_rule_id, 0, NULL, '' FROM scores s JOIN customers c ON c.id = s.customer_id "
           "WHERE s.stage_recorded = 0 AND s.lifecycle_stage <> '' AND s.stage_since IS NOT NULL AND " +
           scope + ")";
}

} // namespace carddesk::storage
