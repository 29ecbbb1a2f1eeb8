#include "CliTestSupport.h"

#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/ReceivableRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace carddesk::cli::test {
namespace {

class VisitCommandsTest : public CliFixture
{
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_EQ(
            runAs(QStringLiteral("admin"), {QStringLiteral("areas"), QStringLiteral("add"), QStringLiteral("east")})
                .code,
            0);
        addUser(QStringLiteral("rep1"), QStringLiteral("rep"), QStringLiteral("east"));
        addUser(QStringLiteral("rep2"), QStringLiteral("rep"), QStringLiteral("east"));
        storage::Session s = session(QStringLiteral("rep1"));
        core::Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("客户 C1");
        m_customer = storage::CustomerRepository(s).create(c)->id;
        m_db.reset();
    }

    qint64 m_customer = 0;
    QString m_today = QDate::currentDate().toString(Qt::ISODate);
};

TEST_F(VisitCommandsTest, PlanCompleteCancelAndList)
{
    const QString rep = QStringLiteral("rep1");
    CliRun planned = runAs(rep, {QStringLiteral("visits"), QStringLiteral("plan"), QStringLiteral("--customer"),
                                 QStringLiteral("C1"), QStringLiteral("--date"), m_today, QStringLiteral("--purpose"),
                                 QStringLiteral("送样品")});
    ASSERT_EQ(planned.code, 0) << planned.err.toStdString();
    const QString id = planned.out.trimmed();
    EXPECT_GT(id.toLongLong(), 0);

    CliRun listed = runAs(rep, {QStringLiteral("visits"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("customer_code")).toString(), QStringLiteral("C1"));
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("purpose")).toString(), QStringLiteral("送样品"));
    // Another rep neither sees nor finishes it.
    EXPECT_EQ(QJsonDocument::fromJson(runAs(QStringLiteral("rep2"), {QStringLiteral("visits"), QStringLiteral("list"),
                                                                     QStringLiteral("--json")})
                                          .out.toUtf8())
                  .array()
                  .size(),
              0);
    EXPECT_NE(runAs(QStringLiteral("rep2"), {QStringLiteral("visits"), QStringLiteral("complete"), id,
                                             QStringLiteral("--result"), QStringLiteral("x")})
                  .code,
              0);

    CliRun done = runAs(rep, {QStringLiteral("visits"), QStringLiteral("complete"), id, QStringLiteral("--result"),
                              QStringLiteral("客户满意"), QStringLiteral("--next-step"), QStringLiteral("报价"),
                              QStringLiteral("--follow-up"), QDate::currentDate().addDays(3).toString(Qt::ISODate)});
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM interactions WHERE channel = 'visit' AND customer_id = " +
                     std::to_string(m_customer)),
              1);
    // A done visit cannot be cancelled: bad input, exit 2.
    CliRun cancelDone = runAs(rep, {QStringLiteral("visits"), QStringLiteral("cancel"), id, QStringLiteral("--reason"),
                                    QStringLiteral("改期")});
    EXPECT_EQ(cancelDone.code, 2) << cancelDone.err.toStdString();
}

TEST_F(VisitCommandsTest, BadInputExitsTwo)
{
    const QString rep = QStringLiteral("rep1");
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    EXPECT_EQ(runAs(rep, {QStringLiteral("visits"), QStringLiteral("plan"), QStringLiteral("--customer"),
                          QStringLiteral("C1"), QStringLiteral("--date"), yesterday})
                  .code,
              2);
    EXPECT_EQ(runAs(rep, {QStringLiteral("visits"), QStringLiteral("plan"), QStringLiteral("--customer"),
                          QStringLiteral("C1"), QStringLiteral("--date"), QStringLiteral("2026-13-01")})
                  .code,
              2);
    EXPECT_EQ(runAs(rep, {QStringLiteral("visits"), QStringLiteral("plan"), QStringLiteral("--date"), m_today}).code,
              2);
    EXPECT_EQ(runAs(rep, {QStringLiteral("visits"), QStringLiteral("cancel"), QStringLiteral("x"),
                          QStringLiteral("--reason"), QStringLiteral("r")})
                  .code,
              2);
    EXPECT_EQ(runAs(rep, {QStringLiteral("visits"), QStringLiteral("fly")}).code, 2);
    EXPECT_EQ(scalar("SELECT count(*) FROM visits"), 0);

    const QString id = runAs(rep, {QStringLiteral("visits"), QStringLiteral("plan"), QStringLiteral("--customer"),
                                   QString::number(m_customer), QStringLiteral("--date"), m_today})
                           .out.trimmed();
    ASSERT_EQ(runAs(rep, {QStringLiteral("visits"), QStringLiteral("cancel"), id, QStringLiteral("--reason"),
                          QStringLiteral("客户出差")})
                  .code,
              0);
    CliRun completeCancelled = runAs(rep, {QStringLiteral("visits"), QStringLiteral("complete"), id,
                                           QStringLiteral("--result"), QStringLiteral("ok")});
    EXPECT_EQ(completeCancelled.code, 2);
    EXPECT_TRUE(completeCancelled.err.contains(QStringLiteral("cancelled"))) << completeCancelled.err.toStdString();
}

TEST_F(VisitCommandsTest, SuggestListsTheWeeksCustomersWithTheirReasons)
{
    {
        storage::Session s = session(QStringLiteral("rep1"));
        core::Receivable receivable;
        receivable.customerId = m_customer;
        receivable.invoiceNo = QStringLiteral("INV-7");
        receivable.invoiceDate = QDate::currentDate().addDays(-40);
        receivable.dueDate = QDate::currentDate().addDays(-10);
        receivable.amount = 800;
        ASSERT_TRUE(storage::ReceivableRepository(s).create(receivable));
    }
    m_db.reset();
    const QString rep = QStringLiteral("rep1");
    CliRun suggested = runAs(rep, {QStringLiteral("visits"), QStringLiteral("suggest"), QStringLiteral("--json")});
    ASSERT_EQ(suggested.code, 0) << suggested.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(suggested.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject row = rows[0].toObject();
    EXPECT_EQ(row.value(QStringLiteral("customer_code")).toString(), QStringLiteral("C1"));
    EXPECT_EQ(row.value(QStringLiteral("reasons")).toString(), QStringLiteral("overdue_receivable"));
    EXPECT_DOUBLE_EQ(row.value(QStringLiteral("overdue_amount")).toDouble(), 800.0);
    EXPECT_EQ(row.value(QStringLiteral("oldest_due")).toString(),
              QDate::currentDate().addDays(-10).toString(Qt::ISODate));
    // Four weeks back the receivable was not yet due.
    int isoYear = 0;
    const QDate past = QDate::currentDate().addDays(-28);
    const int week = past.weekNumber(&isoYear);
    const QString pastWeek = QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
    CliRun earlier = runAs(rep, {QStringLiteral("visits"), QStringLiteral("suggest"), QStringLiteral("--week"),
                                 pastWeek, QStringLiteral("--json")});
    ASSERT_EQ(earlier.code, 0) << earlier.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(earlier.out.toUtf8()).array().size(), 0);

    // A planned visit takes the customer off the list.
    ASSERT_EQ(runAs(rep, {QStringLiteral("visits"), QStringLiteral("plan"), QStringLiteral("--customer"),
                          QStringLiteral("C1"), QStringLiteral("--date"), m_today})
                  .code,
              0);
    CliRun after = runAs(rep, {QStringLiteral("visits"), QStringLiteral("suggest"), QStringLiteral("--json")});
    ASSERT_EQ(after.code, 0) << after.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(after.out.toUtf8()).array().size(), 0);

    // Bad input is exit 2; a rep asking for a colleague's is refused.
    EXPECT_EQ(runAs(rep, {QStringLiteral("visits"), QStringLiteral("suggest"), QStringLiteral("--week"),
                          QStringLiteral("2026-12-07")})
                  .code,
              2);
    EXPECT_EQ(
        runAs(rep, {QStringLiteral("visits"), QStringLiteral("suggest"), QStringLiteral("--days"), QStringLiteral("0")})
            .code,
        2);
    EXPECT_EQ(runAs(QStringLiteral("rep2"),
                    {QStringLiteral("visits"), QStringLiteral("suggest"), QStringLiteral("--rep"), rep})
                  .code,
              3);
}

} // namespace
} // namespace carddesk::cli::test
