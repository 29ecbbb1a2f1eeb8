// Schema v21 (issue 14's care reminders) on a file of v20: its contacts keep their birthdays with no lunar one, the
// reminders' table is there, and a lunar code out of range is refused by the file itself.
#include "StorageFixture.h"

#include "storage/db/Migrations.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage::test {
namespace {

class CareRemindersMigrationTest : public DatabaseFileTest
{
};

TEST_F(CareRemindersMigrationTest, AVersion20FileIsMigratedAndKeepsItsContacts)
{
    {
        Database::Options options;
        options.targetVersion = 20;
        auto v20 = Database::open(m_path, options);
        ASSERT_TRUE(v20) << v20.error().toString().toStdString();
        ASSERT_EQ((*v20)->schemaVersion(), 20);
        auto& db = (*v20)->sql();
        db.exec("INSERT INTO customers (code, name, created_at, updated_at) VALUES ('C1', '客户', "
                "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        db.exec("INSERT INTO contacts (customer_id, name, birthday) VALUES (1, '王芳', '1980-12-15')");
    }
    auto migrated = Database::open(m_path);
    ASSERT_TRUE(migrated) << migrated.error().toString().toStdString();
    EXPECT_EQ((*migrated)->schemaVersion(), latestSchemaVersion());
    EXPECT_GE(latestSchemaVersion(), 21);
    auto& db = (*migrated)->sql();
    EXPECT_EQ(db.execAndGet("SELECT birthday FROM contacts WHERE id = 1").getString(), "1980-12-15");
    EXPECT_TRUE(db.execAndGet("SELECT birthday_lunar FROM contacts WHERE id = 1").isNull());
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM care_reminders").getInt(), 0);
    EXPECT_THROW(db.exec("UPDATE contacts SET birthday_lunar = 1315 WHERE id = 1"), SQLite::Exception);
    EXPECT_THROW(db.exec("UPDATE contacts SET birthday_lunar = 431 WHERE id = 1"), SQLite::Exception);
    db.exec("UPDATE contacts SET birthday_lunar = 10415 WHERE id = 1");
    db.exec("INSERT INTO care_reminders (customer_id, contact_id, occasion, due, action, at) VALUES (1, 1, "
            "'lunar_birthday', '2026-06-01', 'done', '2026-06-01T08:00:00Z')");
    // Deleted with foreign keys off, as another tool might: the triggers still take the reminders' rows.
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec("DELETE FROM contacts WHERE id = 1");
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM care_reminders").getInt(), 0);
}

} // namespace
} // namespace carddesk::storage::test
