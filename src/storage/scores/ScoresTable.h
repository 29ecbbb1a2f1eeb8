#pragma once

#include "storage/scores/ScoreEntry.h"

#include <string>

struct sqlite3;
struct sqlite3_value;

namespace carddesk::storage {

// The `scores` table every reader queries (one row per scored customer: the list's ABC, risk, stage and CLV
// columns, the card, the analysis page, the CLI) as an eponymous virtual table over score_blocks
// (ScoreBlock): SQL reads and joins it like the table it replaced in schema v10, lookups by customer_id go
// straight to the block, and INSERT / UPDATE / DELETE of single rows work too (the customers_delete_scores
// trigger, tests), with the old CHECK rules on abc, churn_risk and lifecycle_stage. Scoring runs write the
// blocks themselves (ScoreBlockWriter).
class ScoresTable
{
public:
    // Makes `scores` known to this connection; every connection of the application calls it when it opens.
    // Returns an SQLite result code.
    static int registerOn(sqlite3* db);

    // A row of the table's columns, in their order (INSERT's values, or a schema-v9 `scores` row followed by
    // stage_recorded and stage_start_rule_id), as an entry: NULLs take the old table's defaults (stage_recorded 1),
    // and its CHECK rules hold. Empty when valid, else what is wrong.
    static std::string entryFrom(sqlite3_value** columns, ScoreEntry& entry);
};

} // namespace carddesk::storage
