#include "CliTestSupport.h"

#include "cli/CliContext.h"

#include "storage/queries/LifecycleQueries.h"
#include "storage/repositories/ComplaintRepository.h"
#include "storage/repositories/CustomerRepository.h"

#include <QJsonArray>

namespace carddesk::cli::test {
namespace {

QDateTime utc(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

// Two areas with one rep each and a manager in the first, one customer per rep with complaints, made through the
// storage layer on a second connection.
class ComplaintCommandsTest : public CliFixture
{
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_EQ(
            runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("add"), QStringLiteral("east")})
                .code,
            0);
        ASSERT_EQ(
            runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("add"), QStringLiteral("south")})
                .code,
            0);
        addUser(QStringLiteral("rep1"), QStringLiteral("rep"), QStringLiteral("east"));
        addUser(QStringLiteral("boss1"), QStringLiteral("manager"), QStringLiteral("east"));
        addUser(QStringLiteral("rep2"), QStringLiteral("rep"), QStringLiteral("south"));
        m_customer1 = customerOf(QStringLiteral("rep1"), QStringLiteral("C1"));
        m_customer2 = customerOf(QStringLiteral("rep2"), QStringLiteral("C2"));
        m_overdue = complaint(QStringLiteral("rep1"), m_customer1, 2, utc(2024, 3, 1)); // due Mar 6
        m_fresh = complaint(QStringLiteral("rep1"), m_customer1, 1, utc(2024, 3, 8));   // due Mar 15
        m_south = complaint(QStringLiteral("rep2"), m_customer2, 3, utc(2024, 3, 1));   // due Mar 4
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

    qint64 complaint(const QString& rep, qint64 customerId, int level, const QDateTime& received)
    {
        storage::Session s = session(rep);
        core::Complaint c;
        c.customerId = customerId;
        c.level = level;
        c.description = QStringLiteral("质量问题");
        c.receivedAt = received;
        auto created = storage::ComplaintRepository(s).create(c);
        if (!created)
            throw std::runtime_error(created.error().toString().toStdString());
        return created->id;
    }

    static QJsonArray parseArray(const QString& text)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        EXPECT_TRUE(doc.isArray()) << text.toStdString();
        return doc.array();
    }

    static QList<qint64> jsonIds(const QJsonArray& rows)
    {
        QList<qint64> ids;
        for (const QJsonValue& row : rows)
            ids << row.toObject().value(QStringLiteral("id")).toInteger();
        return ids;
    }

    qint64 m_customer1 = 0;
    qint64 m_customer2 = 0;
    qint64 m_overdue = 0;
    qint64 m_fresh = 0;
    qint64 m_south = 0;
};

TEST_F(ComplaintCommandsTest, ListIsScopedAndFiltered)
{
    const QStringList list{QStringLiteral("complaints"), QStringLiteral("list"),     QStringLiteral("--as-of"),
                           QStringLiteral("2024-03-10"), QStringLiteral("--format"), QStringLiteral("json")};
    CliRun run = runAs(QStringLiteral("rep1"), list);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    QJsonArray rows = parseArray(run.out);
    EXPECT_EQ(jsonIds(rows), (QList<qint64>{m_fresh, m_overdue}));
    const QJsonObject overdue = rows[1].toObject();
    EXPECT_EQ(overdue.value(QStringLiteral("customer_code")).toString(), QStringLiteral("C1"));
    EXPECT_EQ(overdue.value(QStringLiteral("deadline")).toString(), QStringLiteral("2024-03-06T09:00:00Z"));
    EXPECT_TRUE(overdue.value(QStringLiteral("overdue")).toBool());
    EXPECT_FALSE(rows[0].toObject().value(QStringLiteral("overdue")).toBool());

    EXPECT_EQ(jsonIds(parseArray(runAs(QStringLiteral("rep2"), list).out)), (QList<qint64>{m_south}));
    EXPECT_EQ(jsonIds(parseArray(runAs(QStringLiteral("boss1"), list).out)), (QList<qint64>{m_fresh, m_overdue}));
    EXPECT_EQ(parseArray(runAs(QStringLiteral("admin"), list).out).size(), 3);

    run = runAs(QStringLiteral("admin"), list + QStringList{QStringLiteral("--overdue")});
    EXPECT_EQ(jsonIds(parseArray(run.out)), (QList<qint64>{m_south, m_overdue})); // same time: newest id first

    run =
        runAs(QStringLiteral("rep1"), {QStringLiteral("complaints"), QStringLiteral("list"), QStringLiteral("--status"),
                                       QStringLiteral("new"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.code, 0);
    const QList<QStringList> csv = parseCsv(run.out);
    ASSERT_EQ(csv.size(), 3);
    EXPECT_EQ(csv[0].first(), QStringLiteral("id"));
    EXPECT_EQ(csv[1][5], QStringLiteral("new"));

    run = runAs(QStringLiteral("rep1"), {QStringLiteral("complaints"), QStringLiteral("list"),
                                         QStringLiteral("--status"), QStringLiteral("done")});
    EXPECT_EQ(run.code, ExitFailure);
    EXPECT_TRUE(run.err.contains(QLatin1String("done")));
    run = runAs(QStringLiteral("rep1"), {QStringLiteral("complaints"), QStringLiteral("list"),
                                         QStringLiteral("--as-of"), QStringLiteral("March")});
    EXPECT_EQ(run.code, ExitUsage);
    run = runAs(QStringLiteral("rep1"), {QStringLiteral("complaints"), QStringLiteral("frobnicate")});
    EXPECT_EQ(run.code, ExitUsage);
}

TEST_F(ComplaintCommandsTest, EscalatePrintsCountsAndIsIdempotent)
{
    const QStringList escalate{QStringLiteral("complaints"), QStringLiteral("escalate"), QStringLiteral("--as-of"),
                               QStringLiteral("2024-03-06")};
    // End of Mar 6: the south complaint (due Mar 4) is past its deadline, not yet past deadline + 3 days;
    // the overdue one is due Mar 6 09:00, so it is past too.
    CliRun run = runAs(QStringLiteral("boss1"), escalate);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("escalated to area manager: 2\nescalated to admin: 0\n"));
    run = runAs(QStringLiteral("boss1"), escalate);
    EXPECT_EQ(run.out, QStringLiteral("escalated to area manager: 0\nescalated to admin: 0\n"));
    run = runAs(QStringLiteral("admin"), {QStringLiteral("complaints"), QStringLiteral("escalate"),
                                          QStringLiteral("--as-of"), QStringLiteral("2024-03-09")});
    EXPECT_EQ(run.out, QStringLiteral("escalated to area manager: 0\nescalated to admin: 2\n"));
    EXPECT_EQ(scalar("SELECT count(*) FROM complaints WHERE escalation_level = 2"), 2);

    run = runAs(QStringLiteral("boss1"),
                {QStringLiteral("complaints"), QStringLiteral("list"), QStringLiteral("--escalated"),
                 QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.code, 0);
    EXPECT_EQ(jsonIds(parseArray(run.out)), (QList<qint64>{m_overdue}));
    run = runAs(QStringLiteral("boss1"), {QStringLiteral("complaints"), QStringLiteral("escalate"),
                                          QStringLiteral("--as-of"), QStringLiteral("2024-02-30")});
    EXPECT_EQ(run.code, ExitUsage);
}

TEST_F(ComplaintCommandsTest, ARepCannotEscalateTheOfficeAndTheFutureIsRefused)
{
    // Finding 2 of issue #17: `--user rep01 complaints escalate --as-of 2099-12-31` escalated the whole office.
    CliRun run = runAs(QStringLiteral("rep1"), {QStringLiteral("complaints"), QStringLiteral("escalate"),
                                                QStringLiteral("--as-of"), QStringLiteral("2099-12-31")});
    EXPECT_EQ(run.code, ExitUsage) << run.out.toStdString(); // like every bad option, before the log-in
    run = runAs(QStringLiteral("rep1"), {QStringLiteral("complaints"), QStringLiteral("escalate")});
    EXPECT_EQ(run.code, ExitDenied) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("manager"))) << run.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM complaints WHERE escalation_level > 0"), 0);
    m_db.reset();

    const QString tomorrow = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    for (const QString& date : {QStringLiteral("2099-12-31"), tomorrow}) {
        run = runAs(QStringLiteral("admin"),
                    {QStringLiteral("complaints"), QStringLiteral("escalate"), QStringLiteral("--as-of"), date});
        EXPECT_EQ(run.code, ExitUsage) << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String("future"))) << run.err.toStdString();
    }
    EXPECT_EQ(scalar("SELECT count(*) FROM complaints WHERE escalation_level > 0"), 0);
    m_db.reset();

    // Today is allowed and means now; the manager's run is recorded as theirs.
    run = runAs(QStringLiteral("boss1"),
                {QStringLiteral("complaints"), QStringLiteral("escalate"), QStringLiteral("--as-of"),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("escalated to area manager: 0\nescalated to admin: 3\n"));
    EXPECT_EQ(scalar("SELECT count(*) FROM complaint_history h JOIN users u ON u.id = h.user_id "
                     "WHERE h.note LIKE 'escalated%' AND u.username = 'boss1'"),
              3);
}

TEST_F(ComplaintCommandsTest, LifecycleSummaryAndTransitions)
{
    db().sql().exec("INSERT INTO score_runs (id, as_of, run_at) VALUES (1, '2024-06-30', '2024-06-30T12:00:00Z')");
    // stage_code 5: decline.
    db().sql().exec("INSERT INTO scores (customer_id, run_id, revenue, revenue_12m, clv_12m, stage_code) "
                    "VALUES (" +
                    std::to_string(m_customer1) + ", 1, 500, 120.5, 80, 5), (" + std::to_string(m_customer2) +
                    ", 1, 900, 300, 200, 5)");
    db().sql().exec("INSERT INTO lifecycle_history (customer_id, from_stage, to_stage, changed_on, rule) VALUES (" +
                    std::to_string(m_customer1) + ", 'stability', 'decline', '2024-06-30', 'no_order_2x_interval')");
    m_db.reset();

    CliRun run = runAs(QStringLiteral("rep1"), {QStringLiteral("lifecycle"), QStringLiteral("summary"),
                                                QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonArray rows = parseArray(run.out);
    ASSERT_EQ(rows.size(), 7);
    const QJsonObject decline = rows[4].toObject();
    EXPECT_EQ(decline.value(QStringLiteral("stage")).toString(), QStringLiteral("decline"));
    EXPECT_EQ(decline.value(QStringLiteral("customers")).toInteger(), 1);
    EXPECT_DOUBLE_EQ(decline.value(QStringLiteral("revenue_12m")).toDouble(), 120.5);
    EXPECT_EQ(parseArray(runAs(QStringLiteral("admin"), {QStringLiteral("lifecycle"), QStringLiteral("summary"),
                                                         QStringLiteral("--format"), QStringLiteral("json")})
                             .out)[4]
                  .toObject()
                  .value(QStringLiteral("customers"))
                  .toInteger(),
              2);

    run = runAs(QStringLiteral("rep1"),
                {QStringLiteral("lifecycle"), QStringLiteral("transitions"), QStringLiteral("--from"),
                 QStringLiteral("2024-06-24"), QStringLiteral("--to"), QStringLiteral("2024-06-30"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QList<QStringList> csv = parseCsv(run.out);
    ASSERT_EQ(csv.size(), 2);
    EXPECT_EQ(csv[1][0], QStringLiteral("2024-06-30"));
    EXPECT_EQ(csv[1][1], QStringLiteral("C1"));
    EXPECT_EQ(csv[1][5], QStringLiteral("no_order_2x_interval"));
    run = runAs(QStringLiteral("rep2"),
                {QStringLiteral("lifecycle"), QStringLiteral("transitions"), QStringLiteral("--from"),
                 QStringLiteral("2024-06-24"), QStringLiteral("--to"), QStringLiteral("2024-06-30")});
    ASSERT_EQ(run.code, 0);
    EXPECT_FALSE(run.out.contains(QLatin1String("C1")));
    run = runAs(QStringLiteral("rep1"), {QStringLiteral("lifecycle"), QStringLiteral("transitions"),
                                         QStringLiteral("--from"), QStringLiteral("2024-06-24")});
    EXPECT_EQ(run.code, ExitUsage);
}

} // namespace
} // namespace carddesk::cli::test
