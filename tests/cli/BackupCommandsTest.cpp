#include "CliTestSupport.h"

#include "cli/CliContext.h"
#include "storage/repositories/CustomerRepository.h"

#include <QDir>
#include <QFileInfo>

namespace carddesk::cli::test {
namespace {

class BackupCommandsTest : public CliFixture
{
protected:
    void addCustomer(const QString& name)
    {
        storage::Session s = session(QStringLiteral("admin"));
        core::Customer customer;
        customer.name = name;
        ASSERT_TRUE(storage::CustomerRepository(s).create(customer));
    }
};

TEST_F(BackupCommandsTest, BackupListAndRestoreRoundTrip)
{
    addCustomer(QStringLiteral("上海东方贸易"));
    m_db.reset();
    const QString folder = m_dir.filePath(QStringLiteral("copies"));
    const CliRun made = runAs(QStringLiteral("admin"), {QStringLiteral("backup"), QStringLiteral("--to"), folder});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const QString backup = made.out.trimmed();
    EXPECT_TRUE(QFileInfo::exists(backup));
    EXPECT_EQ(QFileInfo(backup).absolutePath(), QDir(folder).absolutePath());

    const CliRun listed =
        runAs(QStringLiteral("admin"), {QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--in"),
                                        folder, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    const QList<QStringList> rows = parseCsv(listed.out);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1][0], backup);
    EXPECT_EQ(rows[1][2], QStringLiteral("1"));
    EXPECT_EQ(rows[1][4], QStringLiteral("ok"));

    addCustomer(QStringLiteral("北京西城商行"));
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 2);
    // The test's own connection is open: the restore must refuse and change nothing.
    const CliRun busy = runAs(QStringLiteral("admin"), {QStringLiteral("restore"), backup});
    EXPECT_EQ(busy.code, ExitFailure);
    EXPECT_TRUE(busy.err.contains(QStringLiteral("open in another CardDesk window"))) << busy.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 2);
    m_db.reset();

    const CliRun restored = runAs(QStringLiteral("admin"), {QStringLiteral("restore"), backup});
    ASSERT_EQ(restored.code, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(QStringLiteral("before-restore-"))) << restored.out.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 1);
}

TEST_F(BackupCommandsTest, OnlyTheAdministratorRestores)
{
    ASSERT_EQ(
        runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("add"), QStringLiteral("East")}).code,
        0);
    addUser(QStringLiteral("rep1"), QStringLiteral("rep"), QStringLiteral("East"));
    m_db.reset();
    const CliRun made = runAs(QStringLiteral("admin"), {QStringLiteral("backup")});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    // Without --to: the `backups` folder beside the office.
    EXPECT_EQ(QFileInfo(made.out.trimmed()).absolutePath(),
              QDir(m_dir.filePath(QStringLiteral("backups"))).absolutePath());
    const CliRun denied = runAs(QStringLiteral("rep1"), {QStringLiteral("restore"), made.out.trimmed()});
    EXPECT_EQ(denied.code, ExitDenied) << denied.err.toStdString();
}

TEST_F(BackupCommandsTest, CheckShowsFreeSpaceAndOptimizeGivesItBack)
{
    ASSERT_EQ(
        runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("add"), QStringLiteral("East")}).code,
        0);
    addUser(QStringLiteral("rep1"), QStringLiteral("rep"), QStringLiteral("East"));
    {
        storage::Session s = session(QStringLiteral("admin"));
        s.db().sql().exec("CREATE TABLE scratch (payload TEXT)");
        s.db().sql().exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) "
                          "INSERT INTO scratch SELECT hex(randomblob(500)) FROM n");
        s.db().sql().exec("DROP TABLE scratch");
    }
    m_db.reset();
    const CliRun checked = runAs(QStringLiteral("admin"), {QStringLiteral("check")});
    ASSERT_EQ(checked.code, 0) << checked.err.toStdString();
    EXPECT_TRUE(checked.out.contains(QStringLiteral("carddesk-cli optimize"))) << checked.out.toStdString();

    EXPECT_EQ(runAs(QStringLiteral("rep1"), {QStringLiteral("optimize")}).code, ExitDenied);
    const CliRun optimized = runAs(QStringLiteral("admin"), {QStringLiteral("optimize")});
    ASSERT_EQ(optimized.code, 0) << optimized.err.toStdString();
    EXPECT_TRUE(optimized.out.contains(QStringLiteral("rewritten"))) << optimized.out.toStdString();
    EXPECT_TRUE(optimized.out.contains(QStringLiteral("(0.0%)"))) << optimized.out.toStdString();
    const CliRun again = runAs(QStringLiteral("admin"), {QStringLiteral("check")});
    ASSERT_EQ(again.code, 0);
    EXPECT_FALSE(again.out.contains(QStringLiteral("carddesk-cli optimize"))) << again.out.toStdString();
}

TEST_F(BackupCommandsTest, ARestoreOfAFileThatIsNotAnOfficeSaysSo)
{
    const QString text = m_dir.filePath(QStringLiteral("notes.db"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("hello\n").repeated(1000));
    file.close();
    const CliRun run = runAs(QStringLiteral("admin"), {QStringLiteral("restore"), text});
    EXPECT_EQ(run.code, ExitFailure);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not a CardDesk office"))) << run.err.toStdString();
}

// Bug: another office's file was restored ("restored other.db", exit 0) and the administrator was locked out.
TEST_F(BackupCommandsTest, AnotherOfficesFileIsNotRestored)
{
    const QString other = m_dir.filePath(QStringLiteral("other.db"));
    const QString password = m_dir.filePath(QStringLiteral("boss.pw"));
    QFile file(password);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("boss-secret-1\n");
    file.close();
    const CliRun made = runCli({QStringLiteral("--db"), other, QStringLiteral("init"), QStringLiteral("--admin"),
                                QStringLiteral("boss"), QStringLiteral("--password-file"), password,
                                QStringLiteral("--office"), QStringLiteral("别的公司")});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    m_db.reset();
    const CliRun run = runAs(QStringLiteral("admin"), {QStringLiteral("restore"), other});
    EXPECT_EQ(run.code, ExitFailure);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no active administrator named 'admin'"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("别的公司"))) << run.err.toStdString();
    // The office is as it was: the administrator still logs in.
    EXPECT_EQ(runAs(QStringLiteral("admin"), {QStringLiteral("customers"), QStringLiteral("list")}).code, ExitOk);
}

} // namespace
} // namespace carddesk::cli::test
