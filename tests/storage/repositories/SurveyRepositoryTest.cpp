// Satisfaction surveys: what the repository refuses (scores, dates, a contact of another customer), who may record
// and read them (a rep only for their own customers), edits with row versions, and the audit rows of every write.
#include "StorageFixture.h"

#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/SurveyRepository.h"

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;
using core::SatisfactionSurvey;

class SurveyRepositoryTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        m_mine = createCustomer(*m_rep1aSession, QStringLiteral("上海华联商贸有限公司"));
        m_theirs = createCustomer(*m_rep1bSession, QStringLiteral("南京新街口百货"));
        core::Contact contact;
        contact.customerId = m_mine.id;
        contact.name = QStringLiteral("王芳");
        m_contact = must(ContactRepository(*m_rep1aSession).create(contact), "create contact");
        contact.customerId = m_theirs.id;
        contact.name = QStringLiteral("李强");
        m_theirContact = must(ContactRepository(*m_rep1bSession).create(contact), "create their contact");
    }

    SatisfactionSurvey survey(qint64 customerId) const
    {
        SatisfactionSurvey s;
        s.customerId = customerId;
        s.surveyedOn = QDate::currentDate().addDays(-3);
        s.product = 5;
        s.service = 4;
        s.staff = 4;
        s.image = 3;
        s.comment = QStringLiteral("  交货及时  ");
        return s;
    }

    core::Customer m_mine;
    core::Customer m_theirs;
    core::Contact m_contact;
    core::Contact m_theirContact;
};

TEST_F(SurveyRepositoryTest, ARecordedSurveyIsStoredWithItsAuditRows)
{
    SatisfactionSurvey s = survey(m_mine.id);
    s.contactId = m_contact.id;
    auto saved = SurveyRepository(*m_rep1aSession).create(s);
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    EXPECT_GT(saved->id, 0);
    EXPECT_EQ(saved->recordedBy, m_rep1a.id);
    EXPECT_EQ(saved->comment, QStringLiteral("交货及时"));
    EXPECT_DOUBLE_EQ(saved->mean(), 4.0);
    auto listed = SurveyRepository(*m_rep1aSession).list(m_mine.id);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(listed->front().contactName, QStringLiteral("王芳"));
    EXPECT_EQ(listed->front().product, 5);
    EXPECT_EQ(listed->front().surveyedOn, s.surveyedOn);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'satisfaction_surveys' AND action = 'insert' "
                     "AND row_id = " +
                     std::to_string(saved->id) + " AND customer_id = " + std::to_string(m_mine.id)),
              7); // contact, date, four scores, comment
}

TEST_F(SurveyRepositoryTest, ScoresOutsideOneToFiveAFutureDateAndAnotherCustomersContactAreRefused)
{
    SurveyRepository repository(*m_rep1aSession);
    const std::pair<int SatisfactionSurvey::*, const char*> aspects[] = {
        {&SatisfactionSurvey::product, "product_score"},
        {&SatisfactionSurvey::service, "service_score"},
        {&SatisfactionSurvey::staff, "staff_score"},
        {&SatisfactionSurvey::image, "image_score"}};
    for (const auto& [member, field] : aspects) {
        for (int bad : {0, 6, -1}) {
            SatisfactionSurvey s = survey(m_mine.id);
            s.*member = bad;
            auto refused = repository.create(s);
            ASSERT_FALSE(refused) << field << " " << bad;
            EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
            EXPECT_EQ(refused.error().field, QLatin1String(field));
        }
    }
    SatisfactionSurvey future = survey(m_mine.id);
    future.surveyedOn = QDate::currentDate().addDays(1);
    EXPECT_EQ(repository.create(future).error().field, QStringLiteral("surveyed_on"));
    SatisfactionSurvey noDate = survey(m_mine.id);
    noDate.surveyedOn = QDate();
    EXPECT_EQ(repository.create(noDate).error().field, QStringLiteral("surveyed_on"));
    SatisfactionSurvey today = survey(m_mine.id);
    today.surveyedOn = QDate::currentDate();
    EXPECT_TRUE(repository.create(today)); // today is not the future
    SatisfactionSurvey wrongContact = survey(m_mine.id);
    wrongContact.contactId = m_theirContact.id;
    auto refused = repository.create(wrongContact);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("contact"));
    SatisfactionSurvey control = survey(m_mine.id);
    control.comment = QStringLiteral("ok\x1b[31m");
    EXPECT_EQ(repository.create(control).error().field, QStringLiteral("comment"));
    EXPECT_EQ(scalar("SELECT count(*) FROM satisfaction_surveys"), 1);
}

TEST_F(SurveyRepositoryTest, ARepRecordsAndReadsSurveysOfOwnCustomersOnly)
{
    const SatisfactionSurvey theirs =
        must(SurveyRepository(*m_rep1bSession).create(survey(m_theirs.id)), "their survey");
    must(SurveyRepository(*m_rep1aSession).create(survey(m_mine.id)), "my survey");

    SurveyRepository mine(*m_rep1aSession);
    EXPECT_EQ(mine.create(survey(m_theirs.id)).error().code, ErrorCode::NotFound);
    EXPECT_EQ(mine.list(m_theirs.id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(mine.find(theirs.id).error().code, ErrorCode::NotFound);
    SatisfactionSurvey edit = theirs;
    edit.product = 1;
    EXPECT_EQ(mine.update(edit).error().code, ErrorCode::NotFound);
    EXPECT_EQ(mine.remove(theirs.id).error().code, ErrorCode::NotFound);
    auto all = mine.list();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1u);
    EXPECT_EQ(all->front().customerId, m_mine.id);

    // The area's manager sees both, the other area's manager neither, the admin both.
    EXPECT_EQ(SurveyRepository(*m_manager1Session).list()->size(), 2u);
    EXPECT_EQ(SurveyRepository(*m_manager2Session).list()->size(), 0u);
    EXPECT_EQ(SurveyRepository(*m_adminSession).list()->size(), 2u);
    EXPECT_EQ(scalar("SELECT product_score FROM satisfaction_surveys WHERE id = " + std::to_string(theirs.id)), 5);
}

TEST_F(SurveyRepositoryTest, EditsCarryTheRowVersionAndDeletesAreAudited)
{
    SurveyRepository repository(*m_rep1aSession);
    SatisfactionSurvey saved = must(repository.create(survey(m_mine.id)), "create");
    SatisfactionSurvey edit = saved;
    edit.service = 2;
    edit.contactId = m_contact.id;
    auto updated = repository.update(edit);
    ASSERT_TRUE(updated) << updated.error().toString().toStdString();
    EXPECT_EQ(updated->rowVersion, saved.rowVersion + 1);
    EXPECT_EQ(repository.find(saved.id)->service, 2);
    // An edit of the old version meets the conflict.
    EXPECT_EQ(repository.update(edit).error().code, ErrorCode::Conflict);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'satisfaction_surveys' AND action = 'update' "
                     "AND field = 'service_score' AND old_value = '4' AND new_value = '2'"),
              1);
    ASSERT_TRUE(repository.remove(saved.id));
    EXPECT_EQ(scalar("SELECT count(*) FROM satisfaction_surveys"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'satisfaction_surveys' AND action = 'delete' "
                     "AND field = 'service_score' AND old_value = '2'"),
              1);
}

TEST_F(SurveyRepositoryTest, TheComplaintSatisfactionBesideTheSurveysIsThatOfClosedComplaints)
{
    const std::string c = std::to_string(m_mine.id);
    db().sql().exec("INSERT INTO complaints (customer_id, received_at, deadline, status, satisfaction) VALUES (" + c +
                    ", '2026-01-05T08:00:00Z', '2026-01-10T08:00:00Z', 'closed', 2), (" + c +
                    ", '2026-02-05T08:00:00Z', '2026-02-10T08:00:00Z', 'resolved', 5), (" + c +
                    ", '2026-03-05T08:00:00Z', '2026-03-10T08:00:00Z', 'closed', 4), (" + c +
                    ", '2026-04-05T08:00:00Z', '2026-04-10T08:00:00Z', 'closed', 0)");
    auto rated = SurveyRepository(*m_rep1aSession).complaintSatisfaction(m_mine.id);
    ASSERT_TRUE(rated);
    EXPECT_EQ(*rated, (std::vector<int>{2, 4}));
    EXPECT_EQ(SurveyRepository(*m_rep2Session).complaintSatisfaction(m_mine.id).error().code, ErrorCode::NotFound);
}

} // namespace
} // namespace carddesk::storage::test
