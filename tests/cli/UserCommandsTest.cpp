#include "CliTestSupport.h"

#include "cli/CliContext.h"
#include "storage/repositories/CustomerRepository.h"

#include <QFile>

namespace carddesk::cli::test {
namespace {

class UserCommandsTest : public CliFixture
{
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_EQ(
            runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("add"), QStringLiteral("East")})
                .code,
            0);
        addUser(QStringLiteral("rep1"), QStringLiteral("rep"), QStringLiteral("East"));
    }

    QString passwordFile(const QString& name, const QString& password)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(password.toUtf8() + '\n');
        return path;
    }
};

TEST_F(UserCommandsTest, DeactivatingARepWithCustomersSaysTheyNeedAHandover)
{
    {
        storage::Session s = session(QStringLiteral("rep1"));
        core::Customer customer;
        customer.name = QStringLiteral("杭州西湖茶叶");
        ASSERT_TRUE(storage::CustomerRepository(s).create(customer));
    }
    m_db.reset();
    const CliRun off =
        runAs(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("rep1")});
    ASSERT_EQ(off.code, 0) << off.err.toStdString();
    EXPECT_TRUE(off.out.contains(QStringLiteral("1 customers of rep1 need a handover"))) << off.out.toStdString();
    EXPECT_EQ(runAs(QStringLiteral("rep1"), {QStringLiteral("customers"), QStringLiteral("list")}).code, ExitDenied);
    const CliRun on =
        runAs(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("activate"), QStringLiteral("rep1")});
    ASSERT_EQ(on.code, 0) << on.err.toStdString();
    EXPECT_EQ(runAs(QStringLiteral("rep1"), {QStringLiteral("customers"), QStringLiteral("list")}).code, 0);
}

TEST_F(UserCommandsTest, ARepChangesTheirOwnPasswordButNoOneElses)
{
    const QString next = passwordFile(QStringLiteral("next.txt"), QStringLiteral("new-secret-9"));
    const CliRun other =
        runAs(QStringLiteral("rep1"), {QStringLiteral("users"), QStringLiteral("reset-password"),
                                       QStringLiteral("admin"), QStringLiteral("--new-password-file"), next});
    // Refused for the role, before the name is looked up (a rep does not even see the administrator); the password
    // stays.
    EXPECT_EQ(other.code, ExitDenied) << other.err.toStdString();
    EXPECT_TRUE(other.err.contains(QLatin1String("needs the admin role"))) << other.err.toStdString();
    EXPECT_EQ(runAs(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("list")}).code, 0);
    const CliRun own = runAs(QStringLiteral("rep1"), {QStringLiteral("users"), QStringLiteral("passwd"),
                                                      QStringLiteral("--new-password-file"), next});
    ASSERT_EQ(own.code, 0) << own.err.toStdString();
    // The old password no longer logs in; the new one does.
    EXPECT_NE(runAs(QStringLiteral("rep1"), {QStringLiteral("customers"), QStringLiteral("list")}).code, 0);
    const CliRun withNew =
        runCli({QStringLiteral("--db"), m_dbPath, QStringLiteral("--user"), QStringLiteral("rep1"),
                QStringLiteral("--password-file"), next, QStringLiteral("customers"), QStringLiteral("list")});
    EXPECT_EQ(withNew.code, 0) << withNew.err.toStdString();
}

TEST_F(UserCommandsTest, AfterAResetTheUserMayOnlyChooseTheirOwnPassword)
{
    const QString temporary = passwordFile(QStringLiteral("temporary.txt"), QStringLiteral("temporary-123"));
    const CliRun reset =
        runAs(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("reset-password"),
                                        QStringLiteral("rep1"), QStringLiteral("--new-password-file"), temporary});
    ASSERT_EQ(reset.code, 0) << reset.err.toStdString();
    EXPECT_TRUE(reset.out.contains(QStringLiteral("at the next log-in"))) << reset.out.toStdString();
    const QStringList asRep1 = {QStringLiteral("--db"),
                                m_dbPath,
                                QStringLiteral("--user"),
                                QStringLiteral("rep1"),
                                QStringLiteral("--password-file"),
                                temporary};
    const CliRun refused = runCli(asRep1 + QStringList{QStringLiteral("customers"), QStringLiteral("list")});
    EXPECT_EQ(refused.code, ExitDenied);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("users passwd"))) << refused.err.toStdString();

    const QString own = passwordFile(QStringLiteral("own.txt"), QStringLiteral("my-own-choice"));
    const CliRun chosen = runCli(asRep1 + QStringList{QStringLiteral("users"), QStringLiteral("passwd"),
                                                      QStringLiteral("--new-password-file"), own});
    ASSERT_EQ(chosen.code, 0) << chosen.err.toStdString();
    const CliRun listed =
        runCli({QStringLiteral("--db"), m_dbPath, QStringLiteral("--user"), QStringLiteral("rep1"),
                QStringLiteral("--password-file"), own, QStringLiteral("customers"), QStringLiteral("list")});
    EXPECT_EQ(listed.code, 0) << listed.err.toStdString();
}

TEST_F(UserCommandsTest, APasswordThatIsTheUserNameIsRefused)
{
    const QString same = passwordFile(QStringLiteral("same.txt"), QStringLiteral("wang.fang"));
    const CliRun run =
        runAs(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("wang.fang"),
                                        QStringLiteral("--role"), QStringLiteral("rep"), QStringLiteral("--area"),
                                        QStringLiteral("East"), QStringLiteral("--new-password-file"), same});
    EXPECT_EQ(run.code, ExitFailure);
    EXPECT_TRUE(run.err.contains(QStringLiteral("must not be the user name"))) << run.err.toStdString();
}

TEST_F(UserCommandsTest, AreasAreRenamed)
{
    const CliRun run = runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("rename"),
                                                       QStringLiteral("East"), QStringLiteral("华东区")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM areas WHERE name = '华东区'"), 1);
    const CliRun missing = runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("rename"),
                                                           QStringLiteral("West"), QStringLiteral("西区")});
    EXPECT_EQ(missing.code, ExitFailure);
}

} // namespace
} // namespace carddesk::cli::test
