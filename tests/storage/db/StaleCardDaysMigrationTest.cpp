// Schema v25 on files of v24: card.stale_days, seeded 180 since v1 and read by nothing while the weekly review
// counted 90 days, becomes the 90 the review counted, so no office's figure changes when the review starts reading
// it; a value set by hand stays.
#include "StorageFixture.h"

#include "storage/db/BaselineSchema.h"
#include "storage/db/Migrations.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage::test {
namespace {

class StaleCardDaysMigrationTest : public DatabaseFileTest
{
protected:
    // A v24 file whose card.stale_days is `value`, opened again with this CardDesk.
    std::string migratedValue(const char* value)
    {
        {
            Database::Options options;
            options.targetVersion = 24;
            auto v24 = Database::open(m_path, options);
            EXPECT_TRUE(v24) << v24.error().toString().toStdString();
            EXPECT_EQ((*v24)->schemaVersion(), 24);
            SQLite::Statement set((*v24)->sql(), "UPDATE settings SET value = ? WHERE key = 'card.stale_days'");
            set.bind(1, value);
            EXPECT_EQ(set.exec(), 1);
        }
        auto migrated = Database::open(m_path);
        EXPECT_TRUE(migrated) << migrated.error().toString().toStdString();
        EXPECT_EQ((*migrated)->schemaVersion(), latestSchemaVersion());
        EXPECT_TRUE(BaselineSchema::matches((*migrated)->sql()));
        return (*migrated)->sql().execAndGet("SELECT value FROM settings WHERE key = 'card.stale_days'").getString();
    }
};

TEST_F(StaleCardDaysMigrationTest, TheSeededNeverReadValueBecomesTheReviewsNinetyDays)
{
    EXPECT_GE(latestSchemaVersion(), 25);
    EXPECT_EQ(migratedValue("180"), "90");
}

TEST_F(StaleCardDaysMigrationTest, AValueSetByHandStays)
{
    EXPECT_EQ(migratedValue("120"), "120");
}

} // namespace
} // namespace carddesk::storage::test
