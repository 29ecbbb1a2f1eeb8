#include "CliTestSupport.h"

#include "cli/CliContext.h"
#include "storage/repositories/CustomerRepository.h"

#include <QJsonArray>

namespace carddesk::cli::test {
namespace {

class DuplicateCommandsTest : public CliFixture
{
protected:
    qint64 addCard(const QString& name, const QString& phone = {})
    {
        auto admin = session(QStringLiteral("admin"));
        core::Customer c;
        c.name = name;
        c.phone = phone;
        auto created = storage::CustomerRepository(admin).create(c);
        EXPECT_TRUE(created) << created.error().toString().toStdString();
        return created ? created->id : 0;
    }
};

TEST_F(DuplicateCommandsTest, FindMergeListAndUndo)
{
    const qint64 first = addCard(QStringLiteral("杭州诚远食品有限公司"), QStringLiteral("0571-8888 8888"));
    const qint64 second = addCard(QStringLiteral("杭州诚远食品有限公司"), QStringLiteral("0571-8888 9999"));
    addCard(QStringLiteral("宁波海天贸易有限公司"));
    m_db.reset();

    CliRun run = runAs(QStringLiteral("admin"), {QStringLiteral("duplicates"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject found = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray pairs = found.value(QStringLiteral("pairs")).toArray();
    ASSERT_EQ(pairs.size(), 1);
    EXPECT_EQ(pairs[0].toObject().value(QStringLiteral("first_id")).toInteger(), first);
    EXPECT_EQ(pairs[0].toObject().value(QStringLiteral("second_id")).toInteger(), second);
    EXPECT_EQ(pairs[0].toObject().value(QStringLiteral("reasons")).toArray(), QJsonArray{QStringLiteral("name")});
    EXPECT_EQ(found.value(QStringLiteral("customers_read")).toInteger(), 3);

    run = runAs(QStringLiteral("admin"),
                {QStringLiteral("duplicates"), QStringLiteral("merge"), QString::number(first), QString::number(second),
                 QStringLiteral("--take"), QStringLiteral("phone=other")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("merges undo 1"))) << run.out.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 2);
    EXPECT_EQ(db().sql().execAndGet("SELECT phone FROM customers WHERE id = " + std::to_string(first)).getString(),
              "0571-8888 9999");
    m_db.reset();

    run = runAs(QStringLiteral("admin"), {QStringLiteral("merges"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonArray merges = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(merges.size(), 1);
    EXPECT_EQ(merges[0].toObject().value(QStringLiteral("removed_id")).toInteger(), second);

    run = runAs(QStringLiteral("admin"), {QStringLiteral("merges"), QStringLiteral("undo"), QStringLiteral("1")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 3);
    m_db.reset();
    run = runAs(QStringLiteral("admin"), {QStringLiteral("merges"), QStringLiteral("undo"), QStringLiteral("1")});
    EXPECT_EQ(run.code, ExitFailure);
    EXPECT_TRUE(run.err.contains(QLatin1String("undone already"))) << run.err.toStdString();
}

TEST_F(DuplicateCommandsTest, BadInputIsAUsageError)
{
    const qint64 a = addCard(QStringLiteral("甲公司"));
    const qint64 b = addCard(QStringLiteral("乙公司"));
    m_db.reset();
    EXPECT_EQ(
        runAs(QStringLiteral("admin"), {QStringLiteral("duplicates"), QStringLiteral("merge"), QStringLiteral("1")})
            .code,
        ExitUsage);
    const CliRun bad =
        runAs(QStringLiteral("admin"), {QStringLiteral("duplicates"), QStringLiteral("merge"), QString::number(a),
                                        QString::number(b), QStringLiteral("--take"), QStringLiteral("colour")});
    EXPECT_EQ(bad.code, ExitUsage);
    EXPECT_TRUE(bad.err.contains(QLatin1String("'colour'"))) << bad.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 2);
    EXPECT_EQ(
        runAs(QStringLiteral("admin"), {QStringLiteral("duplicates"), QStringLiteral("--limit"), QStringLiteral("0")})
            .code,
        ExitUsage);
}

} // namespace
} // namespace carddesk::cli::test
