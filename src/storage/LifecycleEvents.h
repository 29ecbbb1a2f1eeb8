#pragma once

namespace carddesk::storage {

// The lifecycle stage history as readers see it: the rows of lifecycle_history and, for every customer whose
// first classification has not been written there (ScoreEntry::stageRecorded), that classification from the
// score: from no stage to the stored one, on the day it began, with its rule. A scoring run writes the row only
// when the stage next changes, so a first run does not write a million rows. Columns as lifecycle_history's;
// such an event's id is minus the customer id (unique, never a row's). Use as `FROM <this> h`.
inline constexpr const char* kLifecycleEvents =
    "(SELECT id, customer_id, from_stage, to_stage, changed_on, rule, manual, user_id, reason FROM lifecycle_history "
    "UNION ALL SELECT -customer_id, customer_id, NULL, lifecycle_stage, stage_since, lifecycle_rule_id, 0, NULL, '' "
    "FROM scores WHERE stage_recorded = 0 AND lifecycle_stage <> '' AND stage_since IS NOT NULL)";

} // namespace carddesk::storage
