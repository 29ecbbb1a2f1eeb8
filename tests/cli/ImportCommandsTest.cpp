#include "CliTestSupport.h"

#include "cli/CliContext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carddesk::cli::test {
namespace {

class ImportCommandsTest : public CliFixture
{
protected:
    QString file(const char* name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QString::fromUtf8(name));
        writeFile(path, bytes);
        return path;
    }
};

TEST_F(ImportCommandsTest, DryRunWritesNothingAndAnImportIsListedAndUndone)
{
    const QString csv = file("list.csv", QStringLiteral("编号,客户名称,联系人,联系人手机\n"
                                                        "K1,甲公司,王小明,13812345678\n"
                                                        "K1,,李静,13900001111\n"
                                                        "K2,乙公司,,\n")
                                             .toUtf8());
    const CliRun dry = runAs(QStringLiteral("admin"), {QStringLiteral("import-customers"), csv,
                                                       QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(dry.code, ExitOk) << dry.err.toStdString();
    const QJsonObject plan = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    EXPECT_EQ(plan.value(QStringLiteral("customers_to_create")).toInt(), 2);
    EXPECT_EQ(plan.value(QStringLiteral("contacts_to_add")).toInt(), 2);
    EXPECT_EQ(plan.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    EXPECT_FALSE(plan.value(QStringLiteral("imported")).toBool());
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 0);

    const CliRun run = runAs(QStringLiteral("admin"), {QStringLiteral("import-customers"), csv});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("customers_to_create  2"))) << run.out.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 2);
    EXPECT_EQ(scalar("SELECT count(*) FROM contacts"), 2);

    const CliRun list = runAs(QStringLiteral("admin"), {QStringLiteral("imports"), QStringLiteral("list"),
                                                        QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(list.code, ExitOk);
    const QJsonArray batches = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(batches.size(), 1);
    EXPECT_EQ(batches[0].toObject().value(QStringLiteral("file")).toString(), QStringLiteral("list.csv"));
    EXPECT_EQ(batches[0].toObject().value(QStringLiteral("created")).toInt(), 2);

    const CliRun undo =
        runAs(QStringLiteral("admin"), {QStringLiteral("imports"), QStringLiteral("undo"),
                                        QString::number(batches[0].toObject().value(QStringLiteral("id")).toInt())});
    ASSERT_EQ(undo.code, ExitOk) << undo.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 0);
    const CliRun again =
        runAs(QStringLiteral("admin"), {QStringLiteral("imports"), QStringLiteral("undo"), QStringLiteral("1")});
    EXPECT_EQ(again.code, ExitFailure);
    EXPECT_TRUE(again.err.contains(QStringLiteral("undone already")));
    EXPECT_EQ(
        runAs(QStringLiteral("admin"), {QStringLiteral("imports"), QStringLiteral("undo"), QStringLiteral("x")}).code,
        ExitUsage);
}

TEST_F(ImportCommandsTest, BadRowsAreNamedAndImportedOnlyWithGoodRows)
{
    const QString csv = file("bad.csv", QByteArray("code,name,established\nB1,Good,2024-03-05\nB2,Bad,5/3/2024\n"));
    const QString errors = m_dir.filePath(QStringLiteral("errors.csv"));
    const CliRun refused =
        runAs(QStringLiteral("admin"), {QStringLiteral("import-customers"), csv, QStringLiteral("--errors"), errors});
    EXPECT_EQ(refused.code, ExitFailure);
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_TRUE(refused.err.contains(QStringLiteral("bad.csv, row 3, column C (established): '5/3/2024'")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("nothing was imported")));
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 0);
    QFile saved(errors);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(saved.readAll()).contains(QStringLiteral("bad.csv,3,C,established,")));

    const CliRun good =
        runAs(QStringLiteral("admin"), {QStringLiteral("import-customers"), csv, QStringLiteral("--good-rows")});
    EXPECT_EQ(good.code, ExitOk) << good.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 1);
}

TEST_F(ImportCommandsTest, FilesThatCannotBeReadAndBadOptions)
{
    const QString notBook = file("book.xlsx", QByteArray("code,name\n"));
    const CliRun xlsx = runAs(QStringLiteral("admin"), {QStringLiteral("import-customers"), notBook});
    EXPECT_EQ(xlsx.code, ExitFailure);
    EXPECT_TRUE(xlsx.err.contains(QStringLiteral("book.xlsx: not an .xlsx workbook"))) << xlsx.err.toStdString();
    const QString nul = file("nul.csv", QByteArray("code,name\nC1,") + QByteArray(1, '\0') + "\n");
    const CliRun nulRun = runAs(QStringLiteral("admin"), {QStringLiteral("import-customers"), nul});
    EXPECT_EQ(nulRun.code, ExitFailure);
    EXPECT_TRUE(nulRun.err.contains(QStringLiteral("nul.csv, row 2, column 2 (B)"))) << nulRun.err.toStdString();
    const QString ok = file("ok.csv", QByteArray("code,name\nC1,A\n"));
    EXPECT_EQ(runAs(QStringLiteral("admin"),
                    {QStringLiteral("import-customers"), ok, QStringLiteral("--match"), QStringLiteral("merge")})
                  .code,
              ExitUsage);
    const QString mapping = file("map.json", QByteArray("[1, 2]"));
    const CliRun badMapping =
        runAs(QStringLiteral("admin"), {QStringLiteral("import-customers"), ok, QStringLiteral("--mapping"), mapping});
    EXPECT_EQ(badMapping.code, ExitFailure);
    EXPECT_TRUE(badMapping.err.contains(QStringLiteral("map.json is not a mapping")));
    EXPECT_EQ(scalar("SELECT count(*) FROM customers"), 0);
}

} // namespace
} // namespace carddesk::cli::test
