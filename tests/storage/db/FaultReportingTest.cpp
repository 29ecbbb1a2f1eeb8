#include "StorageFixture.h"

#include <QFile>

#include <sqlite3.h>

namespace carddesk::storage::test {
namespace {

// Issue #17, finding 7: faults say what happened and what to do.
class FaultReportingTest : public StorageFixture
{
protected:
    core::Result<core::Customer> createWithNotes(int i)
    {
        core::Customer customer;
        customer.name = QStringLiteral("Filler %1").arg(i);
        customer.notes = QString(15000, QLatin1Char('n'));
        return CustomerRepository(*m_rep1aSession).create(customer);
    }

    // Overwrites one page of the office file with garbage, as a failing disk would.
    void damagePage(qint64 page)
    {
        const qint64 pageSize = m_db->sql().execAndGet("PRAGMA page_size").getInt64();
        m_db->sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek((page - 1) * pageSize));
        ASSERT_EQ(file.write(QByteArray(pageSize, '\xA5')), pageSize);
    }
};

TEST_F(FaultReportingTest, AFullDiskIsCalledADiskFullNotAnIoError)
{
    const core::Error mapped = errorFromException(SQLite::Exception("database or disk is full", SQLITE_FULL));
    EXPECT_EQ(mapped.code, core::ErrorCode::Io);
    EXPECT_TRUE(mapped.message.startsWith(QLatin1String("disk full"))) << mapped.message.toStdString();
    EXPECT_TRUE(mapped.message.contains(QLatin1String("free some space"))) << mapped.message.toStdString();

    // A real full "disk": SQLite's page limit fails the write with SQLITE_FULL, as a full file system does.
    const qint64 pages = m_db->sql().execAndGet("PRAGMA page_count").getInt64();
    m_db->sql().execAndGet("PRAGMA max_page_count = " + std::to_string(pages + 4));
    const qint64 before = m_db->sql().execAndGet("SELECT count(*) FROM customers").getInt64();
    core::Error error;
    for (int i = 0; i < 50; ++i) {
        auto made = createWithNotes(i);
        if (!made) {
            error = made.error();
            break;
        }
    }
    EXPECT_TRUE(error.message.startsWith(QLatin1String("disk full"))) << error.message.toStdString();
    EXPECT_FALSE(error.message.contains(QLatin1String("disk I/O error")));
    // The failed card is not half-written.
    EXPECT_LE(m_db->sql().execAndGet("SELECT count(*) FROM customers").getInt64(), before + 50);
    EXPECT_EQ(m_db->sql().execAndGet("PRAGMA integrity_check").getString(), "ok");
}

TEST_F(FaultReportingTest, OnceDamageIsSeenNoMoreIsWritten)
{
    for (int i = 0; i < 20; ++i)
        ASSERT_TRUE(createWithNotes(i));
    const qint64 root =
        m_db->sql().execAndGet("SELECT rootpage FROM sqlite_schema WHERE name = 'customers'").getInt64();
    damagePage(root);
    // A second connection sees the file as it is now (the first one may still hold the good page in its cache).
    Database::Options options;
    options.readOnly = true;
    auto checker = Database::open(m_path, options);
    ASSERT_TRUE(checker) << checker.error().toString().toStdString();
    auto problems = (*checker)->check();
    ASSERT_TRUE(!problems || !problems->isEmpty()) << "the damage is not seen";
    EXPECT_TRUE(Database::damageSeen(m_path));

    // Even a write that would not touch the bad page is refused: the file is not to be trusted any more.
    core::Area area;
    area.name = QStringLiteral("新区");
    auto added = UserRepository::createArea(*m_adminSession, area);
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().code, core::ErrorCode::Corrupt);
    EXPECT_TRUE(added.error().message.contains(QLatin1String(".recover"))) << added.error().message.toStdString();
}

TEST_F(FaultReportingTest, AReadOnlyOpenWritesNothing)
{
    ASSERT_TRUE(createWithNotes(1));
    m_db->sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    Database::Options options;
    options.readOnly = true;
    auto reader = Database::open(m_path, options);
    ASSERT_TRUE(reader) << reader.error().toString().toStdString();
    EXPECT_TRUE((*reader)->isReadOnly());
    EXPECT_EQ((*reader)->sql().execAndGet("SELECT count(*) FROM customers").getInt64(), 1);
    auto write = (*reader)->write([] { return core::Status{}; });
    EXPECT_FALSE(write);
}

} // namespace
} // namespace carddesk::storage::test
