#include "CliTestSupport.h"

#include "cli/CliContext.h"
#include "storage/repositories/CustomerRepository.h"

#include <QJsonArray>

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
    EXPECT_EQ(r.code, ExitDenied); // another manager's area: access denied, like every role refusal
    EXPECT_TRUE(r.err.contains(QStringLiteral("not yours"))) << r.err.toStdString();
    r = run(QStringLiteral("boss1"),
            {QStringLiteral("weekly"), QStringLiteral("--pdf"), QStringLiteral("x.pdf"), QStringLiteral("--unknown")});
    EXPECT_EQ(r.code, ExitUsage);
    r = run(QStringLiteral("boss1"),
            {QStringLiteral("review"), QStringLiteral("--week"), QStringLiteral("2026-W10"), QStringLiteral("--user"),
             QStringLiteral("rep3"), QStringLiteral("--comment"), QStringLiteral("好")});
    EXPECT_EQ(r.code, ExitUsage);
    r = run(QStringLiteral("boss1"), {QStringLiteral("review"), QStringLiteral("--week"), QStringLiteral("2026-W10"),
                                      QStringLiteral("--user"), QStringLiteral("rep1")});
    EXPECT_EQ(r.code, ExitUsage);
    r = run(QStringLiteral("boss1"), {QStringLiteral("review"), QStringLiteral("--user"), QStringLiteral("rep1"),
                                      QStringLiteral("--comment"), QStringLiteral("好")});
    EXPECT_EQ(r.code, ExitUsage);
    EXPECT_EQ(scalar("SELECT count(*) FROM weekly_reviews"), 0);
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
    // The rep may not mark their own week.
    const CliRun self =
        runAs(QStringLiteral("rep1"),
              {QStringLiteral("report"), QStringLiteral("review"), QStringLiteral("--week"), QStringLiteral("2026-W10"),
               QStringLiteral("--user"), QStringLiteral("rep1"), QStringLiteral("--comment"), QStringLiteral("x")});
    EXPECT_EQ(self.code, ExitDenied);
}

} // namespace
} // namespace carddesk::cli::test
