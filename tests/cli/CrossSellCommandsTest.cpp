#include "CliTestSupport.h"

#include "services/CrossSellService.h"

#include <QJsonArray>

namespace carddesk::cli::test {
namespace {

// crosssell rules | suggest | targets over a 400-customer demo office: the JSON contract of docs/CLI.md, the
// scope of what a rep is told, and the usage errors.
class CrossSellCommandsTest : public CliFixture
{
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        services::CrossSellService::clearCache();
        const CliRun demo = runAs(QStringLiteral("admin"),
                                  {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("400")});
        ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
        m_demoPassword = m_dir.filePath(QStringLiteral("demo.txt"));
        writeFile(m_demoPassword, "demo1234\n");
    }

    CliRun runRep(const QString& user, const QStringList& command) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_dbPath, QStringLiteral("--user"), user,
                                  QStringLiteral("--password-file"), m_demoPassword} +
                      command);
    }

    QString m_demoPassword;
};

TEST_F(CrossSellCommandsTest, RulesJson)
{
    const CliRun run =
        runAs(QStringLiteral("admin"),
              {QStringLiteral("crosssell"), QStringLiteral("rules"), QStringLiteral("--top"), QStringLiteral("5"),
               QStringLiteral("--min-support"), QStringLiteral("0.02"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject json = parseObject(run.out);
    EXPECT_EQ(json.value(QStringLiteral("products")).toInt(), scalar("SELECT count(*) FROM products"));
    EXPECT_GT(json.value(QStringLiteral("baskets")).toInt(), 200);
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("min_support")).toDouble(), 0.02);
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("min_confidence")).toDouble(), 0.2); // the setting's default
    const QJsonArray rules = json.value(QStringLiteral("rules")).toArray();
    ASSERT_EQ(rules.size(), 5);
    EXPECT_GE(json.value(QStringLiteral("rules_total")).toInt(), 5);
    const QJsonObject best = rules[0].toObject();
    for (const char* key : {"antecedent", "consequent", "customers_both", "support", "confidence", "lift"})
        EXPECT_TRUE(best.contains(QLatin1String(key))) << key;
    EXPECT_FALSE(
        best.value(QStringLiteral("antecedent")).toObject().value(QStringLiteral("name")).toString().isEmpty());
    EXPECT_GE(best.value(QStringLiteral("support")).toDouble(), 0.02);
    EXPECT_GE(best.value(QStringLiteral("lift")).toDouble(),
              rules[4].toObject().value(QStringLiteral("lift")).toDouble());

    const CliRun text = runAs(QStringLiteral("admin"), {QStringLiteral("crosssell"), QStringLiteral("rules")});
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QLatin1String("also_holds"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QLatin1String("rules;"))) << text.out.toStdString();
}

TEST_F(CrossSellCommandsTest, SuggestJsonForOwnCustomerAndNotForAnotherRepsCustomer)
{
    const qint64 own = scalar("SELECT c.id FROM customers c JOIN users u ON u.id = c.owner_id WHERE u.username = "
                              "'rep01' AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) ORDER BY c.id "
                              "LIMIT 1");
    const qint64 other = scalar("SELECT c.id FROM customers c JOIN users u ON u.id = c.owner_id WHERE u.username = "
                                "'rep05' ORDER BY c.id LIMIT 1");
    m_db.reset();
    const CliRun run =
        runRep(QStringLiteral("rep01"), {QStringLiteral("crosssell"), QStringLiteral("suggest"),
                                         QStringLiteral("--customer"), QString::number(own), QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject json = parseObject(run.out);
    EXPECT_EQ(json.value(QStringLiteral("customer_id")).toInteger(), own);
    EXPECT_FALSE(json.value(QStringLiteral("customer_code")).toString().isEmpty());
    const QJsonArray list = json.value(QStringLiteral("suggestions")).toArray();
    for (const QJsonValue& v : list) {
        const QJsonObject s = v.toObject();
        EXPECT_GT(s.value(QStringLiteral("lift")).toDouble(), 1.0);
        EXPECT_TRUE(s.contains(QStringLiteral("product")));
        EXPECT_TRUE(s.contains(QStringLiteral("because_of")));
    }

    const CliRun denied = runRep(QStringLiteral("rep01"), {QStringLiteral("crosssell"), QStringLiteral("suggest"),
                                                           QStringLiteral("--customer"), QString::number(other)});
    EXPECT_EQ(denied.code, 1) << denied.out.toStdString();
    EXPECT_TRUE(denied.out.isEmpty());
}

TEST_F(CrossSellCommandsTest, TargetsJsonListsOnlyTheRepsOwnCustomers)
{
    const CliRun rules =
        runAs(QStringLiteral("admin"), {QStringLiteral("crosssell"), QStringLiteral("rules"), QStringLiteral("--top"),
                                        QStringLiteral("1"), QStringLiteral("--json")});
    ASSERT_EQ(rules.code, 0) << rules.err.toStdString();
    const QJsonObject best = parseObject(rules.out).value(QStringLiteral("rules")).toArray()[0].toObject();
    const QString code = best.value(QStringLiteral("consequent")).toObject().value(QStringLiteral("code")).toString();
    const CliRun run = runRep(QStringLiteral("rep01"), {QStringLiteral("crosssell"), QStringLiteral("targets"),
                                                        QStringLiteral("--product"), code, QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject json = parseObject(run.out);
    EXPECT_EQ(json.value(QStringLiteral("product")).toObject().value(QStringLiteral("code")).toString(), code);
    const QJsonArray customers = json.value(QStringLiteral("customers")).toArray();
    ASSERT_GT(customers.size(), 0);
    EXPECT_EQ(json.value(QStringLiteral("total")).toInt(), customers.size());
    const qint64 rep = scalar("SELECT id FROM users WHERE username = 'rep01'");
    for (const QJsonValue& v : customers) {
        const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
        EXPECT_EQ(scalar("SELECT owner_id FROM customers WHERE id = " + std::to_string(id)), rep);
    }
    const CliRun office = runAs(QStringLiteral("admin"), {QStringLiteral("crosssell"), QStringLiteral("targets"),
                                                          QStringLiteral("--product"), code, QStringLiteral("--json")});
    ASSERT_EQ(office.code, 0);
    EXPECT_GT(parseObject(office.out).value(QStringLiteral("total")).toInt(), customers.size());
}

TEST_F(CrossSellCommandsTest, UsageErrorsSayWhatIsWrong)
{
    auto expectUsage = [&](const QStringList& args, const char* words) {
        const CliRun run = runAs(QStringLiteral("admin"), args);
        EXPECT_EQ(run.code, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String(words))) << run.err.toStdString();
    };
    expectUsage({QStringLiteral("crosssell")}, "rules, suggest or targets");
    expectUsage({QStringLiteral("crosssell"), QStringLiteral("upsell")}, "unknown crosssell subcommand");
    expectUsage(
        {QStringLiteral("crosssell"), QStringLiteral("rules"), QStringLiteral("--min-support"), QStringLiteral("0")},
        "--min-support must be a number above 0");
    expectUsage({QStringLiteral("crosssell"), QStringLiteral("rules"), QStringLiteral("--min-confidence"),
                 QStringLiteral("1.5")},
                "--min-confidence must be a number from 0");
    expectUsage(
        {QStringLiteral("crosssell"), QStringLiteral("rules"), QStringLiteral("--min-support"), QStringLiteral("lots")},
        "(got \"lots\")");
    expectUsage({QStringLiteral("crosssell"), QStringLiteral("suggest")}, "missing --customer");
    expectUsage({QStringLiteral("crosssell"), QStringLiteral("targets")}, "missing --product");
    const CliRun unknown = runAs(QStringLiteral("admin"), {QStringLiteral("crosssell"), QStringLiteral("targets"),
                                                           QStringLiteral("--product"), QStringLiteral("NO-SUCH")});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(QLatin1String("no product with id or code \"NO-SUCH\"")))
        << unknown.err.toStdString();
}

} // namespace
} // namespace carddesk::cli::test
