#include "StorageFixture.h"

#include "services/BackupService.h"
#include "storage/db/Database.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace carddesk::storage::test {
namespace {

using services::BackupService;

// Issue #17, finding 1: the office file, its -wal and -shm, and the backups were created 0644, so any other account
// on the PC could copy every customer and password hash.
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

::testing::AssertionResult ownerOnly(const QString& path)
{
    if (!QFileInfo::exists(path))
        return ::testing::AssertionFailure() << path.toStdString() << " does not exist";
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    if (permissions & kOthers)
        return ::testing::AssertionFailure() << path.toStdString() << " is open to other accounts (permissions 0x"
                                             << std::hex << static_cast<int>(permissions) << ")";
    return ::testing::AssertionSuccess();
}

class FileModeTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        // The usual umask, which leaves new files readable by everyone.
        m_umask = ::umask(022);
        StorageFixture::SetUp();
    }

    void TearDown() override
    {
        StorageFixture::TearDown();
        ::umask(m_umask);
    }

    mode_t m_umask = 022;
};

TEST_F(FileModeTest, ANewOfficeItsWalAndItsShmAreTheOwnersOnly)
{
    const QString path = m_dir.filePath(QStringLiteral("new-office.carddesk"));
    auto db = Database::open(path);
    ASSERT_TRUE(db) << db.error().toString().toStdString();
    // The schema was written through the WAL, and the connection is still open: all three files exist.
    EXPECT_TRUE(ownerOnly(path));
    EXPECT_TRUE(ownerOnly(path + QStringLiteral("-wal")));
    EXPECT_TRUE(ownerOnly(path + QStringLiteral("-shm")));
}

TEST_F(FileModeTest, ABackupAndTheFolderMadeForItAreTheOwnersOnly)
{
    const QString folder = m_dir.filePath(QStringLiteral("new-backups"));
    auto made = BackupService::backup(m_path, folder);
    ASSERT_TRUE(made) << made.error().toString().toStdString();
    EXPECT_TRUE(ownerOnly(*made));
    EXPECT_TRUE(ownerOnly(folder));
}

} // namespace
} // namespace carddesk::storage::test
