#include "CliTestSupport.h"

#include <QJsonArray>

namespace carddesk::cli::test {
namespace {

// Issue 15 in the CLI, on the CDNOW sample: the month-end stages of an office never scored come from its orders,
// and `customer show` tells the card's story where status and data disagree.
class LifecycleStoryCommandsTest : public CliFixture
{
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        const QString csv = m_dir.filePath(QStringLiteral("cdnow.csv"));
        writeFile(csv, cdnowAsOrderCsv());
        const CliRun import = runAs(QStringLiteral("admin"),
                                    {QStringLiteral("import-orders"), csv, QStringLiteral("--create-customers")});
        ASSERT_EQ(import.code, 0) << import.err.toStdString();
    }
};

TEST_F(LifecycleStoryCommandsTest, HistoryOfAnOfficeNeverScoredComesFromItsOrders)
{
    ASSERT_EQ(scalar("SELECT count(*) FROM scores"), 0);
    const CliRun run = runAs(QStringLiteral("admin"),
                             {QStringLiteral("lifecycle"), QStringLiteral("history"), QStringLiteral("--months"),
                              QStringLiteral("18"), QStringLiteral("--as-of"), QStringLiteral("1998-06-30"),
                              QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 18);
    auto total = [](const QJsonObject& row) {
        qint64 sum = 0;
        for (const char* stage : {"potential", "exploration", "formation", "stability", "decline", "lost", "won_back"})
            sum += row.value(QLatin1String(stage)).toInteger();
        return sum;
    };
    const QJsonObject first = rows.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("month_end")).toString(), QStringLiteral("1997-01-31"));
    // Everyone with an order by the month end is in a stage; the cards were entered today (no potential yet).
    EXPECT_EQ(total(first), scalar("SELECT count(DISTINCT customer_id) FROM orders WHERE order_date <= '1997-01-31'"));
    EXPECT_EQ(first.value(QStringLiteral("exploration")).toInteger(), total(first)); // all new in January
    const QJsonObject last = rows.last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("month_end")).toString(), QStringLiteral("1998-06-30"));
    EXPECT_EQ(total(last), scalar("SELECT count(DISTINCT customer_id) FROM orders"));
    EXPECT_GT(last.value(QStringLiteral("lost")).toInteger(), total(last) / 2); // CDNOW: most never came back

    const CliRun bad = runAs(QStringLiteral("admin"), {QStringLiteral("lifecycle"), QStringLiteral("history"),
                                                       QStringLiteral("--months"), QStringLiteral("0")});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(bad.err.contains(QLatin1String("--months"))) << bad.err.toStdString();
}

TEST_F(LifecycleStoryCommandsTest, CustomerShowTellsTheStoryAndOffersTheCorrection)
{
    const CliRun score = runAs(QStringLiteral("admin"),
                               {QStringLiteral("score"), QStringLiteral("--as-of"), QStringLiteral("1998-06-30")});
    ASSERT_EQ(score.code, 0) << score.err.toStdString();
    // A lost customer whose card still says "current customer".
    const qint64 id = scalar("SELECT customer_id FROM scores WHERE stage_code = 6 ORDER BY customer_id LIMIT 1");
    ASSERT_GT(id, 0);
    db().sql().exec("UPDATE customers SET status = 'current' WHERE id = " + std::to_string(id));
    const qint64 days = scalar("SELECT julianday('1998-06-30') - julianday(max(order_date)) FROM orders WHERE "
                               "customer_id = " +
                               std::to_string(id));
    const CliRun json =
        runAs(QStringLiteral("admin"), {QStringLiteral("customer"), QStringLiteral("show"), QString::number(id),
                                        QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonObject story = parseObject(json.out).value(QStringLiteral("story")).toObject();
    EXPECT_EQ(story.value(QStringLiteral("status_note")).toString(),
              QStringLiteral("status current customer although the stage is lost (no order for %1 days)").arg(days));
    EXPECT_EQ(story.value(QStringLiteral("offered_status")).toString(), QStringLiteral("lost"));
    EXPECT_FALSE(story.value(QStringLiteral("offer_dismissed")).toBool());
    if (story.value(QStringLiteral("p_alive_band")).toString() == QLatin1String("high"))
        EXPECT_TRUE(story.value(QStringLiteral("stage_note")).toString().startsWith(QLatin1String("lost: no order")));
    else
        EXPECT_TRUE(story.value(QStringLiteral("stage_note")).toString().isEmpty());

    const CliRun table =
        runAs(QStringLiteral("admin"), {QStringLiteral("customer"), QStringLiteral("show"), QString::number(id),
                                        QStringLiteral("--format"), QStringLiteral("table")});
    ASSERT_EQ(table.code, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(QLatin1String("story.status_note"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QLatin1String("status current customer although the stage is lost")));

    // A card that agrees with its data has nothing to tell.
    db().sql().exec("UPDATE customers SET status = 'lost' WHERE id = " + std::to_string(id));
    const CliRun agreed =
        runAs(QStringLiteral("admin"), {QStringLiteral("customer"), QStringLiteral("show"), QString::number(id),
                                        QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject quiet = parseObject(agreed.out).value(QStringLiteral("story")).toObject();
    EXPECT_TRUE(quiet.value(QStringLiteral("status_note")).toString().isEmpty());
    EXPECT_TRUE(quiet.value(QStringLiteral("offered_status")).toString().isEmpty());

    // An order entered after the scoring: the scoring's "no order for N days" is not told any more, nor is a
    // correction offered, until the next scoring (it was told, with the stale days, before).
    db().sql().exec("UPDATE customers SET status = 'current' WHERE id = " + std::to_string(id));
    db().sql().exec("INSERT INTO orders (customer_id, order_date, amount) VALUES (" + std::to_string(id) +
                    ", '1998-07-02', 120)");
    const CliRun ordered =
        runAs(QStringLiteral("admin"), {QStringLiteral("customer"), QStringLiteral("show"), QString::number(id),
                                        QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(ordered.code, 0) << ordered.err.toStdString();
    const QJsonObject outdated = parseObject(ordered.out).value(QStringLiteral("story")).toObject();
    EXPECT_TRUE(outdated.value(QStringLiteral("outdated")).toBool()) << ordered.out.toStdString();
    EXPECT_EQ(outdated.value(QStringLiteral("scored_as_of")).toString(), QStringLiteral("1998-06-30"));
    EXPECT_FALSE(outdated.contains(QStringLiteral("status_note")));
    EXPECT_FALSE(outdated.contains(QStringLiteral("offered_status")));
}

} // namespace
} // namespace carddesk::cli::test
