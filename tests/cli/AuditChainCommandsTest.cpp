#include "CliTestSupport.h"

#include "cli/CliContext.h"

#include <QFile>

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::cli::test {
namespace {

class AuditChainCommandsTest : public CliFixture
{
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_EQ(
            runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("add"), QStringLiteral("East")})
                .code,
            0);
        addUser(QStringLiteral("rep01"), QStringLiteral("rep"), QStringLiteral("East"));
        ASSERT_EQ(runAs(QStringLiteral("rep01"), {QStringLiteral("customers"), QStringLiteral("list")}).code, 0);
    }

    void outside(const std::string& sql)
    {
        SQLite::Database raw(QFile::encodeName(m_dbPath).toStdString(), SQLite::OPEN_READWRITE, 5000);
        raw.exec(sql);
    }
};

TEST_F(AuditChainCommandsTest, CheckIsOkAndPrintsTheChainHeads)
{
    const CliRun check = runAs(QStringLiteral("admin"), {QStringLiteral("check")});
    ASSERT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QLatin1String("audit chain: audit_log "))) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QLatin1String("audit chain: access_log "))) << check.out.toStdString();
}

TEST_F(AuditChainCommandsTest, CheckReportsARoleGivenWithSqlite)
{
    // Issue #17: no audit row, and `check` said ok.
    outside("UPDATE users SET role = 'admin', area_id = NULL WHERE username = 'rep01'");
    const CliRun check = runAs(QStringLiteral("admin"), {QStringLiteral("check")});
    EXPECT_EQ(check.code, ExitFailure);
    EXPECT_TRUE(check.err.contains(QLatin1String("problem: audit chain: user rep01"))) << check.err.toStdString();
    EXPECT_TRUE(check.err.contains(QLatin1String("role=admin area=none"))) << check.err.toStdString();
}

TEST_F(AuditChainCommandsTest, CheckReportsADroppedTriggerAndAnInsertedRow)
{
    outside("DROP TRIGGER audit_log_no_delete");
    outside("INSERT INTO audit_log (at, user_id, action, table_name, row_id, field, old_value, new_value) VALUES "
            "('2026-01-01T00:00:00Z', 1, 'update', 'users', 2, 'role', 'rep', 'admin')");
    const qint64 inserted = scalar("SELECT max(id) FROM audit_log");
    m_db.reset();
    const CliRun check = runAs(QStringLiteral("admin"), {QStringLiteral("check")});
    EXPECT_EQ(check.code, ExitFailure);
    EXPECT_TRUE(check.err.contains(QLatin1String("the trigger audit_log_no_delete is missing")))
        << check.err.toStdString();
    EXPECT_TRUE(check.err.contains(QStringLiteral("the first bad row is %1 (row %1 has no seal").arg(inserted)))
        << check.err.toStdString();
}

} // namespace
} // namespace carddesk::cli::test
