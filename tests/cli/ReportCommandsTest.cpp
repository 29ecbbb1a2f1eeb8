#include "CliTestSupport.h"

#include "cli/CliContext.h"
#include "storage/repositories/CustomerRepository.h"

#include <QDir>
#include <QJsonArray>

#include <QProcess>
#include <QRegularExpression>
#include <map>

namespace carddesk::cli::test {
namespace {

// Area east with rep1, rep2 and manager boss1; area south with rep3. Known events in 2026-W10 (2–8 March) and
// around it, written on a second connection.
class ReportCommandsTest : public CliFixture
{
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        for (const char* area : {"east", "south"})
            ASSERT_EQ(runAs(QStringLiteral("admin"),
                            {QStringLiteral("areas"), QStringLiteral("add"), QString::fromLatin1(area)})
                          .code,
                      0);
        addUser(QStringLiteral("rep1"), QStringLiteral("rep"), QStringLiteral("east"));
        addUser(QStringLiteral("rep2"), QStringLiteral("rep"), QStringLiteral("east"));
        addUser(QStringLiteral("boss1"), QStringLiteral("manager"), QStringLiteral("east"));
        addUser(QStringLiteral("rep3"), QStringLiteral("rep"), QStringLiteral("south"));
        const qint64 a = customerOf(QStringLiteral("rep1"), QStringLiteral("A"));
        const qint64 b = customerOf(QStringLiteral("rep1"), QStringLiteral("B"));
        const qint64 c = customerOf(QStringLiteral("rep2"), QStringLiteral("C"));
        const qint64 d = customerOf(QStringLiteral("rep3"), QStringLiteral("D"));
        const qint64 rep1 = scalar("SELECT id FROM users WHERE username = 'rep1'");
        const qint64 rep2 = scalar("SELECT id FROM users WHERE username = 'rep2'");
        SQLite::Database& sql = db().sql();
        auto exec = [&](const std::string& text) { sql.exec(text); };
        const std::string A = std::to_string(a), B = std::to_string(b), C = std::to_string(c), D = std::to_string(d);
        const std::string R1 = std::to_string(rep1), R2 = std::to_string(rep2);
        exec("UPDATE customers SET status = 'current', created_at = '2026-03-03T08:00:00Z', industry = '制造', "
             "region = '上海', phone = '1', email = 'a@b.c', source = 'visit' WHERE id = " +
             A);
        exec("UPDATE customers SET status = 'current', created_at = '2025-01-01T08:00:00Z' WHERE id = " + B);
        exec("UPDATE customers SET created_at = '2026-03-08T23:00:00Z' WHERE id IN (" + C + ", " + D + ")");
        exec("INSERT INTO orders (customer_id, order_date, amount) VALUES (" + A + ", '2026-03-02', 1200.50), (" + B +
             ", '2026-03-08', 800), (" + B + ", '2026-03-09', 5000), (" + C + ", '2026-03-05', 300), (" + D +
             ", '2026-03-05', 999)");
        exec("INSERT INTO receivables (id, customer_id, invoice_date, due_date, amount) VALUES (1, " + A +
             ", '2026-01-01', '2026-02-01', 1000), (2, " + B + ", '2026-03-01', '2026-03-04', 400), (3, " + C +
             ", '2026-03-01', '2026-03-20', 300)");
        exec("INSERT INTO payments (receivable_id, paid_date, amount) VALUES (1, '2026-03-06', 250), "
             "(2, '2026-03-10', 400), (3, '2026-03-07', 100)");
        // As ReceivableRepository keeps it with every payment (the overdue figure reads it); the expected values
        // below are summed from the payments themselves.
        exec("UPDATE receivables SET paid_amount = (SELECT total(p.amount) FROM payments p WHERE p.receivable_id = "
             "receivables.id)");
        exec("INSERT INTO interactions (customer_id, user_id, channel, occurred_at) VALUES (" + A + ", " + R1 +
             ", 'phone', '2026-03-02T00:00:00Z'), (" + A + ", " + R1 + ", 'visit', '2026-03-08T23:59:59Z'), (" + B +
             ", " + R1 + ", 'email', '2026-03-09T00:00:00Z'), (" + C + ", " + R2 + ", 'im', '2026-03-04T10:00:00Z')");
        exec("INSERT INTO visits (customer_id, user_id, planned_date, status, done_at) VALUES (" + A + ", " + R1 +
             ", '2026-03-03', 'done', '2026-03-03T15:00:00Z'), (" + B + ", " + R1 +
             ", '2026-03-06', 'planned', NULL), (" + C + ", " + R2 + ", '2026-03-07', 'cancelled', NULL)");
        exec("INSERT INTO complaints (id, customer_id, received_at, deadline, status) VALUES (1, " + A +
             ", '2026-03-02T09:00:00Z', '2026-03-05T09:00:00Z', 'in_progress'), (2, " + C +
             ", '2026-02-20T09:00:00Z', '2026-02-25T09:00:00Z', 'new')");
        exec("INSERT INTO complaint_history (complaint_id, to_status, at) VALUES (1, 'new', '2026-03-02T09:00:00Z'), "
             "(2, 'new', '2026-02-20T09:00:00Z')");
        m_db.reset();
    }

    qint64 customerOf(const QString& rep, const QString& code)
    {
        storage::Session s = session(rep);
        core::Customer c;
        c.code = code;
        c.name = QStringLiteral("客户 ") + code;
        auto created = storage::CustomerRepository(s).create(c);
        if (!created)
            throw std::runtime_error(created.error().toString().toStdString());
        return created->id;
    }

    QJsonObject weekly(const QString& user, const QStringList& extra = {})
    {
        const CliRun run =
            runAs(user, QStringList{QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"),
                                    QStringLiteral("2026-W10"), QStringLiteral("--as-of"), QStringLiteral("2026-06-01"),
                                    QStringLiteral("--json")} +
                            extra);
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        return parseObject(run.out);
    }

    // One number by an independent query over the second connection, for rep `user` in 2026-W10.
    double sqlNumber(const std::string& text, const QString& user)
    {
        std::string query = text;
        const std::string id =
            std::to_string(scalar("SELECT id FROM users WHERE username = '" + user.toStdString() + "'"));
        for (std::size_t at = query.find("$REP"); at != std::string::npos; at = query.find("$REP"))
            query.replace(at, 4, id);
        SQLite::Statement q(db().sql(), query);
        q.executeStep();
        return q.getColumn(0).isNull() ? 0.0 : q.getColumn(0).getDouble();
    }
};

TEST_F(ReportCommandsTest, WeeklyJsonHoldsTheContractsKeysAndFiguresThatMatchSql)
{
    const QJsonObject json = weekly(QStringLiteral("admin"));
    EXPECT_EQ(json[QStringLiteral("week")].toString(), QStringLiteral("2026-W10"));
    EXPECT_EQ(json[QStringLiteral("from")].toString(), QStringLiteral("2026-03-02"));
    EXPECT_EQ(json[QStringLiteral("to")].toString(), QStringLiteral("2026-03-08"));
    EXPECT_TRUE(json[QStringLiteral("area")].isNull());
    const QJsonArray reps = json[QStringLiteral("reps")].toArray();
    ASSERT_EQ(reps.size(), 3);
    const QStringList keys = {QStringLiteral("user"),
                              QStringLiteral("name"),
                              QStringLiteral("interactions"),
                              QStringLiteral("visits_done"),
                              QStringLiteral("visits_planned"),
                              QStringLiteral("new_customers"),
                              QStringLiteral("sales"),
                              QStringLiteral("collections"),
                              QStringLiteral("overdue_receivables"),
                              QStringLiteral("complaints_received"),
                              QStringLiteral("complaints_open_past_deadline"),
                              QStringLiteral("card_completeness"),
                              QStringLiteral("reviewed")};
    const QJsonObject totals = json[QStringLiteral("totals")].toObject();
    for (const QString& key : keys.mid(2))
        EXPECT_TRUE(totals.contains(key)) << key.toStdString();
    // Each rep's figures against SQL written here, independently of the report's queries.
    const char* const own = " JOIN customers c ON c.id = x.customer_id WHERE c.owner_id = $REP";
    double sum[6] = {};
    for (const QJsonValue& value : reps) {
        const QJsonObject rep = value.toObject();
        for (const QString& key : keys)
            EXPECT_TRUE(rep.contains(key)) << key.toStdString();
        const QString user = rep[QStringLiteral("user")].toString();
        SCOPED_TRACE(user.toStdString());
        const double figures[6] = {
            rep[QStringLiteral("interactions")].toDouble(),   rep[QStringLiteral("visits_done")].toDouble(),
            rep[QStringLiteral("visits_planned")].toDouble(), rep[QStringLiteral("new_customers")].toDouble(),
            rep[QStringLiteral("sales")].toDouble(),          rep[QStringLiteral("collections")].toDouble()};
        EXPECT_EQ(figures[0], sqlNumber("SELECT count(*) FROM interactions WHERE user_id = $REP AND "
                                        "date(occurred_at) BETWEEN '2026-03-02' AND '2026-03-08'",
                                        user));
        EXPECT_EQ(figures[1], sqlNumber("SELECT count(*) FROM visits WHERE user_id = $REP AND status = 'done' AND "
                                        "date(done_at) BETWEEN '2026-03-02' AND '2026-03-08'",
                                        user));
        EXPECT_EQ(figures[2], sqlNumber("SELECT count(*) FROM visits WHERE user_id = $REP AND planned_date BETWEEN "
                                        "'2026-03-02' AND '2026-03-08'",
                                        user));
        EXPECT_EQ(figures[3], sqlNumber("SELECT count(*) FROM customers WHERE owner_id = $REP AND date(created_at) "
                                        "BETWEEN '2026-03-02' AND '2026-03-08'",
                                        user));
        EXPECT_NEAR(figures[4],
                    sqlNumber(std::string("SELECT total(amount) FROM orders x") + own +
                                  " AND order_date BETWEEN '2026-03-02' AND '2026-03-08'",
                              user),
                    0.005);
        EXPECT_NEAR(figures[5],
                    sqlNumber(std::string("SELECT total(p.amount) FROM payments p JOIN receivables x ON "
                                          "x.id = p.receivable_id") +
                                  own + " AND paid_date BETWEEN '2026-03-02' AND '2026-03-08'",
                              user),
                    0.005);
        EXPECT_NEAR(
            rep[QStringLiteral("overdue_receivables")].toDouble(),
            sqlNumber(std::string("SELECT total(x.amount - (SELECT total(p.amount) FROM payments p WHERE "
                                  "p.receivable_id = x.id AND p.paid_date <= '2026-03-08')) FROM receivables x") +
                          own + " AND julianday('2026-03-08') - julianday(due_date) >= 1",
                      user),
            0.005);
        EXPECT_EQ(rep[QStringLiteral("complaints_received")].toDouble(),
                  sqlNumber(std::string("SELECT count(*) FROM complaints x") + own +
                                " AND date(received_at) BETWEEN '2026-03-02' AND '2026-03-08'",
                            user));
        EXPECT_EQ(rep[QStringLiteral("complaints_open_past_deadline")].toDouble(),
                  sqlNumber(std::string("SELECT count(*) FROM complaints x") + own +
                                " AND date(deadline) <= '2026-03-08' AND x.status NOT IN ('resolved', 'closed')",
                            user));
        EXPECT_FALSE(rep[QStringLiteral("reviewed")].toBool());
        for (int i = 0; i < 6; ++i)
            sum[i] += figures[i];
    }
    // The known figures themselves, so the test fails when both sides drift the same way.
    const QJsonObject rep1 = reps[0].toObject();
    EXPECT_EQ(rep1[QStringLiteral("user")].toString(), QStringLiteral("rep1"));
    EXPECT_EQ(rep1[QStringLiteral("interactions")].toInt(), 2);
    EXPECT_EQ(rep1[QStringLiteral("visits_done")].toInt(), 1);
    EXPECT_EQ(rep1[QStringLiteral("visits_planned")].toInt(), 2);
    EXPECT_EQ(rep1[QStringLiteral("new_customers")].toInt(), 1);
    EXPECT_DOUBLE_EQ(rep1[QStringLiteral("sales")].toDouble(), 2000.5);
    EXPECT_DOUBLE_EQ(rep1[QStringLiteral("collections")].toDouble(), 250);
    EXPECT_DOUBLE_EQ(rep1[QStringLiteral("overdue_receivables")].toDouble(), 750 + 400);
    EXPECT_EQ(rep1[QStringLiteral("complaints_received")].toInt(), 1);
    EXPECT_EQ(rep1[QStringLiteral("complaints_open_past_deadline")].toInt(), 1);
    // A: 5 of the 10 key fields filled, no contact; B: none. Both current.
    EXPECT_DOUBLE_EQ(rep1[QStringLiteral("card_completeness")].toDouble(), 0.25);
    const QJsonObject rep2 = reps[1].toObject();
    EXPECT_TRUE(rep2[QStringLiteral("card_completeness")].isNull()); // no current customers
    EXPECT_EQ(rep2[QStringLiteral("complaints_open_past_deadline")].toInt(), 1);
    EXPECT_EQ(rep2[QStringLiteral("visits_planned")].toInt(), 1);
    EXPECT_EQ(totals[QStringLiteral("interactions")].toDouble(), sum[0]);
    EXPECT_EQ(totals[QStringLiteral("visits_done")].toDouble(), sum[1]);
    EXPECT_EQ(totals[QStringLiteral("visits_planned")].toDouble(), sum[2]);
    EXPECT_EQ(totals[QStringLiteral("new_customers")].toDouble(), sum[3]);
    EXPECT_NEAR(totals[QStringLiteral("sales")].toDouble(), sum[4], 0.005);
    EXPECT_NEAR(totals[QStringLiteral("collections")].toDouble(), sum[5], 0.005);
    EXPECT_DOUBLE_EQ(totals[QStringLiteral("sales")].toDouble(), 2000.5 + 300 + 999);
}

TEST_F(ReportCommandsTest, ScopeManagerRepAndAreaOption)
{
    const QJsonObject manager = weekly(QStringLiteral("boss1"));
    EXPECT_EQ(manager[QStringLiteral("area")].toString(), QStringLiteral("east"));
    ASSERT_EQ(manager[QStringLiteral("reps")].toArray().size(), 2);
    const QJsonObject rep = weekly(QStringLiteral("rep2"));
    ASSERT_EQ(rep[QStringLiteral("reps")].toArray().size(), 1);
    EXPECT_EQ(rep[QStringLiteral("reps")].toArray()[0].toObject()[QStringLiteral("user")].toString(),
              QStringLiteral("rep2"));
    const QJsonObject south = weekly(QStringLiteral("admin"), {QStringLiteral("--area"), QStringLiteral("south")});
    EXPECT_EQ(south[QStringLiteral("area")].toString(), QStringLiteral("south"));
    ASSERT_EQ(south[QStringLiteral("reps")].toArray().size(), 1);
    EXPECT_DOUBLE_EQ(south[QStringLiteral("totals")].toObject()[QStringLiteral("sales")].toDouble(), 999);
}

TEST_F(ReportCommandsTest, BadInputExitsWithTwoAndSaysWhatIsWrong)
{
    auto run = [&](const QString& user, const QStringList& args) {
        return runAs(user, QStringList{QStringLiteral("report")} + args +
                               QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-06-01")});
    };
    CliRun r =
        run(QStringLiteral("admin"), {QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W60")});
    EXPECT_EQ(r.code, ExitUsage);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no week 60"))) << r.err.toStdString();
    r = run(QStringLiteral("admin"), {QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W30")});
    EXPECT_EQ(r.code, ExitUsage);
    EXPECT_TRUE(r.err.contains(QStringLiteral("future"))) << r.err.toStdString();
    r = run(QStringLiteral("admin"), {QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("W10")});
    EXPECT_EQ(r.code, ExitUsage);
    r = run(QStringLiteral("admin"), {QStringLiteral("weekly"), QStringLiteral("--area"), QStringLiteral("north")});
    EXPECT_EQ(r.code, ExitUsage);
    EXPECT_TRUE(r.err.contains(QStringLiteral("north"))) << r.err.toStdString();
    r = run(QStringLiteral("boss1"), {QStringLiteral("weekly"), QStringLiteral("--area"), QStringLiteral("south")});
    EXPECT_EQ(r.code, ExitUsage); // another manager's area: a bad --area value (issue 13), not a role refusal
    EXPECT_TRUE(r.err.contains(QStringLiteral("not yours"))) << r.err.toStdString();
    r = run(QStringLiteral("boss1"),
            {QStringLiteral("weekly"), QStringLiteral("--pdf"), QStringLiteral("x.pdf"), QStringLiteral("--unknown")});
    EXPECT_EQ(r.code, ExitUsage);
    r = run(QStringLiteral("boss1"),
            {QStringLiteral("review"), QStringLiteral("--week"), QStringLiteral("2026-W10"), QStringLiteral("--user"),
             QStringLiteral("rep3"), QStringLiteral("--comment"), QStringLiteral("好")});
    EXPECT_EQ(r.code, ExitUsage);
    // Bugs: a day to come was taken as --as-of (counting invoices and deadlines not yet overdue), --lang fr made an
    // English PDF without a word, and a month that does not exist was said as "(field: week)".
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    r = runAs(QStringLiteral("admin"),
              {QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--as-of"), tomorrow});
    EXPECT_EQ(r.code, ExitUsage);
    EXPECT_TRUE(r.err.contains(QStringLiteral("after today"))) << r.err.toStdString();
    r = run(QStringLiteral("admin"), {QStringLiteral("weekly"), QStringLiteral("--lang"), QStringLiteral("fr"),
                                      QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("fr.pdf"))});
    EXPECT_EQ(r.code, ExitUsage);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--lang must be en or zh_CN"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("fr.pdf"))));
    r = run(QStringLiteral("admin"), {QStringLiteral("weekly"), QStringLiteral("--month"), QStringLiteral("2026-13")});
    EXPECT_EQ(r.code, ExitUsage);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no month 2026-13"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("week"))) << r.err.toStdString();
    r = run(QStringLiteral("admin"), {QStringLiteral("weekly"), QStringLiteral("--month"), QStringLiteral("2026-05")});
    EXPECT_EQ(r.code, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Monthly review 2026-05"))) << r.out.toStdString();
    r = run(QStringLiteral("boss1"), {QStringLiteral("review"), QStringLiteral("--week"), QStringLiteral("2026-W10"),
                                      QStringLiteral("--user"), QStringLiteral("rep1")});
    EXPECT_EQ(r.code, ExitUsage);
    r = run(QStringLiteral("boss1"), {QStringLiteral("review"), QStringLiteral("--user"), QStringLiteral("rep1"),
                                      QStringLiteral("--comment"), QStringLiteral("好")});
    EXPECT_EQ(r.code, ExitUsage);
    EXPECT_EQ(scalar("SELECT count(*) FROM weekly_reviews"), 0);
}

TEST_F(ReportCommandsTest, TargetsAreSetByTheManagerAndTheReportShowsTheirAttainment)
{
    const QStringList set = {QStringLiteral("targets"), QStringLiteral("set"),           QStringLiteral("--user"),
                             QStringLiteral("rep1"),    QStringLiteral("--year"),        QStringLiteral("2026"),
                             QStringLiteral("--month"), QStringLiteral("all"),           QStringLiteral("--sales"),
                             QStringLiteral("10000"),   QStringLiteral("--collections"), QStringLiteral("5000")};
    EXPECT_EQ(runAs(QStringLiteral("rep1"), set).code, ExitDenied);
    QStringList badMonth = set;
    badMonth[7] = QStringLiteral("13");
    EXPECT_EQ(runAs(QStringLiteral("boss1"), badMonth).code, ExitUsage);
    QStringList otherArea = set;
    otherArea[3] = QStringLiteral("rep3");
    EXPECT_NE(runAs(QStringLiteral("boss1"), otherArea).code, 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM sales_targets"), 0);
    const CliRun done = runAs(QStringLiteral("boss1"), set);
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("set 12 monthly targets"))) << done.out.toStdString();

    const CliRun listed =
        runAs(QStringLiteral("rep1"), {QStringLiteral("targets"), QStringLiteral("list"), QStringLiteral("--year"),
                                       QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 12);

    const QJsonObject json = weekly(QStringLiteral("boss1"));
    for (const QJsonValue& value : json[QStringLiteral("reps")].toArray()) {
        const QJsonObject rep = value.toObject();
        const QJsonObject month = rep[QStringLiteral("targets")].toObject()[QStringLiteral("month_to_date")].toObject();
        const QJsonObject year = rep[QStringLiteral("targets")].toObject()[QStringLiteral("year_to_date")].toObject();
        if (rep[QStringLiteral("user")].toString() == QLatin1String("rep1")) {
            // Orders of rep1's customers on 2 and 8 March; a payment on 6 March (the one on 10 March is later).
            EXPECT_DOUBLE_EQ(month[QStringLiteral("sales")].toDouble(), 2000.5);
            EXPECT_DOUBLE_EQ(month[QStringLiteral("sales_target")].toDouble(), 10000.0);
            EXPECT_DOUBLE_EQ(month[QStringLiteral("collections")].toDouble(), 250.0);
            EXPECT_DOUBLE_EQ(year[QStringLiteral("sales_target")].toDouble(), 120000.0);
            EXPECT_DOUBLE_EQ(year[QStringLiteral("collections_target")].toDouble(), 60000.0);
        } else {
            EXPECT_TRUE(month[QStringLiteral("sales_target")].isNull());
        }
    }
}

TEST_F(ReportCommandsTest, RoutesSplitTheMonthByRepAndRegion)
{
    const CliRun run =
        runAs(QStringLiteral("boss1"),
              {QStringLiteral("report"), QStringLiteral("routes"), QStringLiteral("--month"), QStringLiteral("2026-03"),
               QStringLiteral("--as-of"), QStringLiteral("2026-06-01"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject json = parseObject(run.out);
    EXPECT_EQ(json[QStringLiteral("from")].toString(), QStringLiteral("2026-03-01"));
    std::map<QString, double> sales;
    for (const QJsonValue& value : json[QStringLiteral("rows")].toArray()) {
        const QJsonObject row = value.toObject();
        EXPECT_NE(row[QStringLiteral("rep")].toString(), QStringLiteral("rep3")); // another area
        sales[row[QStringLiteral("rep")].toString() + QLatin1Char('/') + row[QStringLiteral("region")].toString()] =
            row[QStringLiteral("sales")].toDouble();
    }
    // rep1's customer A (上海) ordered 1200.50 on 2 March; B (no region) 800 and 5000 in March.
    EXPECT_DOUBLE_EQ(sales[QStringLiteral("rep1/上海")], 1200.5);
    EXPECT_DOUBLE_EQ(sales[QStringLiteral("rep1/")], 5800.0);
    EXPECT_EQ(runAs(QStringLiteral("boss1"), {QStringLiteral("report"), QStringLiteral("routes"),
                                              QStringLiteral("--month"), QStringLiteral("2026-13")})
                  .code,
              ExitUsage);
}

TEST_F(ReportCommandsTest, ReviewMarksTheWeekAndTheJsonSaysSo)
{
    const CliRun marked =
        runAs(QStringLiteral("boss1"), {QStringLiteral("report"), QStringLiteral("review"), QStringLiteral("--week"),
                                        QStringLiteral("2026-W10"), QStringLiteral("--user"), QStringLiteral("rep1"),
                                        QStringLiteral("--comment"), QStringLiteral("回款跟进得好")});
    ASSERT_EQ(marked.code, 0) << marked.err.toStdString();
    const QJsonObject json = weekly(QStringLiteral("boss1"));
    const QJsonArray reps = json[QStringLiteral("reps")].toArray();
    EXPECT_TRUE(reps[0].toObject()[QStringLiteral("reviewed")].toBool());
    EXPECT_EQ(reps[0].toObject()[QStringLiteral("review_comment")].toString(), QStringLiteral("回款跟进得好"));
    EXPECT_FALSE(reps[1].toObject()[QStringLiteral("reviewed")].toBool());
    EXPECT_FALSE(json[QStringLiteral("totals")].toObject()[QStringLiteral("reviewed")].toBool());
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'weekly_reviews' AND action = 'insert'"), 1);
    EXPECT_FALSE(marked.out.contains(QStringLiteral("replaces"))) << marked.out.toStdString();
    // Bug (walkthrough): marking again replaced the comment without a word. It is said, with the comment replaced.
    const CliRun again =
        runAs(QStringLiteral("boss1"), {QStringLiteral("report"), QStringLiteral("review"), QStringLiteral("--week"),
                                        QStringLiteral("2026-W10"), QStringLiteral("--user"), QStringLiteral("rep1"),
                                        QStringLiteral("--comment"), QStringLiteral("再看一次")});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("This replaces the earlier review's comment: 回款跟进得好")))
        << again.out.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM weekly_reviews"), 1);
    // The rep may not mark their own week.
    const CliRun self =
        runAs(QStringLiteral("rep1"),
              {QStringLiteral("report"), QStringLiteral("review"), QStringLiteral("--week"), QStringLiteral("2026-W10"),
               QStringLiteral("--user"), QStringLiteral("rep1"), QStringLiteral("--comment"), QStringLiteral("x")});
    EXPECT_EQ(self.code, ExitDenied);
}

// What a helper program (pdftotext, unzip) printed on stdout; fails the test when it does not run cleanly.
QString toolOutput(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << program.toStdString() << " did not finish";
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << program.toStdString() << ": " << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The real executable, which starts a QGuiApplication for --pdf (this test program has no application object).
CliRun runExecutable(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CARDDESK_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << "carddesk-cli did not finish";
    CliRun run;
    run.code = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

class ReportExportTest : public ReportCommandsTest
{
protected:
    void SetUp() override
    {
        ReportCommandsTest::SetUp();
        // A Chinese name (glyphs must reach the PDF) and a name a spreadsheet would take for a formula.
        db().sql().exec("UPDATE users SET display_name = '张伟' WHERE username = 'rep1'");
        db().sql().exec("UPDATE users SET display_name = '=1+2' WHERE username = 'rep2'");
        m_db.reset();
        m_out = m_dir.filePath(QStringLiteral("out"));
        ASSERT_TRUE(QDir().mkpath(m_out));
    }

    QStringList weeklyExport(const QStringList& extra) const
    {
        return QStringList{QStringLiteral("report"),   QStringLiteral("weekly"),  QStringLiteral("--week"),
                           QStringLiteral("2026-W10"), QStringLiteral("--as-of"), QStringLiteral("2026-06-01"),
                           QStringLiteral("--lang"),   QStringLiteral("en")} +
               extra;
    }

    QStringList filesInOut() const { return QDir(m_out).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot); }

    qint64 exportsLogged() { return scalar("SELECT count(*) FROM access_log WHERE action = 'export'"); }

    QString m_out;
};

TEST_F(ReportExportTest, PdfHoldsTheWeekEachRepsNameAndSales)
{
    const QString pdf = QDir(m_out).filePath(QStringLiteral("week.pdf"));
    const CliRun run = runExecutable(as(QStringLiteral("admin")) + weeklyExport({QStringLiteral("--pdf"), pdf}));
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    const QString text = toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("2026-W10"))) << text.toStdString();
    // Every rep of the office with their sales, as the JSON has them (2000.5, 300, 999).
    const QJsonArray reps = weekly(QStringLiteral("admin"))[QStringLiteral("reps")].toArray();
    ASSERT_EQ(reps.size(), 3);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (const QJsonValue& value : reps) {
        const QJsonObject rep = value.toObject();
        const QString name = rep[QStringLiteral("name")].toString();
        const QString sales = english.toString(rep[QStringLiteral("sales")].toDouble(), 'f', 2);
        EXPECT_TRUE(text.contains(name)) << name.toStdString();
        EXPECT_TRUE(text.contains(sales)) << sales.toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("张伟")));
    EXPECT_TRUE(text.contains(QStringLiteral("2,000.50")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of ")));
    // Every font is embedded (pdffonts: the "emb" column says yes on each font's line).
    const QStringList fonts =
        toolOutput(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    EXPECT_FALSE(fonts.isEmpty());
    for (const QString& line : fonts)
        EXPECT_TRUE(line.contains(QStringLiteral(" yes "))) << line.toStdString();
    EXPECT_EQ(filesInOut(), QStringList{QStringLiteral("week.pdf")}); // no temporary file left beside it
}

TEST_F(ReportExportTest, XlsxHasOneSheetPerTableNumbersAsNumbersAndNoFormulas)
{
    const QString xlsx = QDir(m_out).filePath(QStringLiteral("week.xlsx"));
    const CliRun run = runAs(QStringLiteral("boss1"), weeklyExport({QStringLiteral("--xlsx"), xlsx}));
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QStringList entries =
        toolOutput(QStringLiteral("unzip"), {QStringLiteral("-Z1"), xlsx}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_TRUE(entries.contains(QStringLiteral("xl/workbook.xml")));
    const QString workbook =
        toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/workbook.xml")});
    const QStringList sheets = {QStringLiteral("Weekly report 2026-W10"),
                                QStringLiteral("Activity and card keeping"),
                                QStringLiteral("Sales and collections"),
                                QStringLiteral("Overdue receivables by age"),
                                QStringLiteral("Complaints"),
                                QStringLiteral("Reviews"),
                                QStringLiteral("Figures by rep")};
    for (int i = 0; i < sheets.size(); ++i) {
        EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"%1\"").arg(sheets[i]))) << sheets[i].toStdString();
        EXPECT_TRUE(entries.contains(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1)));
    }
    // Sales and collections (sheet 3): rep1's sales 2000.5 and collections 250 are numbers, not text.
    const QString sales =
        toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet3.xml")});
    EXPECT_TRUE(sales.contains(QRegularExpression(QStringLiteral("<c r=\"B2\"[^>]*><v>2000.5</v></c>"))))
        << sales.toStdString();
    EXPECT_TRUE(sales.contains(QRegularExpression(QStringLiteral("<c r=\"C2\"[^>]*><v>250</v></c>"))));
    EXPECT_FALSE(sales.contains(QStringLiteral("<f>"))); // no formula anywhere
    // rep2's name "=1+2" is text with an apostrophe in front, never a formula.
    const QString strings =
        toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
    EXPECT_TRUE(strings.contains(QStringLiteral("<t>'=1+2</t>"))) << strings.toStdString();
    EXPECT_FALSE(strings.contains(QStringLiteral("<t>=1+2</t>")));
    EXPECT_TRUE(strings.contains(QStringLiteral("张伟")));
    // The manager's export: the area's reps only, and recorded in the access log.
    EXPECT_FALSE(strings.contains(QStringLiteral("rep3")));
    EXPECT_EQ(exportsLogged(), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM access_log a JOIN users u ON u.id = a.user_id WHERE a.action = 'export' "
                     "AND u.username = 'boss1' AND a.customer_id IS NULL AND "
                     "a.detail = 'weekly report 2026-W10, area east, xlsx'"),
              1);
    EXPECT_EQ(filesInOut(), QStringList{QStringLiteral("week.xlsx")});
}

TEST_F(ReportExportTest, UnwritablePathsExitWith2AndLeaveNothing)
{
    writeFile(QDir(m_out).filePath(QStringLiteral("a-file")), "x");
    const QStringList targets = {QDir(m_out).filePath(QStringLiteral("missing/week.xlsx")),
                                 QDir(m_out).filePath(QStringLiteral("a-file/week.xlsx")), m_out};
    for (const QString& target : targets) {
        SCOPED_TRACE(target.toStdString());
        const CliRun run = runAs(QStringLiteral("admin"), weeklyExport({QStringLiteral("--xlsx"), target}));
        EXPECT_EQ(run.code, ExitUsage);
        EXPECT_TRUE(run.err.contains(QStringLiteral("Cannot write the report"))) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    const CliRun pdf = runExecutable(as(QStringLiteral("admin")) + weeklyExport({QStringLiteral("--pdf"), targets[0]}));
    EXPECT_EQ(pdf.code, ExitUsage) << pdf.err.toStdString();
    EXPECT_TRUE(pdf.err.contains(QStringLiteral("Cannot write the report"))) << pdf.err.toStdString();
    // Of two files, neither is written when one cannot be.
    const CliRun both =
        runExecutable(as(QStringLiteral("admin")) +
                      weeklyExport({QStringLiteral("--pdf"), QDir(m_out).filePath(QStringLiteral("ok.pdf")),
                                    QStringLiteral("--xlsx"), targets[0]}));
    EXPECT_EQ(both.code, ExitUsage) << both.err.toStdString();
    const CliRun empty = runAs(QStringLiteral("admin"), weeklyExport({QStringLiteral("--pdf"), QString()}));
    EXPECT_EQ(empty.code, ExitUsage);
    EXPECT_EQ(filesInOut(), QStringList{QStringLiteral("a-file")});
    EXPECT_EQ(exportsLogged(), 0);
}

TEST_F(ReportExportTest, BadWeeksAndAreasWriteNothing)
{
    const QString pdf = QDir(m_out).filePath(QStringLiteral("week.pdf"));
    const QString xlsx = QDir(m_out).filePath(QStringLiteral("week.xlsx"));
    const QList<QStringList> bad = {
        {QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W60")},
        {QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2099-W01")},
        {QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W10"),
         QStringLiteral("--area"), QStringLiteral("nowhere")}};
    for (const QStringList& command : bad) {
        SCOPED_TRACE(command.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runExecutable(as(QStringLiteral("admin")) + command +
                                         QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx});
        EXPECT_EQ(run.code, ExitUsage) << run.err.toStdString();
        EXPECT_FALSE(run.err.isEmpty());
    }
    // A manager may not report on another area: a bad --area (2, issue 13), and nothing written.
    const CliRun other =
        runAs(QStringLiteral("boss1"),
              weeklyExport({QStringLiteral("--area"), QStringLiteral("south"), QStringLiteral("--xlsx"), xlsx}));
    EXPECT_EQ(other.code, ExitUsage);
    EXPECT_TRUE(filesInOut().isEmpty()) << filesInOut().join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(exportsLogged(), 0);
}

TEST_F(ReportExportTest, ChinesePdfHasChineseHeadings)
{
    const QString pdf = QDir(m_out).filePath(QStringLiteral("周报.pdf"));
    QStringList command = weeklyExport({QStringLiteral("--pdf"), pdf});
    command[command.indexOf(QStringLiteral("en"))] = QStringLiteral("zh_CN");
    const CliRun run = runExecutable(as(QStringLiteral("admin")) + command);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QString text = toolOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("周报 2026-W10"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("销售额")));
    EXPECT_TRUE(text.contains(QStringLiteral("张伟")));
}

} // namespace
} // namespace carddesk::cli::test
