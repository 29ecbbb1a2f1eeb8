#include "CliTestSupport.h"

#include "cli/CliContext.h"

#include "storage/db/BackupCipher.h"

#include <QDir>
#include <QFileInfo>

namespace carddesk::cli::test {
namespace {

class EncryptedBackupCommandsTest : public CliFixture
{
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        storage::BackupCipher::setCost(storage::BackupCipher::Cost::Minimum);
        m_folder = m_dir.filePath(QStringLiteral("copies"));
        m_passphraseFile = m_dir.filePath(QStringLiteral("passphrase.txt"));
        writeFile(m_passphraseFile, QByteArray("办公室的备份口令\n"));
        m_wrongFile = m_dir.filePath(QStringLiteral("wrong.txt"));
        writeFile(m_wrongFile, QByteArray("not the passphrase\n"));
    }
    void TearDown() override { storage::BackupCipher::setCost(storage::BackupCipher::Cost::Moderate); }

    QString m_folder;
    QString m_passphraseFile;
    QString m_wrongFile;
};

TEST_F(EncryptedBackupCommandsTest, TheSettingRequiresAPassphraseAndRestoreNeedsTheRightOne)
{
    ASSERT_EQ(runAs(QStringLiteral("admin"), {QStringLiteral("settings"), QStringLiteral("set"),
                                              QStringLiteral("backup.encrypt"), QStringLiteral("1")})
                  .code,
              0);
    const CliRun refused = runAs(QStringLiteral("admin"), {QStringLiteral("backup"), QStringLiteral("--to"), m_folder});
    EXPECT_EQ(refused.code, ExitFailure);
    EXPECT_TRUE(refused.err.contains(QLatin1String("give a passphrase"))) << refused.err.toStdString();
    EXPECT_TRUE(QDir(m_folder).entryList(QDir::Files).isEmpty());

    const CliRun made = runAs(QStringLiteral("admin"), {QStringLiteral("backup"), QStringLiteral("--to"), m_folder,
                                                        QStringLiteral("--passphrase-file"), m_passphraseFile});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const QString backup = made.out.trimmed();
    EXPECT_TRUE(backup.endsWith(QLatin1String(".db.enc")));
    EXPECT_TRUE(storage::BackupCipher::isEncrypted(backup));

    const CliRun listed =
        runAs(QStringLiteral("admin"), {QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--in"),
                                        m_folder, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(listed.code, 0);
    const QList<QStringList> rows = parseCsv(listed.out);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1][4], QStringLiteral("encrypted"));

    // A rep may neither back up nor restore, passphrase or not (the access matrix is unchanged).
    ASSERT_EQ(
        runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("add"), QStringLiteral("East")}).code,
        0);
    addUser(QStringLiteral("rep1"), QStringLiteral("rep"), QStringLiteral("East"));
    EXPECT_EQ(runAs(QStringLiteral("rep1"), {QStringLiteral("backup"), QStringLiteral("--to"), m_folder,
                                             QStringLiteral("--passphrase-file"), m_passphraseFile})
                  .code,
              ExitDenied);
    EXPECT_EQ(runAs(QStringLiteral("rep1"),
                    {QStringLiteral("restore"), backup, QStringLiteral("--passphrase-file"), m_passphraseFile})
                  .code,
              ExitDenied);
    EXPECT_EQ(QDir(m_folder).entryList(QDir::Files).size(), 1);

    const qint64 users = scalar("SELECT count(*) FROM users");
    m_db.reset();
    const CliRun none = runAs(QStringLiteral("admin"), {QStringLiteral("restore"), backup});
    EXPECT_EQ(none.code, ExitFailure);
    EXPECT_TRUE(none.err.contains(QLatin1String("is encrypted: give its passphrase"))) << none.err.toStdString();
    const CliRun wrong = runAs(QStringLiteral("admin"),
                               {QStringLiteral("restore"), backup, QStringLiteral("--passphrase-file"), m_wrongFile});
    EXPECT_EQ(wrong.code, ExitFailure);
    EXPECT_TRUE(wrong.err.contains(QLatin1String("wrong passphrase"))) << wrong.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM users"), users); // untouched
    m_db.reset();

    const CliRun restored = runAs(QStringLiteral("admin"), {QStringLiteral("restore"), backup,
                                                            QStringLiteral("--passphrase-file"), m_passphraseFile});
    ASSERT_EQ(restored.code, 0) << restored.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM users"), users - 1); // rep1 came after the backup
    m_db.reset();
    const CliRun check = runAs(QStringLiteral("admin"), {QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
}

} // namespace
} // namespace carddesk::cli::test
