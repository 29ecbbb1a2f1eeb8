// Care reminders in the agenda: a contact's birthday this week, across the year's end and on 29 February.
#include "StorageFixture.h"

#include "storage/queries/AgendaQueries.h"
#include "storage/repositories/ContactRepository.h"

namespace carddesk::storage::test {
namespace {

class AgendaBirthdayTest : public StorageFixture
{
protected:
    qint64 contactBornOn(const QDate& birthday)
    {
        if (m_customer == 0)
            m_customer = createCustomer(*m_rep1aSession).id;
        core::Contact contact;
        contact.customerId = m_customer;
        contact.name = QStringLiteral("联系人 %1").arg(birthday.toString(Qt::ISODate));
        contact.birthday = birthday;
        return must(ContactRepository(*m_rep1aSession).create(contact), "add a contact").id;
    }

    // The reminders' days on `day`, by contact id.
    std::map<qint64, QDate> reminders(const QDate& day, Session* session = nullptr)
    {
        std::map<qint64, QDate> due;
        Session& s = session ? *session : *m_rep1aSession;
        for (const core::AgendaItem& item : must(AgendaQueries(s).items(m_rep1a.id, day), "agenda"))
            if (item.kind == QLatin1String("reminder")) {
                due[item.recordId] = item.due;
                EXPECT_FALSE(item.overdue);
            }
        return due;
    }

    qint64 m_customer = 0;
};

TEST_F(AgendaBirthdayTest, ThisWeeksBirthdaysAcrossTheYearsEndAndLeapDays)
{
    const qint64 newYearsEve = contactBornOn(QDate(1980, 12, 31));
    const qint64 january2 = contactBornOn(QDate(1975, 1, 2));
    const qint64 leapDay = contactBornOn(QDate(1984, 2, 29));
    const qint64 tooFar = contactBornOn(QDate(1990, 1, 5));
    const qint64 today = contactBornOn(QDate(1988, 12, 28));

    auto due = reminders(QDate(2026, 12, 28));
    EXPECT_EQ(due[newYearsEve], QDate(2026, 12, 31));
    EXPECT_EQ(due[january2], QDate(2027, 1, 2));
    EXPECT_EQ(due[today], QDate(2026, 12, 28));
    EXPECT_EQ(due.count(tooFar), 0u);
    EXPECT_EQ(due.count(leapDay), 0u);

    // 29 February: on the 28th in a common year, on the day in a leap year.
    EXPECT_EQ(reminders(QDate(2027, 2, 25))[leapDay], QDate(2027, 2, 28));
    EXPECT_EQ(reminders(QDate(2028, 2, 25))[leapDay], QDate(2028, 2, 29));
    EXPECT_EQ(reminders(QDate(2028, 3, 1)).count(leapDay), 0u);

    // Another rep's session sees none of them.
    EXPECT_TRUE(reminders(QDate(2026, 12, 28), m_rep1bSession.get()).empty());
}

} // namespace
} // namespace carddesk::storage::test
