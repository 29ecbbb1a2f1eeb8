#include "CliTestSupport.h"

#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/InteractionRepository.h"

#include <QJsonArray>

namespace carddesk::cli::test {
namespace {

class AgendaCommandsTest : public CliFixture
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
        addUser(QStringLiteral("boss"), QStringLiteral("manager"), QStringLiteral("east"));
        storage::Session s = session(QStringLiteral("rep1"));
        core::Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("客户 C1");
        m_customer = storage::CustomerRepository(s).create(c)->id;
        core::Interaction call;
        call.customerId = m_customer;
        call.channel = QStringLiteral("phone");
        call.occurredAt = QDateTime::currentDateTimeUtc().addDays(-5);
        call.summary = QStringLiteral("答应昨天回电");
        call.nextFollowUp = QDate::currentDate().addDays(-1);
        ASSERT_TRUE(storage::InteractionRepository(s).create(call));
        m_db.reset();
    }

    qint64 m_customer = 0;
};

TEST_F(AgendaCommandsTest, ALunarBirthdayIsAReminderWithTheContractsFieldsAndItsOccasion)
{
    {
        storage::Session s = session(QStringLiteral("rep1"));
        core::Contact contact;
        contact.customerId = m_customer;
        contact.name = QStringLiteral("孙丽");
        contact.birthdayLunar = {8, 15, false}; // 中秋: 2026-09-25 (python-lunardate agrees)
        ASSERT_TRUE(storage::ContactRepository(s).create(contact));
        m_db.reset();
    }
    const CliRun run = runAs(QStringLiteral("rep1"), {QStringLiteral("agenda"), QStringLiteral("--json"),
                                                      QStringLiteral("--date"), QStringLiteral("2026-09-20")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    QJsonObject reminder;
    for (const QJsonValue& item : parseObject(run.out).value(QStringLiteral("items")).toArray())
        if (item.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("reminder"))
            reminder = item.toObject();
    ASSERT_FALSE(reminder.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(reminder.value(QStringLiteral("customer_id")).toInteger(), m_customer);
    EXPECT_EQ(reminder.value(QStringLiteral("customer_code")).toString(), QStringLiteral("C1"));
    EXPECT_EQ(reminder.value(QStringLiteral("customer_name")).toString(), QStringLiteral("客户 C1"));
    EXPECT_EQ(reminder.value(QStringLiteral("due")).toString(), QStringLiteral("2026-09-25"));
    EXPECT_FALSE(reminder.value(QStringLiteral("overdue")).toBool());
    EXPECT_EQ(reminder.value(QStringLiteral("occasion")).toString(), QStringLiteral("lunar_birthday"));
    EXPECT_EQ(reminder.value(QStringLiteral("detail")).toString(), QStringLiteral("孙丽"));
}

// The walkthrough's table showed a care reminder as a bare "2004" or "2025-10-22": what the reminder is for was only
// in --json. The table says it, in the Today page's words.
TEST_F(AgendaCommandsTest, TheTableSaysWhatACareReminderIsFor)
{
    {
        storage::Session s = session(QStringLiteral("rep1"));
        core::Contact lunar;
        lunar.customerId = m_customer;
        lunar.name = QStringLiteral("孙丽");
        lunar.birthdayLunar = {8, 15, false}; // 2026-09-25
        ASSERT_TRUE(storage::ContactRepository(s).create(lunar));
        core::Contact gregorian;
        gregorian.customerId = m_customer;
        gregorian.name = QStringLiteral("张伟");
        gregorian.birthday = QDate(1980, 9, 22);
        ASSERT_TRUE(storage::ContactRepository(s).create(gregorian));
        auto customer = storage::CustomerRepository(s).get(m_customer);
        ASSERT_TRUE(customer);
        customer->established = QDate(2004, 9, 23);
        ASSERT_TRUE(storage::CustomerRepository(s).update(*customer));
        core::Customer key;
        key.code = QStringLiteral("C2");
        key.name = QStringLiteral("重点客户 C2");
        key.isKey = true;
        ASSERT_TRUE(storage::CustomerRepository(s).create(key));
        m_db.reset();
    }
    const CliRun run = runAs(QStringLiteral("rep1"),
                             {QStringLiteral("agenda"), QStringLiteral("--date"), QStringLiteral("2026-09-20")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Lunar birthday of 孙丽 (8th month, day 15)")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Birthday of 张伟"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Founded 22 years ago (2004)"))) << run.out.toStdString();
    // A key customer never contacted, once the silence has reached its limit.
    const CliRun later = runAs(QStringLiteral("rep1"), {QStringLiteral("agenda"), QStringLiteral("--date"),
                                                        QDate::currentDate().addDays(90).toString(Qt::ISODate)});
    ASSERT_EQ(later.code, 0) << later.err.toStdString();
    EXPECT_TRUE(later.out.contains(QStringLiteral("Key customer, never contacted"))) << later.out.toStdString();
}

TEST_F(AgendaCommandsTest, JsonCarriesTheContractsFields)
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    ASSERT_EQ(
        runAs(QStringLiteral("rep1"), {QStringLiteral("visits"), QStringLiteral("plan"), QStringLiteral("--customer"),
                                       QStringLiteral("C1"), QStringLiteral("--date"), today})
            .code,
        0);
    const CliRun run = runAs(QStringLiteral("rep1"), {QStringLiteral("agenda"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject doc = parseObject(run.out);
    EXPECT_EQ(doc.value(QStringLiteral("date")).toString(), today);
    const QJsonArray items = doc.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    const QJsonObject followUp = items[0].toObject();
    EXPECT_EQ(followUp.value(QStringLiteral("kind")).toString(), QStringLiteral("follow_up"));
    EXPECT_EQ(followUp.value(QStringLiteral("customer_id")).toInteger(), m_customer);
    EXPECT_EQ(followUp.value(QStringLiteral("customer_code")).toString(), QStringLiteral("C1"));
    EXPECT_EQ(followUp.value(QStringLiteral("customer_name")).toString(), QStringLiteral("客户 C1"));
    EXPECT_EQ(followUp.value(QStringLiteral("due")).toString(), QDate::currentDate().addDays(-1).toString(Qt::ISODate));
    EXPECT_TRUE(followUp.value(QStringLiteral("overdue")).isBool());
    EXPECT_TRUE(followUp.value(QStringLiteral("overdue")).toBool());
    const QJsonObject visit = items[1].toObject();
    EXPECT_EQ(visit.value(QStringLiteral("kind")).toString(), QStringLiteral("visit"));
    EXPECT_FALSE(visit.value(QStringLiteral("overdue")).toBool());

    // The day before the follow-up was due: nothing yet.
    const CliRun before =
        runAs(QStringLiteral("rep1"), {QStringLiteral("agenda"), QStringLiteral("--json"), QStringLiteral("--date"),
                                       QDate::currentDate().addDays(-2).toString(Qt::ISODate)});
    EXPECT_TRUE(parseObject(before.out).value(QStringLiteral("items")).toArray().isEmpty());

    // The manager opens rep1's day; rep2 may not; a bad date is a usage error.
    const CliRun boss = runAs(QStringLiteral("boss"), {QStringLiteral("agenda"), QStringLiteral("--rep"),
                                                       QStringLiteral("rep1"), QStringLiteral("--json")});
    ASSERT_EQ(boss.code, 0) << boss.err.toStdString();
    EXPECT_EQ(parseObject(boss.out).value(QStringLiteral("items")).toArray().size(), 2);
    EXPECT_EQ(
        runAs(QStringLiteral("rep2"), {QStringLiteral("agenda"), QStringLiteral("--rep"), QStringLiteral("rep1")}).code,
        3);
    EXPECT_EQ(
        runAs(QStringLiteral("rep1"), {QStringLiteral("agenda"), QStringLiteral("--date"), QStringLiteral("x")}).code,
        2);
    const CliRun table = runAs(QStringLiteral("rep1"), {QStringLiteral("agenda")});
    EXPECT_TRUE(table.out.contains(QStringLiteral("follow_up"))) << table.out.toStdString();
}

} // namespace
} // namespace carddesk::cli::test
