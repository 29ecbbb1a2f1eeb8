#include "StorageFixture.h"

#include "services/BackupService.h"
#include "storage/db/BackupCipher.h"
#include "storage/repositories/SettingsRepository.h"

#include <QDir>
#include <QFile>

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage::test {
namespace {

using services::BackupService;

const QString kPassphrase = QStringLiteral("正确的口令 correct horse");

class EncryptedBackupTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        BackupCipher::setCost(BackupCipher::Cost::Minimum);
        for (int i = 0; i < 3; ++i)
            createCustomer(*m_rep1aSession, QStringLiteral("加密客户 %1").arg(i));
        m_folder = m_dir.filePath(QStringLiteral("backups"));
    }
    void TearDown() override { BackupCipher::setCost(BackupCipher::Cost::Moderate); }

    static qint64 customersIn(const QString& path)
    {
        SQLite::Database copy(QFile::encodeName(path).toStdString(), SQLite::OPEN_READONLY);
        return copy.execAndGet("SELECT count(*) FROM customers").getInt64();
    }
    static QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void writeBytes(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    QString encryptedBackup()
    {
        auto made = BackupService::backup(m_path, m_folder, QDateTime::currentDateTime(), kPassphrase);
        if (!made)
            throw std::runtime_error(made.error().toString().toStdString());
        return *made;
    }
    // The office is exactly as it was: its customers and no restore left beside it.
    void expectOfficeUntouched(qint64 customers)
    {
        EXPECT_EQ(customersIn(m_path), customers);
        EXPECT_FALSE(QFileInfo::exists(m_path + QStringLiteral(".decrypted")));
        EXPECT_FALSE(QFileInfo::exists(m_path + QStringLiteral(".restoring")));
        EXPECT_TRUE(QDir(m_dir.path()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files).isEmpty());
    }

    QString m_folder;
};

TEST_F(EncryptedBackupTest, ARoundTripRestoresTheOfficeAndTheFileHoldsNothingInClear)
{
    const QString backup = encryptedBackup();
    EXPECT_TRUE(backup.endsWith(QLatin1String(".db.enc")));
    EXPECT_TRUE(BackupCipher::isEncrypted(backup));
    const QByteArray bytes = bytesOf(backup);
    EXPECT_TRUE(bytes.startsWith("CDBACKUP"));
    EXPECT_FALSE(bytes.contains("SQLite format 3"));
    EXPECT_FALSE(bytes.contains(QStringLiteral("加密客户").toUtf8()));
    EXPECT_FALSE(bytes.contains(kPassphrase.toUtf8()));
    EXPECT_EQ(QFileInfo(backup).permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);
    // Nothing in clear is left in the folder.
    EXPECT_EQ(QDir(m_folder).entryList(QDir::Files), QStringList{QFileInfo(backup).fileName()});

    const auto listed = BackupService::list(m_path, m_folder);
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_TRUE(listed.front().encrypted);
    EXPECT_TRUE(listed.front().problem.isEmpty());

    createCustomer(*m_rep1aSession); // after the backup
    closeDatabase();
    ASSERT_EQ(customersIn(m_path), 4);
    auto restored =
        BackupService::restore(m_path, backup, QStringLiteral("admin"), QDateTime::currentDateTime(), kPassphrase);
    ASSERT_TRUE(restored) << restored.error().toString().toStdString();
    EXPECT_EQ(customersIn(m_path), 3);
    EXPECT_FALSE(QFileInfo::exists(m_path + QStringLiteral(".decrypted")));
    auto reopened = Database::open(m_path);
    ASSERT_TRUE(reopened);
    auto problems = (*reopened)->check();
    ASSERT_TRUE(problems);
    EXPECT_EQ(*problems, QStringList());
    // The trail names the encrypted file chosen, not the decrypted copy the restore read (it said
    // office.carddesk.decrypted).
    EXPECT_EQ((*reopened)->sql().execAndGet("SELECT new_value FROM audit_log WHERE action = 'restore'").getString(),
              QFileInfo(backup).fileName().toStdString());
}

TEST_F(EncryptedBackupTest, AWrongOrMissingPassphraseIsRefusedAndTheOfficeIsUntouched)
{
    const QString backup = encryptedBackup();
    closeDatabase();
    auto wrong = BackupService::restore(m_path, backup, QStringLiteral("admin"), QDateTime::currentDateTime(),
                                        QStringLiteral("wrong words"));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, core::ErrorCode::InvalidArgument);
    EXPECT_EQ(wrong.error().field, QStringLiteral("passphrase"));
    EXPECT_TRUE(wrong.error().message.contains(QLatin1String("wrong passphrase")));
    expectOfficeUntouched(3);

    auto none = BackupService::restore(m_path, backup, QStringLiteral("admin"));
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().field, QStringLiteral("passphrase"));
    EXPECT_TRUE(none.error().message.contains(QLatin1String("is encrypted")));
    expectOfficeUntouched(3);
}

TEST_F(EncryptedBackupTest, ATruncatedOrAlteredFileIsRefused)
{
    const QString backup = encryptedBackup();
    closeDatabase();
    const QByteArray good = bytesOf(backup);
    ASSERT_GT(good.size(), 200);
    struct Case
    {
        const char* what;
        QByteArray bytes;
    };
    QByteArray flipped = good;
    flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x01);
    QByteArray header = good;
    header[30] = static_cast<char>(header[30] ^ 0x01); // the salt: another key, seen as a wrong passphrase
    QByteArray extended = good + QByteArray("more");
    const std::vector<Case> cases = {
        {"cut in the middle", good.left(good.size() / 2)},
        {"last byte missing", good.left(good.size() - 1)},
        {"header only", good.left(76)},
        {"one bit flipped", flipped},
        {"bytes after the end", extended},
        {"salt altered", header},
    };
    for (const Case& c : cases) {
        const QString path = m_dir.filePath(QStringLiteral("bad.db.enc"));
        writeBytes(path, c.bytes);
        auto refused =
            BackupService::restore(m_path, path, QStringLiteral("admin"), QDateTime::currentDateTime(), kPassphrase);
        ASSERT_FALSE(refused) << c.what;
        if (std::string(c.what) == "salt altered")
            EXPECT_EQ(refused.error().field, QStringLiteral("passphrase")) << c.what;
        else
            EXPECT_EQ(refused.error().code, core::ErrorCode::Corrupt)
                << c.what << ": " << refused.error().toString().toStdString();
        expectOfficeUntouched(3);
    }
}

TEST_F(EncryptedBackupTest, AnOfficeThatAsksForEncryptionGetsNoBackupInClear)
{
    ASSERT_TRUE(SettingsRepository::set(*m_db, "backup.encrypt", QStringLiteral("1")));
    EXPECT_TRUE(BackupService::encryptionRequired(*m_db));
    auto refused = BackupService::requirePassphrase(*m_db, QString());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("passphrase"));
    EXPECT_TRUE(BackupService::requirePassphrase(*m_db, kPassphrase));

    // The automatic backup is skipped with a reason, and writes nothing.
    auto automatic = BackupService::daily(m_path, m_folder, 7, 4, QDateTime::currentDateTime(), true);
    ASSERT_FALSE(automatic);
    EXPECT_EQ(automatic.error().field, QStringLiteral("passphrase"));
    EXPECT_TRUE(QDir(m_folder).entryList(QDir::Files).isEmpty());

    // Too short a passphrase is refused before anything is written.
    auto shortOne = BackupService::backup(m_path, m_folder, QDateTime::currentDateTime(), QStringLiteral("abc"));
    ASSERT_FALSE(shortOne);
    EXPECT_EQ(shortOne.error().field, QStringLiteral("passphrase"));
    EXPECT_TRUE(QDir(m_folder).entryList(QDir::Files).isEmpty());
}

TEST_F(EncryptedBackupTest, AnUnencryptedBackupStillRestoresWithOrWithoutAPassphrase)
{
    auto plain = BackupService::backup(m_path, m_folder);
    ASSERT_TRUE(plain);
    EXPECT_FALSE(BackupCipher::isEncrypted(*plain));
    // Both kinds in one folder.
    ASSERT_TRUE(BackupService::backup(m_path, m_folder, QDateTime::currentDateTime().addSecs(5), kPassphrase));
    const auto listed = BackupService::list(m_path, m_folder);
    EXPECT_EQ(listed.size(), 2u);
    createCustomer(*m_rep1aSession);
    closeDatabase();
    auto restored =
        BackupService::restore(m_path, *plain, QStringLiteral("admin"), QDateTime::currentDateTime(), kPassphrase);
    ASSERT_TRUE(restored) << restored.error().toString().toStdString();
    EXPECT_EQ(customersIn(m_path), 3);
}

} // namespace
} // namespace carddesk::storage::test
