#include "StorageFixture.h"

#include "analytics/AbcClassifier.h"
#include "analytics/ChurnAssessor.h"
#include "analytics/DayNumber.h"
#include "analytics/LifecycleClassifier.h"
#include "storage/db/Migrations.h"
#include "storage/scores/ScoreRepository.h"

#include <sqlite3.h>

#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace carddesk::storage::test {
namespace {

const std::vector<std::string> kV9Columns{"customer_id",   "run_id",          "x",
                                          "tx_days",       "t_days",          "monetary_mean",
                                          "revenue",       "revenue_12m",     "last_order_date",
                                          "p_alive",       "clv_12m",         "abc",
                                          "rfm",           "rfm_segment",     "churn_risk",
                                          "churn_reasons", "lifecycle_stage", "lifecycle_rule",
                                          "stage_since",   "advice"};

const std::string kV9ColumnList = "customer_id, run_id, x, tx_days, t_days, monetary_mean, revenue, revenue_12m, "
                                  "last_order_date, p_alive, clv_12m, abc, rfm, rfm_segment, churn_risk, "
                                  "churn_reasons, lifecycle_stage, lifecycle_rule, stage_since, advice";

// The columns readers see (the v9 table's, now partly generated from the codes), as "type quoted-value" per row in
// customer id order.
using Table = std::vector<std::vector<std::string>>;

Table describe(SQLite::Database& sql, const std::string& where = {})
{
    std::string select = "SELECT ";
    for (std::size_t k = 0; k < kV9Columns.size(); ++k)
        select += (k ? ", typeof(" : "typeof(") + kV9Columns[k] + ") || ' ' || quote(" + kV9Columns[k] + ")";
    SQLite::Statement q(sql,
                        select + " FROM scores" + (where.empty() ? "" : " WHERE " + where) + " ORDER BY customer_id");
    Table rows;
    while (q.executeStep()) {
        rows.emplace_back();
        for (int k = 0; k < q.getColumnCount(); ++k)
            rows.back().push_back(q.getColumn(k).getString());
    }
    return rows;
}

// `scores` through plain SQL on the application's connection, at the latest schema.
class ScoresSchemaTest : public StorageFixture
{
protected:
    SQLite::Database& sql() { return db().sql(); }
    std::string text(const std::string& query) { return sql().execAndGet(query).getString(); }
};

TEST_F(ScoresSchemaTest, ScoresIsAnOrdinaryTableWithoutForeignKeys)
{
    EXPECT_EQ(scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'scores' AND "
                     "sql LIKE 'CREATE TABLE%'"),
              1);
    EXPECT_EQ(scalar("SELECT count(*) FROM sqlite_master WHERE sql LIKE '%VIRTUAL TABLE%' AND name <> "
                     "'customers_fts'"),
              0);
    EXPECT_EQ(scalar("SELECT count(*) FROM sqlite_master WHERE name = 'score_blocks'"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM pragma_foreign_key_list('scores')"), 0);
}

TEST_F(ScoresSchemaTest, TheTextColumnsReadersUseAreTheAnalyticsNamesOfTheCodes)
{
    for (int code = 0; code <= 3; ++code) {
        sql().exec("INSERT OR REPLACE INTO scores (customer_id, run_id, abc_code, risk_code) VALUES (1, 1, " +
                   std::to_string(code) + ", " + std::to_string(code) + ")");
        EXPECT_EQ(text("SELECT abc FROM scores WHERE customer_id = 1"),
                  std::string(analytics::abcClassName(static_cast<analytics::AbcClass>(code))));
        EXPECT_EQ(text("SELECT churn_risk FROM scores WHERE customer_id = 1"),
                  std::string(analytics::churnLevelName(static_cast<analytics::ChurnLevel>(code))));
    }
    for (int code = 0; code <= static_cast<int>(analytics::LifecycleStage::WonBack); ++code) {
        sql().exec("INSERT OR REPLACE INTO scores (customer_id, run_id, stage_code) VALUES (1, 1, " +
                   std::to_string(code) + ")");
        const auto stage = static_cast<analytics::LifecycleStage>(code);
        EXPECT_EQ(text("SELECT lifecycle_stage FROM scores WHERE customer_id = 1"),
                  code == 0 ? std::string() : ScoreRepository::stageName(stage).toStdString());
    }
    for (int code = 0; code <= static_cast<int>(analytics::LifecycleRule::FormationBuilding); ++code) {
        sql().exec("INSERT OR REPLACE INTO scores (customer_id, run_id, stage_start_rule) VALUES (1, 1, " +
                   std::to_string(code) + ")");
        EXPECT_EQ(text("SELECT stage_start_rule_id FROM scores WHERE customer_id = 1"),
                  std::string(analytics::lifecycleRuleId(static_cast<analytics::LifecycleRule>(code))));
    }
    sql().exec("UPDATE scores SET stage_start_rule = 255 WHERE customer_id = 1"); // an unknown rule (schema v6)
    EXPECT_EQ(text("SELECT stage_start_rule_id FROM scores WHERE customer_id = 1"), "");
}

TEST_F(ScoresSchemaTest, CheckRulesRefuseCodesOutsideTheirEnumerationsAndTheTextsCannotBeWritten)
{
    EXPECT_NO_THROW(sql().exec("INSERT INTO scores (customer_id, run_id, abc_code, risk_code, stage_code, "
                               "stage_recorded) VALUES (1, 1, 3, 3, 7, 0)"));
    for (const char* bad : {"abc_code = 4", "abc_code = -1", "risk_code = 4", "stage_code = 8", "stage_code = -1",
                            "stage_recorded = 2"}) {
        try {
            sql().exec(std::string("UPDATE scores SET ") + bad + " WHERE customer_id = 1");
            ADD_FAILURE() << bad << " was stored";
        } catch (const SQLite::Exception& e) {
            EXPECT_EQ(e.getErrorCode() & 0xff, SQLITE_CONSTRAINT) << bad;
        }
    }
    EXPECT_THROW(sql().exec("UPDATE scores SET abc = 'A' WHERE customer_id = 1"), SQLite::Exception);
    EXPECT_THROW(sql().exec("INSERT INTO scores (customer_id, run_id, lifecycle_stage) VALUES (2, 1, 'lost')"),
                 SQLite::Exception);
    EXPECT_THROW(sql().exec("INSERT INTO scores (customer_id, run_id) VALUES (1, 1)"), SQLite::Exception);
    EXPECT_THROW(sql().exec("INSERT INTO scores (customer_id) VALUES (3)"), SQLite::Exception); // a run is needed
    EXPECT_EQ(text("SELECT abc || ' ' || churn_risk || ' ' || lifecycle_stage || ' ' || stage_recorded FROM scores"),
              "C high won_back 0");
}

TEST_F(ScoresSchemaTest, DeletingACustomerRemovesItsScoreAlsoWithForeignKeysOff)
{
    const core::Customer kept = createCustomer(*m_rep1aSession);
    const core::Customer first = createCustomer(*m_rep1aSession);
    const core::Customer second = createCustomer(*m_rep1aSession);
    for (const auto& customer : {kept, first, second})
        sql().exec("INSERT INTO scores (customer_id, run_id, stage_code) VALUES (" + std::to_string(customer.id) +
                   ", 1, 2)");
    sql().exec("DELETE FROM customers WHERE id = " + std::to_string(first.id));
    sql().exec("PRAGMA foreign_keys = OFF");
    sql().exec("DELETE FROM customers WHERE id = " + std::to_string(second.id));
    sql().exec("PRAGMA foreign_keys = ON");
    EXPECT_EQ(text("SELECT group_concat(customer_id) FROM scores"), std::to_string(kept.id));
    auto check = db().check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->isEmpty()) << check->join(QLatin1Char('\n')).toStdString();
}

TEST_F(ScoresSchemaTest, ARollbackLeavesNothingOfTheWrittenScores)
{
    sql().exec("INSERT INTO scores (customer_id, run_id) VALUES (1, 1)");
    auto status = db().write([&]() -> core::Status {
        sql().exec("DELETE FROM scores");
        sql().exec("INSERT INTO scores (customer_id, run_id, stage_code) VALUES (2, 2, 1), (3, 2, 1)");
        return core::makeError(core::ErrorCode::Internal, QStringLiteral("stop"));
    });
    EXPECT_FALSE(status);
    EXPECT_EQ(text("SELECT group_concat(customer_id || ':' || run_id) FROM scores"), "1:1");
}

// Schema v12 converts what older files hold into the plain table: a v9 file's scores rows, a v10 file's blocks.
class ScoresMigrationTest : public DatabaseFileTest
{
protected:
    // Creates the admin and three customers in a file opened at an older version; their ids.
    static std::vector<qint64> customersIn(Database& db)
    {
        auto admin = UserRepository::createFirstAdmin(db, QStringLiteral("admin"), QStringLiteral("password123"));
        if (!admin)
            throw std::runtime_error(admin.error().toString().toStdString());
        Session session(db, *admin);
        std::vector<qint64> ids;
        for (int k = 0; k < 3; ++k) {
            core::Customer customer;
            customer.name = QStringLiteral("客户 %1").arg(k);
            auto created = CustomerRepository(session).create(customer);
            if (!created)
                throw std::runtime_error(created.error().toString().toStdString());
            ids.push_back(created->id);
        }
        return ids;
    }
};

TEST_F(ScoresMigrationTest, VersionNineRowsKeepEveryValueReadersSee)
{
    ASSERT_GE(latestSchemaVersion(), 12);
    Table before;
    std::vector<qint64> customers;
    {
        Database::Options options;
        options.targetVersion = 9;
        auto db = openOrFail(options);
        ASSERT_EQ(db->schemaVersion(), 9);
        auto& sql = db->sql();
        customers = customersIn(*db);
        const std::string c0 = std::to_string(customers[0]);
        const std::string c1 = std::to_string(customers[1]);
        // NULLs and non-NULLs in every nullable column, every stage, an unknown rule (255), reasons with NUL and
        // 0xff.
        sql.exec("INSERT INTO scores (" + kV9ColumnList + ") VALUES (" + c0 +
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
        before = describe(sql);
        ASSERT_EQ(before.size(), 8u);
    }

    auto db = openOrFail();
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
    auto& sql = db->sql();
    EXPECT_EQ(
        sql.execAndGet("SELECT count(*) FROM sqlite_master WHERE name IN ('score_blocks', 'scores_v12')").getInt(), 0);
    EXPECT_EQ(describe(sql), before);
    EXPECT_EQ(describe(sql, "customer_id = 40"), Table{before[3]});
    // The stages' starts of converted rows are in lifecycle_history already, begun by the rule stored with them.
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM scores WHERE stage_recorded = 1").getInt(), 8);
    EXPECT_EQ(sql.execAndGet("SELECT group_concat(quote(stage_start_rule_id), ' ') FROM scores").getString(),
              "'decline.gap' 'potential.no_orders' '' 'potential.no_orders' 'exploration.new' 'formation.building' "
              "'stability.steady' 'lost.p_alive'");
    auto check = db->check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->isEmpty()) << check->join(QLatin1Char('\n')).toStdString();

    // The trigger made at v6 deletes from the plain table.
    sql.exec("DELETE FROM customers WHERE id = " + std::to_string(customers[0]));
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM scores").getInt(), 7);
    EXPECT_EQ(
        sql.execAndGet("SELECT count(*) FROM scores WHERE customer_id = " + std::to_string(customers[0])).getInt(), 0);
}

TEST_F(ScoresMigrationTest, VersionNineStagesOrDatesNoRunWroteAreDroppedRatherThanStoppingTheOpen)
{
    {
        Database::Options options;
        options.targetVersion = 9;
        auto db = openOrFail(options);
        db->sql().exec("INSERT INTO scores (customer_id, run_id, last_order_date, lifecycle_stage, stage_since) "
                       "VALUES (7, 1, 'soon', 'won back', '2025/01/01'), (8, 1, '2025-01-02', 'lost', '2025-01-03')");
    }
    auto db = openOrFail();
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(db->sql()
                  .execAndGet("SELECT group_concat(quote(last_order_date) || ' ' || quote(lifecycle_stage) || ' ' || "
                              "quote(stage_since), '; ') FROM scores")
                  .getString(),
              "NULL '' NULL; '2025-01-02' 'lost' '2025-01-03'");
}

// One entry of a schema-v10 score block (version 2: 81-byte records).
struct V10Entry
{
    std::uint8_t slot = 0;
    std::int64_t run = 0;
    std::int32_t x = 0, tx = 0, t = 0;
    double mean = 0, revenue = 0, revenue12m = 0;
    std::int32_t lastOrderDay = std::numeric_limits<std::int32_t>::min();
    double pAlive = std::numeric_limits<double>::quiet_NaN();
    double clv = std::numeric_limits<double>::quiet_NaN();
    std::uint8_t abc = 0;
    std::uint16_t rfm = 0;
    std::uint8_t segment = 0, risk = 0, stage = 0, rule = 0;
    std::int32_t stageSince = std::numeric_limits<std::int32_t>::min();
    std::uint8_t advice = 0, recorded = 1, startRule = 0;
    std::string reasons;
};

std::string v10Block(const std::vector<V10Entry>& entries, std::uint8_t version = 2)
{
    std::string out;
    auto put = [&out](auto value) { out.append(reinterpret_cast<const char*>(&value), sizeof value); };
    out.push_back(static_cast<char>(version));
    out.push_back(static_cast<char>(entries.size()));
    for (const V10Entry& e : entries) {
        put(e.slot);
        put(e.run);
        put(e.x);
        put(e.tx);
        put(e.t);
        put(e.mean);
        put(e.revenue);
        put(e.revenue12m);
        put(e.lastOrderDay);
        put(e.pAlive);
        put(e.clv);
        put(e.abc);
        put(e.rfm);
        put(e.segment);
        put(e.risk);
        put(e.stage);
        put(e.rule);
        put(e.stageSince);
        put(e.advice);
        put(e.recorded);
        put(e.startRule);
        put(static_cast<std::uint16_t>(e.reasons.size()));
    }
    for (const V10Entry& e : entries)
        out += e.reasons;
    return out;
}

TEST_F(ScoresMigrationTest, VersionTenBlocksBecomeRowsAndAnUnreadableBlockIsLeftOut)
{
    std::vector<qint64> customers;
    {
        // A file as schema v10 left it: the scores in score_blocks, no `scores` table, the trigger naming it.
        Database::Options options;
        options.targetVersion = 10;
        auto db = openOrFail(options);
        auto& sql = db->sql();
        customers = customersIn(*db);
        ASSERT_EQ(customers[0], 1);
        sql.exec("DROP TABLE scores");
        sql.exec("CREATE TABLE score_blocks (id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
        V10Entry a;
        a.slot = 1;
        a.run = 5;
        a.x = 3;
        a.tx = 120;
        a.t = 700;
        a.mean = 55.5;
        a.revenue = 900;
        a.revenue12m = 300.25;
        a.lastOrderDay = analytics::dayNumber(2025, 3, 1);
        a.pAlive = 0.42;
        a.clv = 123.4;
        a.abc = 2;
        a.rfm = 345;
        a.segment = 6;
        a.risk = 3;
        a.stage = 5;
        a.rule = 6;
        a.stageSince = analytics::dayNumber(2025, 5, 31);
        a.advice = 1;
        a.recorded = 0;
        a.startRule = 5;
        a.reasons = std::string("\x01\x02\xff\x00", 4);
        V10Entry b;
        b.slot = 2;
        b.run = 5;
        V10Entry c;
        c.slot = 0;
        c.run = 4;
        c.x = 1;
        c.abc = 3;
        c.risk = 1;
        c.stage = 7;
        c.rule = 255;
        c.startRule = 8;
        c.lastOrderDay = analytics::dayNumber(2024, 1, 31);
        c.pAlive = 0.5;
        SQLite::Statement insert(sql, "INSERT INTO score_blocks (id, data) VALUES (?, ?)");
        auto store = [&](std::int64_t block, const std::string& bytes) {
            insert.bind(1, static_cast<int64_t>(block));
            insert.bind(2, bytes.data(), static_cast<int>(bytes.size()));
            insert.exec();
            insert.reset();
        };
        store(0, v10Block({a, b}));
        store(25, v10Block({c}));   // customer 1000
        store(3, v10Block({c}, 1)); // an unreadable block (another version): customer 120
        // What other SQLite tools met: the trigger names a table only CardDesk registered.
        EXPECT_THROW(sql.exec("DELETE FROM customers WHERE id = " + std::to_string(customers[2])), SQLite::Exception);
    }

    auto db = openOrFail();
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
    auto& sql = db->sql();
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'score_blocks'").getInt(), 0);
    EXPECT_EQ(sql.execAndGet("SELECT group_concat(customer_id) FROM scores").getString(), "1,2,1000");
    EXPECT_EQ(describe(sql, "customer_id = 1"),
              (Table{{"integer 1",        "integer 5",      "integer 3",   "integer 120",       "integer 700",
                      "real 55.5",        "real 900.0",     "real 300.25", "text '2025-03-01'", "real 0.42",
                      "real 123.4",       "text 'B'",       "integer 345", "integer 6",         "text 'high'",
                      "blob X'0102FF00'", "text 'decline'", "integer 6",   "text '2025-05-31'", "integer 1"}}));
    EXPECT_EQ(describe(sql, "customer_id = 2"),
              (Table{{"integer 2", "integer 5", "integer 0", "integer 0", "integer 0", "real 0.0",  "real 0.0",
                      "real 0.0",  "null NULL", "null NULL", "null NULL", "text ''",   "integer 0", "integer 0",
                      "text ''",   "null NULL", "text ''",   "integer 0", "null NULL", "integer 0"}}));
    EXPECT_EQ(sql.execAndGet("SELECT group_concat(stage_recorded || ' ' || stage_start_rule_id, '; ') FROM scores")
                  .getString(),
              "0 decline.p_alive; 1 potential.no_orders; 1 wonback.recent");
    EXPECT_EQ(sql.execAndGet("SELECT abc || churn_risk || lifecycle_stage || lifecycle_rule FROM scores WHERE "
                             "customer_id = 1000")
                  .getString(),
              "Clowwon_back255");
    auto check = db->check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->isEmpty()) << check->join(QLatin1Char('\n')).toStdString();
    // The trigger now deletes from the plain table.
    sql.exec("DELETE FROM customers WHERE id = " + std::to_string(customers[0]));
    EXPECT_EQ(sql.execAndGet("SELECT group_concat(customer_id) FROM scores").getString(), "2,1000");
}

} // namespace
} // namespace carddesk::storage::test
