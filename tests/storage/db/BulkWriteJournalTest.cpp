#include "StorageFixture.h"

#include "storage/db/BulkWriteJournal.h"

#include <chrono>
#include <optional>
#include <thread>

namespace carddesk::storage::test {
namespace {

class BulkWriteJournalTest : public StorageFixture
{
protected:
    std::string journalMode() { return m_db->sql().execAndGet("PRAGMA journal_mode").getString(); }
};

TEST_F(BulkWriteJournalTest, SwitchesToARollbackJournalWithAFolderSyncAndBackToWal)
{
    {
        const BulkWriteJournal bulk(db(), BulkWriteJournal::minimumRows());
        ASSERT_TRUE(bulk.active());
        EXPECT_EQ(journalMode(), "delete");
        EXPECT_EQ(scalar("PRAGMA synchronous"), 3); // EXTRA: the folder is synced after the journal goes
    }
    EXPECT_EQ(journalMode(), "wal");
    EXPECT_EQ(scalar("PRAGMA synchronous"), 2); // FULL again
}

TEST_F(BulkWriteJournalTest, IsNotAttemptedForASmallWrite)
{
    const BulkWriteJournal bulk(db(), BulkWriteJournal::minimumRows() - 1);
    EXPECT_FALSE(bulk.active());
    EXPECT_EQ(journalMode(), "wal");
}

TEST_F(BulkWriteJournalTest, IsNotAttemptedInsideATransaction)
{
    ASSERT_TRUE(db().write([&]() -> core::Status {
        const BulkWriteJournal bulk(db(), BulkWriteJournal::minimumRows());
        EXPECT_FALSE(bulk.active());
        return {};
    }));
    EXPECT_EQ(journalMode(), "wal");
}

TEST_F(BulkWriteJournalTest, AnotherOpenDuringTheBulkWriteWaitsForItInsteadOfFailing)
{
    // The opener's switch to WAL needs a write lock, for which SQLite does not call the busy handler while this
    // write holds RESERVED: Database::open waits in its own loop (it failed at once with "database is locked").
    std::optional<core::Result<std::unique_ptr<Database>>> opened;
    std::thread opener;
    {
        const BulkWriteJournal bulk(db(), BulkWriteJournal::minimumRows());
        ASSERT_TRUE(bulk.active());
        const core::Status written = db().write([&]() -> core::Status {
            m_db->sql().exec("INSERT INTO settings (key, value) VALUES ('bulk.test', '1')");
            opener = std::thread([&] { opened = openAgain(); });
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            return {};
        });
        ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    }
    opener.join();
    ASSERT_TRUE(opened.has_value());
    ASSERT_TRUE(opened->ok()) << opened->error().toString().toStdString();
    auto& other = *opened->value();
    EXPECT_EQ(other.sql().execAndGet("SELECT value FROM settings WHERE key = 'bulk.test'").getString(), "1");
    EXPECT_EQ(other.sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(journalMode(), "wal");
}

TEST_F(BulkWriteJournalTest, IsRefusedWhileAnotherConnectionHasTheFileOpen)
{
    auto other = openAgain();
    ASSERT_TRUE(other.ok());
    {
        const BulkWriteJournal bulk(db(), BulkWriteJournal::minimumRows());
        EXPECT_FALSE(bulk.active());
        EXPECT_EQ(journalMode(), "wal");
    }
    // Once the other window is closed, the file is this connection's alone.
    other = core::makeError(core::ErrorCode::Internal, QStringLiteral("closed"));
    const BulkWriteJournal bulk(db(), BulkWriteJournal::minimumRows());
    EXPECT_TRUE(bulk.active());
}

} // namespace
} // namespace carddesk::storage::test
