#include "StorageFixture.h"

#include "storage/db/Migrations.h"
#include "storage/scores/ScoresTable.h"

#include <sqlite3.h>

#include <map>
#include <string>
#include <vector>

namespace carddesk::storage::test {
namespace {

const std::vector<std::string> kColumns{"customer_id",   "run_id",          "x",
                                        "tx_days",       "t_days",          "monetary_mean",
                                        "revenue",       "revenue_12m",     "last_order_date",
                                        "p_alive",       "clv_12m",         "abc",
                                        "rfm",           "rfm_segment",     "churn_risk",
                                        "churn_reasons", "lifecycle_stage", "lifecycle_rule",
                                        "stage_since",   "advice"};

const std::string kAllColumns = "customer_id, run_id, x, tx_days, t_days, monetary_mean, revenue, revenue_12m, "
                                "last_order_date, p_alive, clv_12m, abc, rfm, rfm_segment, churn_risk, churn_reasons, "
                                "lifecycle_stage, lifecycle_rule, stage_since, advice";

// The scores table as schema v6 to v9 declared it (Migrations.cpp, kSchemaV6), as a TEMP table beside the virtual
// one: the reference for "as the old table gave".
const char* const kOldTable = R"SQL(
CREATE TEMP TABLE old_scores (
    customer_id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL,
    x INTEGER NOT NULL DEFAULT 0,
    tx_days INTEGER NOT NULL DEFAULT 0,
    t_days INTEGER NOT NULL DEFAULT 0,
    monetary_mean REAL NOT NULL DEFAULT 0,
    revenue REAL NOT NULL DEFAULT 0,
    revenue_12m REAL NOT NULL DEFAULT 0,
    last_order_date TEXT,
    p_alive REAL,
    clv_12m REAL,
    abc TEXT NOT NULL DEFAULT '' CHECK (abc IN ('', 'A', 'B', 'C')),
    rfm INTEGER NOT NULL DEFAULT 0,
    rfm_segment INTEGER NOT NULL DEFAULT 0,
    churn_risk TEXT NOT NULL DEFAULT '' CHECK (churn_risk IN ('', 'low', 'medium', 'high')),
    churn_reasons BLOB,
    lifecycle_stage TEXT NOT NULL DEFAULT '',
    lifecycle_rule INTEGER NOT NULL DEFAULT 0,
    stage_since TEXT,
    advice INTEGER NOT NULL DEFAULT 0
)
)SQL";

// Every column of every row as "type quoted-value" (typeof and quote), in customer id order.
using Table = std::vector<std::vector<std::string>>;

Table describe(SQLite::Database& sql, const std::string& table, const std::string& where = {})
{
    std::string select = "SELECT ";
    for (std::size_t k = 0; k < kColumns.size(); ++k)
        select += (k ? ", typeof(" : "typeof(") + kColumns[k] + ") || ' ' || quote(" + kColumns[k] + ")";
    SQLite::Statement q(sql,
                        select + " FROM " + table + (where.empty() ? "" : " WHERE " + where) + " ORDER BY customer_id");
    Table rows;
    while (q.executeStep()) {
        rows.emplace_back();
        for (int k = 0; k < q.getColumnCount(); ++k)
            rows.back().push_back(q.getColumn(k).getString());
    }
    return rows;
}

// One column of every row as text ("NULL" for NULL), as SQLite converts it.
std::vector<std::string> column(SQLite::Database& sql, const std::string& query)
{
    SQLite::Statement q(sql, query);
    std::vector<std::string> values;
    while (q.executeStep())
        values.push_back(q.getColumn(0).isNull() ? "NULL" : q.getColumn(0).getString());
    return values;
}

struct Failure
{
    bool failed = false;
    int code = SQLITE_OK; // primary result code
    std::string message;
};

// Runs a statement (all its rows) that should fail, and reports how.
Failure failureOf(SQLite::Database& sql, const std::string& statement)
{
    try {
        SQLite::Statement q(sql, statement);
        while (q.executeStep()) {
        }
    } catch (const SQLite::Exception& e) {
        return {true, e.getErrorCode() & 0xff, e.what()};
    }
    return {};
}

// A row with every column set, for tests that care about a few of them.
std::string fullRow(std::int64_t id, std::int64_t run, const std::string& abc = "'B'")
{
    return "(" + std::to_string(id) + ", " + std::to_string(run) + ", " + std::to_string(id % 7 + 1) +
           ", 120, 700, 55.5, 900, 300.25, '2025-03-01', 0.42, 123.4, " + abc +
           ", 345, 6, 'high', X'0102FF00', 'decline', 6, '2025-05-31', 1)";
}

// `scores` through plain SQL on the application's connection, at the latest schema.
class ScoresTableTest : public StorageFixture
{
protected:
    SQLite::Database& sql() { return db().sql(); }

    void insert(const std::string& rows, const std::string& verb = "INSERT")
    {
        sql().exec(verb + " INTO scores (" + kAllColumns + ") VALUES " + rows);
    }
    // The same rows into the virtual table and into the old table's copy.
    void insertBoth(const std::string& columns, const std::string& rows)
    {
        sql().exec("INSERT INTO scores (" + columns + ") VALUES " + rows);
        sql().exec("INSERT INTO old_scores (" + columns + ") VALUES " + rows);
    }
    std::vector<std::string> ids(const std::string& query = "SELECT customer_id FROM scores")
    {
        return column(sql(), query);
    }
    qint64 blocks() { return scalar("SELECT count(*) FROM score_blocks"); }
};

TEST_F(ScoresTableTest, InsertedRowsReadBackWithTheOldTablesValuesAndTypes)
{
    sql().exec(kOldTable);
    // All columns set; NULLs wherever the old table allowed them; dates across 1970, a leap day, the far future;
    // reasons with NUL and 0xff bytes.
    insertBoth(kAllColumns,
               "(7, 3, 4, 120, 700, 55.5, 900, 300.25, '2025-03-01', 0.42, 123.4, 'B', 345, 6, 'high', X'0102FF00', "
               "'won_back', 8, '2024-12-31', 1), "
               "(8, 3, 0, 0, 0, 0, 0, 0, NULL, NULL, NULL, '', 0, 0, '', NULL, '', 0, NULL, 0), "
               "(45, 4, 1, 0, 10, 12.5, 12.5, 0, '1969-12-31', 0.999, 0.0, 'C', 111, 1, 'low', X'00', 'potential', 0, "
               "'2000-02-29', 3), "
               "(46, 4, 2, 30, 400, 1e6, 2e6, 1.5, '2099-12-31', 0, -5.25, 'A', 545, 10, 'medium', X'7F', 'lost', "
               "255, '1970-01-01', 2)");

    const Table got = describe(sql(), "scores");
    EXPECT_EQ(got, describe(sql(), "old_scores"));
    ASSERT_EQ(got.size(), 4u);
    EXPECT_EQ(got[0], (std::vector<std::string>{
                          "integer 7",        "integer 3",       "integer 4",   "integer 120",       "integer 700",
                          "real 55.5",        "real 900.0",      "real 300.25", "text '2025-03-01'", "real 0.42",
                          "real 123.4",       "text 'B'",        "integer 345", "integer 6",         "text 'high'",
                          "blob X'0102FF00'", "text 'won_back'", "integer 8",   "text '2024-12-31'", "integer 1"}));
    EXPECT_EQ(got[1], (std::vector<std::string>{"integer 8", "integer 3", "integer 0", "integer 0", "integer 0",
                                                "real 0.0",  "real 0.0",  "real 0.0",  "null NULL", "null NULL",
                                                "null NULL", "text ''",   "integer 0", "integer 0", "text ''",
                                                "null NULL", "text ''",   "integer 0", "null NULL", "integer 0"}));
    // A lookup by customer_id gives the same as the scan.
    EXPECT_EQ(describe(sql(), "scores", "customer_id = 45"), describe(sql(), "old_scores", "customer_id = 45"));
    EXPECT_EQ(describe(sql(), "scores", "customer_id = 8"), Table{got[1]});
}

TEST_F(ScoresTableTest, EveryStageRiskAndClassNameRoundTrips)
{
    const std::vector<std::string> stages{"potential", "exploration", "formation", "stability",
                                          "decline",   "lost",        "won_back"};
    const std::vector<std::string> risks{"", "low", "medium", "high"};
    const std::vector<std::string> classes{"", "A", "B", "C"};
    for (std::size_t k = 0; k < stages.size(); ++k)
        sql().exec("INSERT INTO scores (customer_id, run_id, lifecycle_stage, churn_risk, abc) VALUES (" +
                   std::to_string(100 + k) + ", 1, '" + stages[k] + "', '" + risks[k % 4] + "', '" +
                   classes[(k + 1) % 4] + "')");
    const std::vector<std::string> gotStages = ids("SELECT lifecycle_stage FROM scores");
    EXPECT_EQ(gotStages, stages);
    for (std::size_t k = 0; k < stages.size(); ++k) {
        const std::string id = std::to_string(100 + k);
        EXPECT_EQ(ids("SELECT churn_risk FROM scores WHERE customer_id = " + id),
                  std::vector<std::string>{risks[k % 4]});
        EXPECT_EQ(ids("SELECT abc FROM scores WHERE customer_id = " + id),
                  std::vector<std::string>{classes[(k + 1) % 4]});
    }
}

TEST_F(ScoresTableTest, StageRecordedAndTheRuleIdAreTheColumnsOfSchemaTen)
{
    // stage_recorded: 1 unless 0 is given; stage_start_rule_id: lifecycle_rule's id, whatever an INSERT gives it.
    sql().exec("INSERT INTO scores (customer_id, run_id) VALUES (1, 1)");
    sql().exec("INSERT INTO scores (customer_id, run_id, stage_recorded, lifecycle_rule) VALUES (2, 1, 0, 6)");
    sql().exec("INSERT INTO scores (customer_id, run_id, stage_recorded, lifecycle_rule, stage_start_rule_id) "
               "VALUES (41, 1, 5, 2, 'bogus')");
    sql().exec("INSERT INTO scores (customer_id, run_id, stage_recorded, lifecycle_rule) VALUES (42, 1, NULL, 255)");
    const std::string select = "SELECT customer_id || ' ' || typeof(stage_recorded) || ' ' || stage_recorded || ' ' || "
                               "quote(stage_start_rule_id) FROM scores";
    EXPECT_EQ(ids(select), (std::vector<std::string>{"1 integer 1 'potential.no_orders'", "2 integer 0 'decline.gap'",
                                                     "41 integer 1 'lost.p_alive'", "42 integer 1 ''"}));
    // An update of another column keeps it; an update of it changes only it.
    sql().exec("UPDATE scores SET x = 3 WHERE customer_id = 2");
    sql().exec("UPDATE scores SET stage_recorded = 0 WHERE customer_id = 1");
    EXPECT_EQ(ids(select + " WHERE customer_id IN (1, 2) ORDER BY customer_id"),
              (std::vector<std::string>{"1 integer 0 'potential.no_orders'", "2 integer 0 'decline.gap'"}));
    EXPECT_EQ(scalar("SELECT x FROM scores WHERE customer_id = 2"), 3);
}

TEST_F(ScoresTableTest, OmittedColumnsTakeTheOldDefaults)
{
    sql().exec(kOldTable);
    insertBoth("customer_id, run_id", "(10, 2)");
    const Table got = describe(sql(), "scores");
    EXPECT_EQ(got, describe(sql(), "old_scores"));
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0], (std::vector<std::string>{"integer 10", "integer 2", "integer 0", "integer 0", "integer 0",
                                                "real 0.0",   "real 0.0",  "real 0.0",  "null NULL", "null NULL",
                                                "null NULL",  "text ''",   "integer 0", "integer 0", "text ''",
                                                "null NULL",  "text ''",   "integer 0", "null NULL", "integer 0"}));
}

TEST_F(ScoresTableTest, NullsInsertedIntoTextColumnsAreStoredAsTheirDefaults)
{
    sql().exec("INSERT INTO scores (customer_id, run_id, x, abc, churn_risk, lifecycle_stage, p_alive, clv_12m, "
               "churn_reasons, last_order_date, stage_since) "
               "VALUES (11, 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
    EXPECT_EQ(describe(sql(), "scores"),
              (Table{{"integer 11", "integer 1", "integer 0", "integer 0", "integer 0", "real 0.0",  "real 0.0",
                      "real 0.0",   "null NULL", "null NULL", "null NULL", "text ''",   "integer 0", "integer 0",
                      "text ''",    "null NULL", "text ''",   "integer 0", "null NULL", "integer 0"}}));
}

TEST_F(ScoresTableTest, ARowNeedsItsCustomerAndRun)
{
    const Failure noRun = failureOf(sql(), "INSERT INTO scores (customer_id) VALUES (12)");
    EXPECT_TRUE(noRun.failed);
    EXPECT_EQ(noRun.code, SQLITE_CONSTRAINT) << noRun.message;
    EXPECT_NE(noRun.message.find("run_id"), std::string::npos) << noRun.message;
    const Failure noCustomer = failureOf(sql(), "INSERT INTO scores (run_id) VALUES (1)");
    EXPECT_TRUE(noCustomer.failed);
    EXPECT_NE(noCustomer.message.find("customer_id"), std::string::npos) << noCustomer.message;
    EXPECT_TRUE(failureOf(sql(), "INSERT INTO scores (customer_id, run_id) VALUES ('twelve', 1)").failed);
    EXPECT_EQ(scalar("SELECT count(*) FROM scores"), 0);
    EXPECT_EQ(blocks(), 0);
}

TEST_F(ScoresTableTest, ADuplicateCustomerIsAConstraintErrorAndInsertOrReplaceReplaces)
{
    insert(fullRow(7, 1));
    const Failure duplicate = failureOf(sql(), "INSERT INTO scores (" + kAllColumns + ") VALUES " + fullRow(7, 2));
    EXPECT_TRUE(duplicate.failed);
    EXPECT_EQ(duplicate.code, SQLITE_CONSTRAINT) << duplicate.message;
    EXPECT_NE(duplicate.message.find("UNIQUE"), std::string::npos) << duplicate.message;
    EXPECT_EQ(ids("SELECT run_id FROM scores"), std::vector<std::string>{"1"});

    // OR IGNORE keeps the stored row without an error.
    sql().exec("INSERT OR IGNORE INTO scores (customer_id, run_id) VALUES (7, 3)");
    EXPECT_EQ(ids("SELECT run_id || ' ' || abc FROM scores"), std::vector<std::string>{"1 B"});

    sql().exec("INSERT OR REPLACE INTO scores (customer_id, run_id, abc) VALUES (7, 4, 'A')");
    EXPECT_EQ(ids("SELECT run_id || ' ' || abc || ' ' || quote(p_alive) FROM scores"),
              std::vector<std::string>{"4 A NULL"}); // the whole row is replaced, not merged
    sql().exec("REPLACE INTO scores (customer_id, run_id) VALUES (7, 5), (8, 5)");
    EXPECT_EQ(ids("SELECT customer_id || ' ' || run_id FROM scores"), (std::vector<std::string>{"7 5", "8 5"}));
}

TEST_F(ScoresTableTest, UpdateChangesTheNamedColumnsOfTheMatchingRows)
{
    insert(fullRow(7, 1) + ", " + fullRow(8, 1) + ", " + fullRow(45, 1));
    const Table before = describe(sql(), "scores");
    sql().exec("UPDATE scores SET abc = 'A', p_alive = NULL, last_order_date = '2025-06-30', churn_reasons = X'05', "
               "lifecycle_stage = 'lost' WHERE customer_id = 7");
    Table want = before;
    want[0][11] = "text 'A'";
    want[0][9] = "null NULL";
    want[0][8] = "text '2025-06-30'";
    want[0][15] = "blob X'05'";
    want[0][16] = "text 'lost'";
    EXPECT_EQ(describe(sql(), "scores"), want);

    // Every row, across blocks, from its own values.
    EXPECT_EQ(sql().exec("UPDATE scores SET x = x + 10, run_id = 2"), 3);
    EXPECT_EQ(ids("SELECT customer_id || ' ' || x || ' ' || run_id FROM scores"),
              (std::vector<std::string>{"7 11 2", "8 12 2", "45 14 2"}));
    // By another column.
    sql().exec("UPDATE scores SET churn_risk = 'low' WHERE abc = 'B'");
    EXPECT_EQ(ids("SELECT churn_risk FROM scores"), (std::vector<std::string>{"high", "low", "low"}));
}

TEST_F(ScoresTableTest, UpdateOfCustomerIdMovesTheRow)
{
    insert(fullRow(7, 1) + ", " + fullRow(8, 2));
    const Table before = describe(sql(), "scores", "customer_id = 7");
    ASSERT_EQ(before.size(), 1u);

    // To another block, then within one.
    ASSERT_NO_THROW(sql().exec("UPDATE scores SET customer_id = 50 WHERE customer_id = 7"));
    EXPECT_EQ(ids(), (std::vector<std::string>{"8", "50"}));
    Table want = before;
    want[0][0] = "integer 50";
    EXPECT_EQ(describe(sql(), "scores", "customer_id = 50"), want);
    EXPECT_TRUE(describe(sql(), "scores", "customer_id = 7").empty());

    ASSERT_NO_THROW(sql().exec("UPDATE scores SET customer_id = 9 WHERE customer_id = 8"));
    EXPECT_EQ(ids("SELECT customer_id || ' ' || run_id FROM scores"), (std::vector<std::string>{"9 2", "50 1"}));
}

TEST_F(ScoresTableTest, UpdateOfCustomerIdOntoAnotherRowIsAConstraintError)
{
    insert(fullRow(7, 1) + ", " + fullRow(8, 2));
    const Failure clash = failureOf(sql(), "UPDATE scores SET customer_id = 8 WHERE customer_id = 7");
    EXPECT_TRUE(clash.failed);
    EXPECT_EQ(clash.code, SQLITE_CONSTRAINT) << clash.message;
    // The old INTEGER PRIMARY KEY's error: the clash is the other row, not the update itself.
    EXPECT_NE(clash.message.find("UNIQUE"), std::string::npos) << clash.message;
    EXPECT_EQ(ids("SELECT customer_id || ' ' || run_id FROM scores"), (std::vector<std::string>{"7 1", "8 2"}));
}

TEST_F(ScoresTableTest, DeleteByCustomerIdAndByAnotherColumn)
{
    insert(fullRow(1, 1, "'A'") + ", " + fullRow(7, 1, "'A'") + ", " + fullRow(39, 1, "'C'") + ", " +
           fullRow(40, 1, "'B'") + ", " + fullRow(45, 1, "'C'") + ", " + fullRow(85, 1, "'C'"));
    EXPECT_EQ(sql().exec("DELETE FROM scores WHERE customer_id = 7"), 1);
    EXPECT_EQ(ids(), (std::vector<std::string>{"1", "39", "40", "45", "85"}));
    EXPECT_EQ(sql().exec("DELETE FROM scores WHERE customer_id = 7"), 0); // nothing left to delete

    // Three blocks at once; block 2 (85) is left without entries and goes.
    EXPECT_EQ(sql().exec("DELETE FROM scores WHERE abc = 'C'"), 3);
    EXPECT_EQ(ids(), (std::vector<std::string>{"1", "40"}));
    EXPECT_EQ(blocks(), 2);

    EXPECT_EQ(sql().exec("DELETE FROM scores"), 2);
    EXPECT_EQ(scalar("SELECT count(*) FROM scores"), 0);
    EXPECT_EQ(blocks(), 0);
}

TEST_F(ScoresTableTest, CheckRulesRefuseUnknownClassesRisksAndStages)
{
    insert(fullRow(1, 1));
    const Table before = describe(sql(), "scores");
    const std::vector<std::pair<std::string, std::string>> bad{
        {"abc", "'D'"}, {"abc", "'a'"}, {"churn_risk", "'huge'"}, {"churn_risk", "'High'"}, {"lifecycle_stage", "'x'"}};
    for (const auto& [name, value] : bad) {
        SCOPED_TRACE(name + " = " + value);
        const Failure insertFailure =
            failureOf(sql(), "INSERT INTO scores (customer_id, run_id, " + name + ") VALUES (2, 1, " + value + ")");
        EXPECT_TRUE(insertFailure.failed);
        EXPECT_EQ(insertFailure.code, SQLITE_CONSTRAINT) << insertFailure.message;
        EXPECT_NE(insertFailure.message.find(name), std::string::npos) << insertFailure.message;
        const Failure updateFailure =
            failureOf(sql(), "UPDATE scores SET " + name + " = " + value + " WHERE customer_id = 1");
        EXPECT_TRUE(updateFailure.failed);
        EXPECT_EQ(updateFailure.code, SQLITE_CONSTRAINT) << updateFailure.message;
        EXPECT_EQ(describe(sql(), "scores"), before); // nothing stored, nothing changed
    }
    EXPECT_EQ(blocks(), 1);
}

TEST_F(ScoresTableTest, ValuesTheBlocksCannotHoldAreConstraintErrorsNamingTheColumn)
{
    insert(fullRow(1, 1));
    const Table before = describe(sql(), "scores");
    const std::vector<std::pair<std::string, std::string>> bad{
        {"x", "3000000000"},       {"x", "-1"},
        {"tx_days", "2.5"},        {"rfm", "1000"},
        {"rfm_segment", "300"},    {"lifecycle_rule", "256"},
        {"advice", "-1"},          {"last_order_date", "'garbage!!!'"},
        {"last_order_date", "''"}, {"stage_since", "'2025-3-1'"}};
    for (const auto& [name, value] : bad) {
        SCOPED_TRACE(name + " = " + value);
        const Failure failure =
            failureOf(sql(), "INSERT INTO scores (customer_id, run_id, " + name + ") VALUES (2, 1, " + value + ")");
        EXPECT_TRUE(failure.failed);
        EXPECT_EQ(failure.code, SQLITE_CONSTRAINT) << failure.message;
        EXPECT_NE(failure.message.find(name), std::string::npos) << failure.message;
        EXPECT_EQ(describe(sql(), "scores"), before);
    }
    // A whole number given as a real, and a time after the date, are what the old table would have meant.
    sql().exec("INSERT INTO scores (customer_id, run_id, x, last_order_date) VALUES (12.0, 1, 3.0, "
               "'2025-03-01T10:00:00Z')");
    EXPECT_EQ(scalar("SELECT x FROM scores WHERE customer_id = 12"), 3);
    EXPECT_EQ(sql().execAndGet("SELECT last_order_date FROM scores WHERE customer_id = 12").getString(), "2025-03-01");
}

TEST_F(ScoresTableTest, AStatementThatFailsHalfwayLeavesNoneOfItsRows)
{
    // ABORT, as with the old table: the earlier rows of the failing statement go, the transaction's earlier
    // statements stay.
    SQLite::Transaction transaction(sql());
    insert(fullRow(1, 1));
    const Failure failure =
        failureOf(sql(), "INSERT INTO scores (customer_id, run_id, abc) VALUES (2, 1, 'A'), (41, 1, 'B'), (3, 1, 'D')");
    EXPECT_TRUE(failure.failed);
    EXPECT_EQ(failure.code, SQLITE_CONSTRAINT) << failure.message;
    EXPECT_EQ(ids(), std::vector<std::string>{"1"});
    transaction.commit();
    EXPECT_EQ(ids(), std::vector<std::string>{"1"});
    EXPECT_EQ(blocks(), 1);

    // The same outside a transaction.
    EXPECT_TRUE(failureOf(sql(), "INSERT INTO scores (customer_id, run_id, abc) VALUES (2, 1, 'A'), (41, 1, 'B'), "
                                 "(3, 1, 'D')")
                    .failed);
    EXPECT_EQ(ids(), std::vector<std::string>{"1"});
    EXPECT_EQ(blocks(), 1);
}

TEST_F(ScoresTableTest, AScanReturnsRowsInCustomerIdOrderAcrossBlocks)
{
    for (std::int64_t id : {1000, 41, 1, 85, 40, 39})
        insert(fullRow(id, id));
    EXPECT_EQ(blocks(), 4); // blocks 0, 1, 2 and 25
    const std::vector<std::string> ascending{"1", "39", "40", "41", "85", "1000"};
    EXPECT_EQ(ids(), ascending);
    EXPECT_EQ(ids("SELECT customer_id FROM scores ORDER BY customer_id"), ascending);
    EXPECT_EQ(ids("SELECT customer_id FROM scores ORDER BY customer_id DESC"),
              (std::vector<std::string>{"1000", "85", "41", "40", "39", "1"}));
    EXPECT_EQ(ids("SELECT rowid FROM scores"), ascending);
    EXPECT_EQ(ids("SELECT customer_id FROM scores WHERE customer_id > 39 AND customer_id < 1000"),
              (std::vector<std::string>{"40", "41", "85"}));
    EXPECT_EQ(ids("SELECT customer_id FROM scores WHERE customer_id IN (85, 2, 1000, 1) ORDER BY customer_id"),
              (std::vector<std::string>{"1", "85", "1000"}));
    // Lookups by rowid, by a text and by a whole real find the row as the old INTEGER PRIMARY KEY did.
    EXPECT_EQ(ids("SELECT run_id FROM scores WHERE rowid = 40"), std::vector<std::string>{"40"});
    EXPECT_EQ(ids("SELECT run_id FROM scores WHERE customer_id = '41'"), std::vector<std::string>{"41"});
    EXPECT_EQ(ids("SELECT run_id FROM scores WHERE customer_id = 85.0"), std::vector<std::string>{"85"});
    EXPECT_TRUE(ids("SELECT run_id FROM scores WHERE customer_id = 85.5").empty());
    EXPECT_TRUE(ids("SELECT run_id FROM scores WHERE customer_id = 2").empty());
    EXPECT_TRUE(ids("SELECT run_id FROM scores WHERE customer_id = NULL").empty());
}

TEST_F(ScoresTableTest, AggregatesSeeEveryRow)
{
    EXPECT_EQ(ids("SELECT count(*) || ' ' || quote(max(run_id)) FROM scores"), std::vector<std::string>{"0 NULL"});
    insert(fullRow(1, 3, "'A'") + ", " + fullRow(45, 7, "'C'") + ", " + fullRow(1000, 5, "'A'"));
    EXPECT_EQ(scalar("SELECT count(*) FROM scores"), 3);
    EXPECT_EQ(scalar("SELECT max(run_id) FROM scores"), 7);
    EXPECT_EQ(scalar("SELECT min(customer_id) FROM scores"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM scores WHERE abc = 'A'"), 2);
    EXPECT_EQ(ids("SELECT abc || ':' || count(*) FROM scores GROUP BY abc ORDER BY abc"),
              (std::vector<std::string>{"A:2", "C:1"}));
}

TEST_F(ScoresTableTest, ALeftJoinWithCustomersGivesEachCustomersRowOrNulls)
{
    // 45 cards, so that the join's look-ups cross from block 0 into block 1; every third is scored, every sixth
    // with a NULL p_alive (scored, but no model).
    std::map<qint64, std::string> want; // id -> "customer_id abc p_alive"
    for (int k = 0; k < 45; ++k) {
        const qint64 id = createCustomer(*m_rep1aSession).id;
        if (k % 3 != 0) {
            want[id] = "NULL NULL NULL";
            continue;
        }
        const std::string pAlive = k % 6 == 0 ? "NULL" : "0.5";
        const std::string abc = k % 2 == 0 ? "A" : "C";
        sql().exec("INSERT INTO scores (customer_id, run_id, abc, p_alive) VALUES (" + std::to_string(id) + ", 1, '" +
                   abc + "', " + pAlive + ")");
        want[id] = std::to_string(id) + " '" + abc + "' " + pAlive;
    }
    ASSERT_GT(want.rbegin()->first, 40);
    // A score whose customer does not exist plays no part.
    sql().exec("INSERT INTO scores (customer_id, run_id) VALUES (100000, 1)");

    SQLite::Statement q(sql(), "SELECT c.id, quote(s.customer_id) || ' ' || quote(s.abc) || ' ' || quote(s.p_alive) "
                               "FROM customers c LEFT JOIN scores s ON s.customer_id = c.id ORDER BY c.id");
    std::map<qint64, std::string> got;
    while (q.executeStep())
        got[q.getColumn(0).getInt64()] = q.getColumn(1).getString();
    EXPECT_EQ(got, want);

    EXPECT_EQ(scalar("SELECT count(*) FROM customers c JOIN scores s ON s.customer_id = c.id"), 15);
    EXPECT_EQ(scalar("SELECT count(*) FROM scores s JOIN customers c ON c.id = s.customer_id"), 15);
    EXPECT_EQ(scalar("SELECT count(*) FROM customers c LEFT JOIN scores s ON s.customer_id = c.id "
                     "WHERE s.customer_id IS NULL"),
              30);
}

TEST_F(ScoresTableTest, DeletingACustomerRemovesItsScore)
{
    ASSERT_EQ(scalar("PRAGMA foreign_keys"), 1);
    const qint64 a = createCustomer(*m_rep1aSession).id;
    const qint64 b = createCustomer(*m_rep1aSession).id;
    const qint64 c = createCustomer(*m_rep1aSession).id;
    for (qint64 id : {a, b, c})
        sql().exec("INSERT INTO scores (customer_id, run_id) VALUES (" + std::to_string(id) + ", 1)");

    CustomerRepository managers(*m_manager1Session);
    auto removed = managers.remove(a);
    ASSERT_TRUE(removed) << removed.error().toString().toStdString();
    EXPECT_EQ(ids(), (std::vector<std::string>{std::to_string(b), std::to_string(c)}));

    SQLite::Statement remove(sql(), "DELETE FROM customers WHERE id = ?");
    remove.bind(1, static_cast<int64_t>(b));
    EXPECT_EQ(remove.exec(), 1);
    EXPECT_EQ(ids(), std::vector<std::string>{std::to_string(c)});

    // Several customers in one statement: the trigger runs once for each.
    const qint64 d = createCustomer(*m_rep1aSession).id;
    const qint64 e = createCustomer(*m_rep1aSession).id;
    for (qint64 id : {d, e})
        sql().exec("INSERT INTO scores (customer_id, run_id) VALUES (" + std::to_string(id) + ", 1)");
    EXPECT_EQ(sql().exec("DELETE FROM customers WHERE id IN (" + std::to_string(c) + ", " + std::to_string(e) + ")"),
              2);
    EXPECT_EQ(ids(), std::vector<std::string>{std::to_string(d)});
}

TEST_F(ScoresTableTest, ADamagedBlockFailsTheReadWithAMessage)
{
    insert(fullRow(1, 1) + ", " + fullRow(2, 1) + ", " + fullRow(45, 1));
    const std::string whole = "SELECT * FROM scores";
    const std::string lookup = "SELECT abc FROM scores WHERE customer_id = 1";
    for (const char* damage : {"X'DEADBEEF'", "X''", "substr(data, 1, length(data) - 1)", "data || X'00'",
                               "X'01' || substr(data, 2, 1) || X'00'"}) {
        SCOPED_TRACE(damage);
        const std::string good = sql().execAndGet("SELECT hex(data) FROM score_blocks WHERE id = 0").getString();
        sql().exec(std::string("UPDATE score_blocks SET data = ") + damage + " WHERE id = 0");
        for (const std::string& query : {whole, lookup, std::string("SELECT count(*) FROM scores"),
                                         std::string("SELECT customer_id FROM scores WHERE customer_id IN (45, 1)")}) {
            const Failure failure = failureOf(sql(), query);
            EXPECT_TRUE(failure.failed) << query;
            EXPECT_NE(failure.message.find("cannot be read"), std::string::npos) << query << ": " << failure.message;
        }
        // Other blocks still read.
        EXPECT_EQ(ids("SELECT customer_id FROM scores WHERE customer_id = 45"), std::vector<std::string>{"45"});
        // A write into the damaged block fails too, instead of replacing the block (and its other scores).
        const std::string damaged = sql().execAndGet("SELECT hex(data) FROM score_blocks WHERE id = 0").getString();
        const Failure write = failureOf(sql(), "INSERT INTO scores (customer_id, run_id) VALUES (3, 1)");
        EXPECT_TRUE(write.failed);
        EXPECT_NE(write.message.find("cannot be read"), std::string::npos) << write.message;
        EXPECT_EQ(sql().execAndGet("SELECT hex(data) FROM score_blocks WHERE id = 0").getString(), damaged);
        sql().exec("UPDATE score_blocks SET data = X'" + good + "' WHERE id = 0");
        EXPECT_EQ(ids(), (std::vector<std::string>{"1", "2", "45"}));
    }
    // A damaged block after the first: the scan fails when it reaches it, not before.
    sql().exec("UPDATE score_blocks SET data = X'0102' WHERE id = 1");
    SQLite::Statement scan(sql(), "SELECT customer_id FROM scores");
    ASSERT_TRUE(scan.executeStep());
    EXPECT_EQ(scan.getColumn(0).getInt64(), 1);
    ASSERT_TRUE(scan.executeStep());
    EXPECT_EQ(scan.getColumn(0).getInt64(), 2);
    try {
        const bool row = scan.executeStep();
        ADD_FAILURE() << "the scan went on past the damaged block (row: " << row << ")";
    } catch (const SQLite::Exception& e) {
        EXPECT_NE(std::string(e.what()).find("cannot be read"), std::string::npos) << e.what();
    }
}

TEST_F(ScoresTableTest, ARollbackLeavesNothingOfTheInsertedScores)
{
    insert(fullRow(1, 1));
    const Table before = describe(sql(), "scores");
    const std::string blocksBefore = sql().execAndGet("SELECT group_concat(hex(data)) FROM score_blocks").getString();
    {
        SQLite::Transaction transaction(sql());
        insert(fullRow(2, 2) + ", " + fullRow(41, 2) + ", " + fullRow(1000, 2));
        sql().exec("UPDATE scores SET abc = 'C' WHERE customer_id = 1");
        EXPECT_EQ(scalar("SELECT count(*) FROM scores"), 4);
        // no commit: the destructor rolls back
    }
    EXPECT_EQ(describe(sql(), "scores"), before);
    EXPECT_EQ(sql().execAndGet("SELECT group_concat(hex(data)) FROM score_blocks").getString(), blocksBefore);

    sql().exec("BEGIN");
    sql().exec("SAVEPOINT scoring");
    insert(fullRow(3, 3));
    sql().exec("DELETE FROM scores WHERE customer_id = 1");
    sql().exec("ROLLBACK TO scoring");
    sql().exec("RELEASE scoring");
    sql().exec("COMMIT");
    EXPECT_EQ(describe(sql(), "scores"), before);
}

TEST_F(ScoresTableTest, AnotherConnectionSeesTheScores)
{
    insert(fullRow(1, 1) + ", " + fullRow(45, 2));
    auto other = openAgain();
    ASSERT_TRUE(other) << other.error().toString().toStdString();
    EXPECT_EQ(describe((*other)->sql(), "scores"), describe(sql(), "scores"));
}

// Schema v10 converts a v9 database's scores rows into blocks and drops the table.
class ScoresMigrationTest : public DatabaseFileTest
{
};

TEST_F(ScoresMigrationTest, VersionTenKeepsEveryScoreAndDropsTheTable)
{
    ASSERT_GE(latestSchemaVersion(), 10);
    Table before;
    std::vector<qint64> customers;
    {
        Database::Options options;
        options.targetVersion = 9;
        auto db = openOrFail(options);
        ASSERT_EQ(db->schemaVersion(), 9);
        auto& sql = db->sql();
        // A real table at v9 (it hides the virtual one).
        ASSERT_EQ(
            sql.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'scores'").getInt(), 1);
        auto admin = UserRepository::createFirstAdmin(*db, QStringLiteral("admin"), QStringLiteral("password123"));
        ASSERT_TRUE(admin) << admin.error().toString().toStdString();
        Session session(*db, *admin);
        for (int k = 0; k < 3; ++k) {
            core::Customer customer;
            customer.name = QStringLiteral("客户 %1").arg(k);
            auto created = CustomerRepository(session).create(customer);
            ASSERT_TRUE(created) << created.error().toString().toStdString();
            customers.push_back(created->id);
        }
        const std::string c0 = std::to_string(customers[0]);
        const std::string c1 = std::to_string(customers[1]);
        // The customers' rows and others across blocks 0, 1, 2 and 25; NULLs and non-NULLs in every nullable
        // column, every stage, an unknown rule (255), reasons with NUL and 0xff.
        sql.exec("INSERT INTO scores (" + kAllColumns + ") VALUES (" + c0 +
                 ", 5, 3, 120, 700, 55.5, 900, 300.25, '2025-03-01', 0.42, 123.4, 'B', 345, 6, 'high', "
                 "X'0102FF00', 'decline', 6, '2025-05-31', 1), (" +
                 c1 +
                 ", 5, 0, 0, 0, 0, 0, 0, NULL, NULL, NULL, '', 0, 0, '', NULL, '', 0, NULL, 0), "
                 "(39, 5, 1, 0, 7, 10, 10, 10, '2024-01-31', 0.5, NULL, 'C', 111, 1, 'low', NULL, 'won_back', 255, "
                 "NULL, 3), "
                 "(40, 4, 2, 14, 28, 20.25, 40.5, 0, '2023-02-28', NULL, 77.0, 'A', 555, 10, 'medium', X'00', "
                 "'potential', 0, '2020-02-29', 2), "
                 "(41, 4, 9, 300, 365, 1e6, 9e6, 2.5e6, '1999-12-31', 0.999, 1e7, 'A', 545, 9, 'low', X'FF', "
                 "'exploration', 9, '1969-12-31', 0), "
                 "(85, 3, 4, 50, 60, 1.25, 5, 5, '2025-06-30', 0.01, -3.5, 'C', 211, 2, 'high', X'0203', 'formation', "
                 "13, '2025-06-01', 1), "
                 "(86, 3, 5, 60, 70, 2, 10, 10, '2025-06-29', 0.2, 0, 'B', 322, 4, 'medium', NULL, 'stability', 12, "
                 "'2025-01-01', 2), "
                 "(1000, 3, 6, 70, 80, 3, 18, 0, '2025-05-05', 0.3, 12, 'B', 433, 5, 'high', X'AB', 'lost', 2, "
                 "'2025-02-02', 3)");
        before = describe(sql, "scores");
        ASSERT_EQ(before.size(), 8u);
    }

    auto db = openOrFail();
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
    auto& sql = db->sql();
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'scores'").getInt(), 0);
    EXPECT_EQ(
        sql.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'score_blocks'").getInt(),
        1);
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM score_blocks").getInt(), 4);
    EXPECT_EQ(describe(sql, "scores"), before);
    EXPECT_EQ(describe(sql, "scores", "customer_id = 40"), Table{before[3]});
    // The stages' starts of converted rows are in lifecycle_history already.
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM scores WHERE stage_recorded = 1").getInt(), 8);
    EXPECT_EQ(sql.execAndGet("SELECT group_concat(quote(stage_start_rule_id), ' ') FROM scores").getString(),
              "'decline.gap' 'potential.no_orders' '' 'potential.no_orders' 'exploration.new' 'formation.building' "
              "'stability.steady' 'lost.p_alive'");
    auto check = db->check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->isEmpty()) << check->join(QLatin1Char('\n')).toStdString();

    // The trigger made at v6 now deletes through the virtual table.
    sql.exec("DELETE FROM customers WHERE id = " + std::to_string(customers[0]));
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM scores").getInt(), 7);
    EXPECT_EQ(
        sql.execAndGet("SELECT count(*) FROM scores WHERE customer_id = " + std::to_string(customers[0])).getInt(), 0);
}

TEST_F(ScoresMigrationTest, VersionTenDropsAStageOrDateTheOldTableHeldButNoRunWrote)
{
    {
        Database::Options options;
        options.targetVersion = 9;
        auto db = openOrFail(options);
        db->sql().exec("INSERT INTO scores (customer_id, run_id, last_order_date, lifecycle_stage, stage_since) "
                       "VALUES (7, 1, 'soon', 'won back', '2025/01/01'), (8, 1, '2025-01-02', 'lost', '2025-01-03')");
    }
    auto db = openOrFail(); // the migration does not stop the file from opening
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(db->sql()
                  .execAndGet("SELECT group_concat(quote(last_order_date) || ' ' || quote(lifecycle_stage) || ' ' || "
                              "quote(stage_since), '; ') FROM scores")
                  .getString(),
              "NULL '' NULL; '2025-01-02' 'lost' '2025-01-03'");
}

} // namespace
} // namespace carddesk::storage::test
