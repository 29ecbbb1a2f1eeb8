#include "CliTestSupport.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

namespace carddesk::cli::test {
namespace {

// `equity`: customer equity of the user's scope, grouped, with its month-end trend (issue 15).
class EquityCommandsTest : public CliFixture
{
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        const CliRun demo =
            runAs(QStringLiteral("admin"), {QStringLiteral("demo"), QStringLiteral("--customers"),
                                            QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("3")});
        ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
        m_repPassword = m_dir.filePath(QStringLiteral("rep.txt"));
        writeFile(m_repPassword, "demo1234\n");
    }

    CliRun asRep(const QString& user, const QStringList& command) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_dbPath, QStringLiteral("--user"), user,
                                  QStringLiteral("--password-file"), m_repPassword} +
                      command);
    }

    void score()
    {
        const CliRun run = runAs(QStringLiteral("admin"), {QStringLiteral("score"), QStringLiteral("--as-of"),
                                                           QDate::currentDate().toString(Qt::ISODate)});
        ASSERT_EQ(run.code, 0) << run.err.toStdString();
    }

    QString m_repPassword;
};

TEST_F(EquityCommandsTest, BeforeAnyScoringThereIsNoEquity)
{
    const CliRun run = runAs(QStringLiteral("admin"), {QStringLiteral("equity"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_FALSE(parseObject(run.out).value(QStringLiteral("available")).toBool());
}

TEST_F(EquityCommandsTest, JsonGroupsAndTrend)
{
    score();
    const CliRun all = runAs(QStringLiteral("admin"), {QStringLiteral("equity"), QStringLiteral("--json")});
    ASSERT_EQ(all.code, 0) << all.err.toStdString();
    const QJsonObject json = parseObject(all.out);
    ASSERT_TRUE(json.value(QStringLiteral("available")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("horizon_months")).toInt(), 36);
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("monthly_discount")).toDouble(), 0.01);
    const double total = json.value(QStringLiteral("equity")).toDouble();
    EXPECT_GT(total, 0.0);
    for (const char* key : {"by_area", "by_rep", "by_abc", "by_stage"}) {
        double sum = 0;
        for (const QJsonValue& g : json.value(QLatin1String(key)).toArray())
            sum += g.toObject().value(QStringLiteral("equity")).toDouble();
        EXPECT_NEAR(sum, total, 1e-6 * total) << key;
    }
    EXPECT_FALSE(json.contains(QStringLiteral("trend")));

    const CliRun byAbc =
        runAs(QStringLiteral("admin"),
              {QStringLiteral("equity"), QStringLiteral("--by"), QStringLiteral("abc"), QStringLiteral("--trend"),
               QStringLiteral("--months"), QStringLiteral("6"), QStringLiteral("--json")});
    ASSERT_EQ(byAbc.code, 0) << byAbc.err.toStdString();
    const QJsonObject abc = parseObject(byAbc.out);
    EXPECT_TRUE(abc.contains(QStringLiteral("by_abc")));
    EXPECT_FALSE(abc.contains(QStringLiteral("by_rep")));
    const QJsonArray trend = abc.value(QStringLiteral("trend")).toArray();
    ASSERT_EQ(trend.size(), 6);
    EXPECT_EQ(trend.last().toObject().value(QStringLiteral("date")).toString(),
              QDate::currentDate().toString(Qt::ISODate));
    EXPECT_NEAR(trend.last().toObject().value(QStringLiteral("equity")).toDouble(), total, 1e-6 * total);

    // A rep's equity is their own customers' only: one rep in by_rep, less than the office.
    const CliRun rep = asRep(QStringLiteral("rep01"), {QStringLiteral("equity"), QStringLiteral("--json")});
    ASSERT_EQ(rep.code, 0) << rep.err.toStdString();
    const QJsonObject own = parseObject(rep.out);
    const QJsonArray reps = own.value(QStringLiteral("by_rep")).toArray();
    ASSERT_EQ(reps.size(), 1);
    EXPECT_EQ(reps[0].toObject().value(QStringLiteral("key")).toString(),
              QString::number(scalar("SELECT id FROM users WHERE username = 'rep01'")));
    EXPECT_LT(own.value(QStringLiteral("equity")).toDouble(), total);

    const CliRun text =
        runAs(QStringLiteral("admin"), {QStringLiteral("equity"), QStringLiteral("--by"), QStringLiteral("stage")});
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QLatin1String("customer equity: "))) << text.out.toStdString();
}

// Money in the CLI's JSON and CSV is rounded to the cent: the walkthrough's `equity --json` printed equities such as
// 55364533.85463896, and `scores` expected order values and CLVs such as 17004.028278568243.
TEST_F(EquityCommandsTest, MoneyIsRoundedToTheCent)
{
    score();
    const QRegularExpression uncents(
        QStringLiteral("\"(equity|previous|change|clv_12m|expected_order_value)\": ?-?[0-9]+\\.[0-9]{3,}"));
    for (const QStringList& command :
         {QStringList{QStringLiteral("equity"), QStringLiteral("--json")},
          QStringList{QStringLiteral("equity"), QStringLiteral("--trend"), QStringLiteral("--json")},
          QStringList{QStringLiteral("scores"), QStringLiteral("--format"), QStringLiteral("json")}}) {
        const CliRun run = runAs(QStringLiteral("admin"), command);
        ASSERT_EQ(run.code, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("equity")) || run.out.contains(QStringLiteral("clv_12m")));
        const QRegularExpressionMatch found = uncents.match(run.out);
        EXPECT_FALSE(found.hasMatch()) << command.join(QLatin1Char(' ')).toStdString() << ": "
                                       << found.captured().toStdString();
    }
    const CliRun csv = runAs(QStringLiteral("admin"), {QStringLiteral("scores")});
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    const QList<QStringList> records = parseCsv(csv.out);
    ASSERT_GT(records.size(), 1);
    const qsizetype value = records[0].indexOf(QStringLiteral("expected_order_value"));
    const qsizetype clv = records[0].indexOf(QStringLiteral("clv_12m"));
    ASSERT_GE(value, 0);
    ASSERT_GE(clv, 0);
    const QRegularExpression cents(QStringLiteral("^-?[0-9]+(\\.[0-9]{1,2})?$"));
    for (qsizetype r = 1; r < records.size(); ++r) {
        EXPECT_TRUE(cents.match(records[r][value]).hasMatch()) << records[r][value].toStdString();
        EXPECT_TRUE(cents.match(records[r][clv]).hasMatch()) << records[r][clv].toStdString();
    }
}

TEST_F(EquityCommandsTest, TheWeeklyReportJsonCarriesTheAreasEquity)
{
    const CliRun before =
        runAs(QStringLiteral("admin"), {QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--json")});
    ASSERT_EQ(before.code, 0) << before.err.toStdString();
    EXPECT_TRUE(parseObject(before.out).value(QStringLiteral("equity")).isNull());
    score();
    const CliRun run =
        runAs(QStringLiteral("admin"), {QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject json = parseObject(run.out);
    const QJsonObject equity = json.value(QStringLiteral("equity")).toObject();
    EXPECT_EQ(equity.value(QStringLiteral("as_of")).toString(), json.value(QStringLiteral("to")).toString());
    EXPECT_GT(equity.value(QStringLiteral("equity")).toDouble(), 0.0);
    EXPECT_NEAR(equity.value(QStringLiteral("change")).toDouble(),
                equity.value(QStringLiteral("equity")).toDouble() - equity.value(QStringLiteral("previous")).toDouble(),
                0.011);
}

TEST_F(EquityCommandsTest, UsageErrorsNameTheOption)
{
    const CliRun by =
        runAs(QStringLiteral("admin"), {QStringLiteral("equity"), QStringLiteral("--by"), QStringLiteral("region")});
    EXPECT_EQ(by.code, 2);
    EXPECT_TRUE(by.err.contains(QLatin1String("--by must be area, rep, abc or stage"))) << by.err.toStdString();
    const CliRun months = runAs(QStringLiteral("admin"), {QStringLiteral("equity"), QStringLiteral("--trend"),
                                                          QStringLiteral("--months"), QStringLiteral("30")});
    EXPECT_EQ(months.code, 2);
    EXPECT_TRUE(months.err.contains(QLatin1String("--months"))) << months.err.toStdString();
}

} // namespace
} // namespace carddesk::cli::test
