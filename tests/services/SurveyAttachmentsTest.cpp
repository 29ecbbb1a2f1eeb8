// Satisfaction surveys hang off the card like complaints: a merge moves them to the kept card and its undo brings
// them back, a deletion names and takes them, erasing the person who answered unlinks them (and finds the person's
// name in a comment), and a person's data export includes them.
#include "StorageFixture.h"

#include "services/CustomerMerge.h"
#include "storage/access/ContactErasure.h"
#include "storage/queries/PersonalDataQueries.h"
#include "storage/queries/ServiceHistory.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/CustomerRemoval.h"
#include "storage/repositories/SurveyRepository.h"

#include <QJsonArray>

namespace carddesk::storage::test {
namespace {

using services::CustomerMerge;

class SurveyAttachmentsTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        m_kept = createCustomer(*m_rep1aSession, QStringLiteral("杭州诚远食品有限公司"));
        m_other = createCustomer(*m_rep1aSession, QStringLiteral("杭州诚远食品股份有限公司"));
        core::Contact contact;
        contact.customerId = m_other.id;
        contact.name = QStringLiteral("李娜");
        contact.mobile = QStringLiteral("13912345678");
        m_contact = must(ContactRepository(*m_rep1aSession).create(contact), "create contact");
        m_keptSurvey = addSurvey(m_kept.id, 0, QStringLiteral("满意"));
        m_otherSurvey = addSurvey(m_other.id, m_contact.id, QStringLiteral("李娜说交货太慢"));
    }

    core::SatisfactionSurvey addSurvey(qint64 customerId, qint64 contactId, const QString& comment)
    {
        core::SatisfactionSurvey s;
        s.customerId = customerId;
        s.contactId = contactId;
        s.surveyedOn = QDate::currentDate().addDays(-10);
        s.product = 4;
        s.service = 2;
        s.staff = 3;
        s.image = 4;
        s.comment = comment;
        return must(SurveyRepository(*m_rep1aSession).create(s), "create survey");
    }

    qint64 surveyOwner(qint64 surveyId)
    {
        return scalar("SELECT customer_id FROM satisfaction_surveys WHERE id = " + std::to_string(surveyId));
    }

    core::Customer m_kept;
    core::Customer m_other;
    core::Contact m_contact;
    core::SatisfactionSurvey m_keptSurvey;
    core::SatisfactionSurvey m_otherSurvey;
};

TEST_F(SurveyAttachmentsTest, AMergeMovesTheSurveysAndItsUndoBringsThemBack)
{
    auto merged = CustomerMerge::merge(*m_manager1Session, m_kept.id, m_other.id);
    ASSERT_TRUE(merged) << merged.error().toString().toStdString();
    EXPECT_EQ(surveyOwner(m_otherSurvey.id), m_kept.id);
    EXPECT_EQ(surveyOwner(m_keptSurvey.id), m_kept.id);
    EXPECT_EQ(SurveyRepository(*m_rep1aSession).list(m_kept.id)->size(), 2u);
    ASSERT_TRUE(CustomerMerge::undo(*m_manager1Session, *merged));
    EXPECT_EQ(surveyOwner(m_otherSurvey.id), m_other.id);
    EXPECT_EQ(surveyOwner(m_keptSurvey.id), m_kept.id);
    EXPECT_EQ(scalar("SELECT contact_id FROM satisfaction_surveys WHERE id = " + std::to_string(m_otherSurvey.id)),
              m_contact.id);
}

TEST_F(SurveyAttachmentsTest, ADeletionNamesTheSurveysAndTakesThem)
{
    auto attached = CustomerRemoval(*m_manager1Session).attachments(m_other.id);
    ASSERT_TRUE(attached);
    EXPECT_EQ(attached->surveys, 1);
    bool named = false;
    for (const auto& [kind, count] : attached->counts())
        named = named || (kind == QLatin1String("satisfaction_surveys") && count == 1);
    EXPECT_TRUE(named);
    ASSERT_TRUE(CustomerRemoval(*m_manager1Session).remove(m_other.id));
    EXPECT_EQ(scalar("SELECT count(*) FROM satisfaction_surveys WHERE id = " + std::to_string(m_otherSurvey.id)), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM satisfaction_surveys"), 1);
}

TEST_F(SurveyAttachmentsTest, ErasingThePersonUnlinksTheirSurveysAndFindsTheirNameInAComment)
{
    auto report = ContactErasure(*m_adminSession).erase(m_contact.id);
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(report->surveysUnlinked, 1);
    EXPECT_TRUE(report->mentionsLeft.contains(QStringLiteral("satisfaction_surveys %1 comment").arg(m_otherSurvey.id)))
        << report->mentionsLeft.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM satisfaction_surveys WHERE contact_id IS NULL AND id = " +
                     std::to_string(m_otherSurvey.id)),
              1);
}

TEST_F(SurveyAttachmentsTest, APersonsAndACustomersDataExportIncludeTheSurveys)
{
    auto person = PersonalDataQueries(*m_manager1Session).contact(m_contact.id);
    ASSERT_TRUE(person) << person.error().toString().toStdString();
    const QJsonArray answered = person->value(QStringLiteral("satisfaction_surveys")).toArray();
    ASSERT_EQ(answered.size(), 1);
    EXPECT_EQ(answered.at(0).toObject().value(QStringLiteral("comment")).toString(), QStringLiteral("李娜说交货太慢"));
    EXPECT_EQ(answered.at(0).toObject().value(QStringLiteral("service_score")).toInt(), 2);
    auto card = PersonalDataQueries(*m_manager1Session).customer(m_kept.id);
    ASSERT_TRUE(card);
    EXPECT_EQ(card->value(QStringLiteral("satisfaction_surveys")).toArray().size(), 1);
}

TEST_F(SurveyAttachmentsTest, TheServiceHistoryShowsASurveyOnceWithItsScores)
{
    auto timeline = ServiceHistory(*m_rep1aSession).timeline(m_other.id);
    ASSERT_TRUE(timeline);
    int surveys = 0;
    for (const core::TimelineEntry& e : *timeline) {
        if (e.kind == QLatin1String("survey")) {
            ++surveys;
            EXPECT_EQ(e.sourceId, m_otherSurvey.id);
            EXPECT_EQ(e.title, QStringLiteral("4 2 3 4"));
            EXPECT_EQ(e.detail, QStringLiteral("李娜说交货太慢"));
            EXPECT_EQ(e.when.date(), m_otherSurvey.surveyedOn);
        }
        // Its audit rows would only repeat it.
        EXPECT_FALSE(e.kind == QLatin1String("card_change") && e.title.startsWith(QStringLiteral("satisfaction_")));
    }
    EXPECT_EQ(surveys, 1);
}

} // namespace
} // namespace carddesk::storage::test
