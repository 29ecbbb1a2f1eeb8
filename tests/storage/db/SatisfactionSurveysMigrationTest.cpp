// Schema v23 (issue #15's satisfaction surveys) on a file of v22: the table is there, empty, the file itself refuses
// scores outside 1-5, fractional or missing scores and a malformed date, and deleting a customer or a contact in
// another tool (foreign keys off) takes the surveys with it or unlinks the contact.
#include "StorageFixture.h"

#include "storage/db/BaselineSchema.h"
#include "storage/db/Migrations.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage::test {
namespace {

class SatisfactionSurveysMigrationTest : public DatabaseFileTest
{
};

const char* const kInsert = "INSERT INTO satisfaction_surveys (customer_id, contact_id, surveyed_on, product_score, "
                            "service_score, staff_score, image_score, created_at) VALUES ";

TEST_F(SatisfactionSurveysMigrationTest, AVersion22FileIsMigratedAndTheFileKeepsTheRules)
{
    {
        Database::Options options;
        options.targetVersion = 22;
        auto v22 = Database::open(m_path, options);
        ASSERT_TRUE(v22) << v22.error().toString().toStdString();
        ASSERT_EQ((*v22)->schemaVersion(), 22);
        auto& db = (*v22)->sql();
        EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'satisfaction_surveys'").getInt(), 0);
        db.exec("INSERT INTO customers (code, name, created_at, updated_at) VALUES ('C1', '客户', "
                "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        db.exec("INSERT INTO contacts (customer_id, name) VALUES (1, '王芳')");
    }
    auto migrated = Database::open(m_path);
    ASSERT_TRUE(migrated) << migrated.error().toString().toStdString();
    EXPECT_EQ((*migrated)->schemaVersion(), latestSchemaVersion());
    EXPECT_GE(latestSchemaVersion(), 23);
    auto& db = (*migrated)->sql();
    // The migrated file has exactly the schema a new file gets.
    EXPECT_TRUE(BaselineSchema::matches(db));
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM satisfaction_surveys").getInt(), 0);
    EXPECT_EQ(db.execAndGet("SELECT name FROM customers WHERE id = 1").getString(), "客户");

    const std::string base = kInsert;
    db.exec(base + "(1, 1, '2026-03-01', 5, 4, 4, 3, '2026-03-01T08:00:00Z')");
    EXPECT_THROW(db.exec(base + "(1, 1, '2026-03-01', 6, 4, 4, 3, 'x')"), SQLite::Exception);
    EXPECT_THROW(db.exec(base + "(1, 1, '2026-03-01', 4, 0, 4, 3, 'x')"), SQLite::Exception);
    EXPECT_THROW(db.exec(base + "(1, 1, '2026-03-01', 4, 4, 2.5, 3, 'x')"), SQLite::Exception);
    EXPECT_THROW(db.exec(base + "(1, 1, '2026-03-01', 4, 4, 4, NULL, 'x')"), SQLite::Exception);
    EXPECT_THROW(db.exec(base + "(1, 1, '1.3.2026', 4, 4, 4, 4, 'x')"), SQLite::Exception);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM satisfaction_surveys").getInt(), 1);

    // Deleted with foreign keys off, as another tool might: the triggers do what the ON DELETE clauses do.
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec("DELETE FROM contacts WHERE id = 1");
    EXPECT_TRUE(db.execAndGet("SELECT contact_id FROM satisfaction_surveys").isNull());
    db.exec("DELETE FROM customers WHERE id = 1");
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM satisfaction_surveys").getInt(), 0);
}

} // namespace
} // namespace carddesk::storage::test
