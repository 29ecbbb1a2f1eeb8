#include "CliTestSupport.h"

#include <QDir>
#include <QFileDevice>

#include <unistd.h>

namespace carddesk::cli::test {
namespace {

// Issue #17, finding 7: `check` reads the file without writing to it, names what is damaged and what to do, and
// never sends the reader back to itself.
class CheckFaultsTest : public CliFixture
{
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        const CliRun demo =
            runAs(QStringLiteral("admin"), {QStringLiteral("demo"), QStringLiteral("--customers"),
                                            QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")});
        ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
        db().sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        m_pageSize = scalar("PRAGMA page_size");
    }

    qint64 rootPage(const std::string& name)
    {
        return scalar("SELECT rootpage FROM sqlite_schema WHERE name = '" + name + "'");
    }

    // A copy of the office with the given pages overwritten with garbage, as a failing disk would leave them.
    QString damagedCopy(const QList<qint64>& pages)
    {
        const QString copy = m_dir.filePath(QStringLiteral("damaged-%1.carddesk").arg(++m_copies));
        EXPECT_TRUE(QFile::copy(m_dbPath, copy));
        QFile file(copy);
        EXPECT_TRUE(file.open(QIODevice::ReadWrite));
        for (const qint64 page : pages) {
            file.seek((page - 1) * m_pageSize);
            file.write(QByteArray(m_pageSize, '\x5A'));
        }
        return copy;
    }

    CliRun checkAsAdmin(const QString& path)
    {
        return runCli({QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("admin"),
                       QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("check")});
    }

    static void expectDamageAdvice(const CliRun& run)
    {
        EXPECT_EQ(run.code, 1) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String("damaged"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String("restore"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String(".recover | sqlite3"))) << run.err.toStdString();
        EXPECT_FALSE(run.err.contains(QLatin1String("carddesk-cli check"))) << "check points at itself";
        EXPECT_FALSE(run.err.contains(QLatin1String("`check`"))) << "check points at itself";
    }

    qint64 m_pageSize = 4096;
    int m_copies = 0;
};

TEST_F(CheckFaultsTest, CheckWritesNothing)
{
    const qint64 accessRows = scalar("SELECT count(*) FROM access_log");
    m_db.reset(); // no connection of the test's own
    const CliRun run = runAs(QStringLiteral("admin"), {QStringLiteral("check")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log"), accessRows) << "check wrote the access log";

    // A wrong password is still refused, and still writes nothing.
    const QString wrong = m_dir.filePath(QStringLiteral("wrong.txt"));
    writeFile(wrong, "not-the-password\n");
    const CliRun refused = runCli({QStringLiteral("--db"), m_dbPath, QStringLiteral("--user"), QStringLiteral("admin"),
                                   QStringLiteral("--password-file"), wrong, QStringLiteral("check")});
    EXPECT_EQ(refused.code, 3);
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log"), accessRows);
}

TEST_F(CheckFaultsTest, ADamagedTableIsNamedWithWhatToDo)
{
    const QString copy = damagedCopy({rootPage("orders"), rootPage("orders") + 1});
    const CliRun run = checkAsAdmin(copy);
    expectDamageAdvice(run);
    EXPECT_TRUE(run.err.contains(QLatin1String("orders"))) << run.err.toStdString();
}

TEST_F(CheckFaultsTest, DamagedUsersPagesStillGetAReport)
{
    const QString copy = damagedCopy({rootPage("users")});
    const CliRun run = checkAsAdmin(copy);
    expectDamageAdvice(run);
    EXPECT_TRUE(run.err.contains(QLatin1String("table users"))) << run.err.toStdString();
}

TEST_F(CheckFaultsTest, ADamagedHeaderIsReportedWithWhatToDo)
{
    const QString copy = damagedCopy({1});
    expectDamageAdvice(checkAsAdmin(copy));
}

TEST_F(CheckFaultsTest, CheckWorksOnAReadOnlyFileInAReadOnlyFolder)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root ignores file modes; the read-only open itself is tested in "
                        "FaultReportingTest.AReadOnlyOpenWritesNothing";
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString copy = folder + QStringLiteral("/office.carddesk");
    m_db.reset();
    ASSERT_TRUE(QFile::copy(m_dbPath, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const CliRun run = checkAsAdmin(copy);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QLatin1String("ok:"))) << run.out.toStdString();
}

} // namespace
} // namespace carddesk::cli::test
