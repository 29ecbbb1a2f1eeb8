// Acting on a care reminder logs the interaction and settles the occasion in one transaction; snoozing puts it off
// with a reason until a day; both are audited and need the customer in the user's scope (issue 14).
#include "services/CareReminders.h"

#include "LocalTimeZone.h"
#include "StorageFixture.h"

#include "core/LunarCalendar.h"
#include "services/Agenda.h"
#include "services/OfficeSettings.h"
#include "storage/queries/AgendaQueries.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/CustomerRepository.h"

namespace carddesk::services::test {
namespace {

using storage::test::StorageFixture;

class CareRemindersTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        m_customer = createCustomer(*m_rep1aSession).id;
    }

    qint64 addContact(const QDate& birthday, const core::LunarDate& lunar = {})
    {
        core::Contact contact;
        contact.customerId = m_customer;
        contact.name = QStringLiteral("王芳");
        contact.birthday = birthday;
        contact.birthdayLunar = lunar;
        return must(storage::ContactRepository(*m_rep1aSession).create(contact), "add a contact").id;
    }

    std::vector<core::AgendaItem> reminders(const QDate& day, const core::CareRules& rules = {})
    {
        std::vector<core::AgendaItem> found;
        for (core::AgendaItem& item :
             must(storage::AgendaQueries(*m_rep1aSession).items(m_rep1a.id, day, rules), "day"))
            if (item.kind == QLatin1String("reminder"))
                found.push_back(std::move(item));
        return found;
    }

    qint64 m_customer = 0;
};

TEST_F(CareRemindersTest, ALunarBirthdayIsRemindedOnItsGregorianDayEachYear)
{
    // 四月十五, born 1990 (1990-05-09): 2026-05-31 and 2027-05-20 (python-lunardate gives the same days).
    const qint64 contact = addContact(QDate(1990, 5, 9), {4, 15, false});
    auto on2026 = reminders(QDate(2026, 5, 27));
    ASSERT_EQ(on2026.size(), 1u);
    EXPECT_EQ(on2026[0].recordId, contact);
    EXPECT_EQ(on2026[0].occasion, QStringLiteral("lunar_birthday"));
    EXPECT_EQ(on2026[0].due, QDate(2026, 5, 31));
    EXPECT_EQ(on2026[0].detail, QStringLiteral("王芳"));
    EXPECT_FALSE(on2026[0].overdue);
    auto on2027 = reminders(QDate(2027, 5, 20));
    ASSERT_EQ(on2027.size(), 1u);
    EXPECT_EQ(on2027[0].due, QDate(2027, 5, 20));
    // Its Gregorian date of birth (05-09) is not a reminder of its own.
    EXPECT_TRUE(reminders(QDate(2026, 5, 8)).empty());
    // A leap-month birthday (闰六月初十) in 2026, which has no leap month: on 六月初十, 2026-07-23.
    const qint64 leap = addContact({}, {6, 10, true});
    auto leapDay = reminders(QDate(2026, 7, 20));
    ASSERT_EQ(leapDay.size(), 1u);
    EXPECT_EQ(leapDay[0].recordId, leap);
    EXPECT_EQ(leapDay[0].due, QDate(2026, 7, 23));
    // Lead days from the rules; the rule off, no birthdays.
    core::CareRules shortLead;
    shortLead.birthdayLeadDays = 2;
    EXPECT_TRUE(reminders(QDate(2026, 7, 20), shortLead).empty());
    core::CareRules off;
    off.birthdays = false;
    EXPECT_TRUE(reminders(QDate(2026, 7, 20), off).empty());
}

TEST_F(CareRemindersTest, AContradictoryOrMissingLunarBirthdayIsRefused)
{
    core::Contact contact;
    contact.customerId = m_customer;
    contact.name = QStringLiteral("李雷");
    contact.birthday = QDate(1990, 5, 10); // 四月十六, not 十五
    contact.birthdayLunar = {4, 15, false};
    auto saved = storage::ContactRepository(*m_rep1aSession).create(contact);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().field, QStringLiteral("birthday_lunar"));
    contact.birthday = {};
    contact.birthdayLunar = {4, 31, false};
    EXPECT_FALSE(storage::ContactRepository(*m_rep1aSession).create(contact));
    contact.birthdayLunar = {4, 15, true};
    auto stored = storage::ContactRepository(*m_rep1aSession).create(contact);
    ASSERT_TRUE(stored);
    auto listed = must(storage::ContactRepository(*m_rep1aSession).listForCustomer(m_customer), "contacts");
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].birthdayLunar, (core::LunarDate{4, 15, true}));
    EXPECT_EQ(scalar("SELECT birthday_lunar FROM contacts WHERE id = " + std::to_string(stored->id)), 10415);
}

TEST_F(CareRemindersTest, ActingLogsTheInteractionAndSettlesTheOccasion)
{
    // Born in a leap year, so that today + 3 days is a valid birth date even when it is 29 February.
    const QDate today = QDate::currentDate();
    const qint64 contact = addContact(QDate(1984, today.addDays(3).month(), today.addDays(3).day()));
    auto due = reminders(today);
    ASSERT_EQ(due.size(), 1u);
    core::Interaction call;
    call.customerId = m_customer;
    call.channel = QStringLiteral("phone");
    call.occurredAt = QDateTime::currentDateTimeUtc();
    call.summary = QStringLiteral("生日祝福");
    auto logged = CareReminders(*m_rep1aSession).act(due[0], call);
    ASSERT_TRUE(logged) << logged.error().toString().toStdString();
    EXPECT_EQ(logged->contactId, contact); // the birthday's contact, as none was named
    EXPECT_TRUE(reminders(today).empty());
    EXPECT_EQ(scalar("SELECT count(*) FROM care_reminders WHERE action = 'done' AND interaction_id = " +
                     std::to_string(logged->id)),
              1);
    EXPECT_GE(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'care_reminders'"), 3);
    // Next year's birthday is a new occasion.
    EXPECT_EQ(reminders(today.addYears(1)).size(), 1u);
    // An interaction that cannot be stored settles nothing.
    core::Interaction empty = call;
    empty.summary.clear();
    const qint64 before = scalar("SELECT count(*) FROM care_reminders");
    EXPECT_FALSE(CareReminders(*m_rep1aSession).act(due[0], empty));
    EXPECT_EQ(scalar("SELECT count(*) FROM care_reminders"), before);
}

TEST_F(CareRemindersTest, ASnoozedReminderComesBackOnItsDayWithTheReason)
{
    const QDate today = QDate::currentDate();
    addContact(QDate(1984, today.addDays(4).month(), today.addDays(4).day()));
    auto due = reminders(today);
    ASSERT_EQ(due.size(), 1u);
    CareReminders care(*m_rep1aSession);
    EXPECT_EQ(care.snooze(due[0], today.addDays(2), QString()).error().field, QStringLiteral("reason"));
    EXPECT_EQ(care.snooze(due[0], today, QStringLiteral("出差")).error().field, QStringLiteral("snoozed_until"));
    // Bug: only the window kept a snooze within 60 days and the reason free of control characters; the service
    // took a year's snooze and a terminal escape.
    EXPECT_EQ(care.snooze(due[0], today.addDays(61), QStringLiteral("出差")).error().field,
              QStringLiteral("snoozed_until"));
    EXPECT_EQ(care.snooze(due[0], today.addDays(2), QStringLiteral("出差\x1b[2J")).error().field,
              QStringLiteral("snooze_reason"));
    EXPECT_EQ(scalar("SELECT count(*) FROM care_reminders"), 0);
    ASSERT_TRUE(care.snooze(due[0], today.addDays(2), QStringLiteral("出差到周一")));
    EXPECT_TRUE(reminders(today).empty());
    EXPECT_TRUE(reminders(today.addDays(1)).empty());
    auto back = reminders(today.addDays(2));
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0].snoozeReason, QStringLiteral("出差到周一"));
    // Another rep may not touch it.
    EXPECT_FALSE(CareReminders(*m_rep1bSession).snooze(due[0], today.addDays(3), QStringLiteral("x")));
    // Deleting the contact takes its reminders' rows with it.
    ASSERT_TRUE(storage::ContactRepository(*m_rep1aSession).remove(due[0].recordId));
    EXPECT_EQ(scalar("SELECT count(*) FROM care_reminders"), 0);
}

// Bug: the silence of a key customer counted from the UTC day of the last call. In Beijing a call on 2 March at
// 07:00 (1 March, 23:00 UTC) made the 60-day reminder due on 30 April instead of 1 May.
TEST_F(CareRemindersTest, TheSilenceCountsFromTheOfficesLocalDay)
{
    const carddesk::test::LocalTimeZone beijing("Asia/Shanghai");
    auto customer = must(storage::CustomerRepository(*m_rep1aSession).get(m_customer, false), "card");
    customer.isKey = true;
    must(storage::CustomerRepository(*m_rep1aSession).update(customer), "save");
    m_db->sql().exec("INSERT INTO interactions (customer_id, user_id, channel, occurred_at) VALUES (" +
                     std::to_string(m_customer) + ", " + std::to_string(m_rep1a.id) +
                     ", 'phone', '2026-03-01T23:00:00Z')");
    auto items = reminders(QDate(2026, 5, 1));
    auto silent = std::find_if(items.begin(), items.end(), [](const auto& i) { return i.occasion == u"no_contact"; });
    ASSERT_NE(silent, items.end());
    EXPECT_EQ(silent->due, QDate(2026, 5, 1)); // 2 March + 60 days
    EXPECT_FALSE(silent->overdue);
    EXPECT_EQ(silent->detail, QStringLiteral("2026-03-02"));
}

TEST_F(CareRemindersTest, KeyCustomersWithoutContactAndAnniversariesFollowTheSettings)
{
    auto customer = must(storage::CustomerRepository(*m_rep1aSession).get(m_customer, false), "card");
    customer.isKey = true;
    customer.established = QDate(2010, 3, 2);
    must(storage::CustomerRepository(*m_rep1aSession).update(customer), "save");
    const QDate created =
        QDate::fromString(QString::fromStdString(m_db->sql()
                                                     .execAndGet("SELECT date(created_at) FROM customers WHERE id = " +
                                                                 std::to_string(m_customer))
                                                     .getString()),
                          Qt::ISODate);
    // Never contacted: due 60 days after the card was made, late after that.
    auto items = reminders(created.addDays(61));
    auto silent = std::find_if(items.begin(), items.end(), [](const auto& i) { return i.occasion == u"no_contact"; });
    ASSERT_NE(silent, items.end());
    EXPECT_EQ(silent->due, created.addDays(60));
    EXPECT_TRUE(silent->overdue);
    // The founding anniversary, with the year it was founded.
    items = reminders(QDate(2027, 2, 27));
    auto founded = std::find_if(items.begin(), items.end(), [](const auto& i) { return i.occasion == u"anniversary"; });
    ASSERT_NE(founded, items.end());
    EXPECT_EQ(founded->due, QDate(2027, 3, 2));
    EXPECT_EQ(founded->detail, QStringLiteral("2010"));
    // The office's settings turn rules off and change the days.
    storage::Session& admin = *m_adminSession;
    // Spaces after the commas, as people type lists: still the two rules (they once matched nothing).
    ASSERT_TRUE(OfficeSettings::save(admin, {{"care.rules", QStringLiteral("birthday, holiday")},
                                             {"care.holidays", QStringLiteral("spring_festival, mid_autumn")},
                                             {"care.no_contact_days", QStringLiteral("30")}}));
    const core::CareRules rules = OfficeSettings::careRules(*m_db);
    EXPECT_FALSE(rules.anniversaries);
    EXPECT_FALSE(rules.noContact);
    EXPECT_TRUE(rules.birthdays);
    EXPECT_TRUE(rules.holidays);
    EXPECT_EQ(rules.holidayCodes, (QStringList{QStringLiteral("spring_festival"), QStringLiteral("mid_autumn")}));
    EXPECT_EQ(rules.noContactDays, 30);
    EXPECT_FALSE(OfficeSettings::save(admin, {{"care.holidays", QStringLiteral("christmas")}}));
    auto day = Agenda(*m_rep1aSession).forDay(QDate(2027, 2, 27));
    ASSERT_TRUE(day);
    for (const core::AgendaItem& item : *day)
        EXPECT_NE(item.occasion, QStringLiteral("anniversary"));
}

} // namespace
} // namespace carddesk::services::test
