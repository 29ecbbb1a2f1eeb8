// The survey dialog of the card's Satisfaction tab: typed scores and date, Enter completes, and bad input (a score
// outside 1-5, a future date, a contact of another customer) is named in the user's language and nothing is saved.
#include "GuiTestDatabase.h"
#include "WaitFor.h"

#include "gui/common/DateField.h"
#include "gui/common/MessageBox.h"
#include "gui/common/RecordTableModel.h"
#include "gui/customer/CustomerCardWidget.h"
#include "gui/customer/SurveyDialog.h"
#include "gui/customer/SurveysTab.h"
#include "gui/shell/Translations.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/SurveyRepository.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace carddesk;

namespace {

std::vector<core::Contact> contactsOf(storage::Session& session, qint64 customerId)
{
    return *storage::ContactRepository(session).listForCustomer(customerId);
}

core::SatisfactionSurvey newSurvey(qint64 customerId)
{
    core::SatisfactionSurvey s;
    s.customerId = customerId;
    return s;
}

void typeScores(gui::SurveyDialog& dialog, const QStringList& scores)
{
    for (int a = 0; a < 4; ++a)
        dialog.scoreEdit(a)->setText(scores[a]);
}

qint64 surveyCount(GuiTestDatabase& office)
{
    return office.admin().db().sql().execAndGet("SELECT count(*) FROM satisfaction_surveys").getInt64();
}

} // namespace

TEST(SurveyDialog, TypedScoresAndEnterRecordTheSurvey)
{
    GuiTestDatabase office;
    const auto contacts = contactsOf(office.rep1(), office.huaLianId);
    gui::SurveyDialog dialog(office.rep1(), newSurvey(office.huaLianId), contacts);
    dialog.show();
    EXPECT_EQ(dialog.dateField()->date(), QDate::currentDate());
    dialog.dateField()->setText(QDate::currentDate().addDays(-2).toString(Qt::ISODate));
    dialog.contactCombo()->setCurrentIndex(dialog.contactCombo()->findData(contacts.front().id));
    typeScores(dialog, {QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("3")});
    dialog.commentEdit()->setText(QStringLiteral("交货及时"));
    QTest::keyClick(dialog.commentEdit(), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    auto saved = storage::SurveyRepository(office.rep1()).list(office.huaLianId);
    ASSERT_TRUE(saved);
    ASSERT_EQ(saved->size(), 1u);
    const core::SatisfactionSurvey& s = saved->front();
    EXPECT_EQ(s.surveyedOn, QDate::currentDate().addDays(-2));
    EXPECT_EQ(s.contactId, contacts.front().id);
    EXPECT_EQ(s.scores(), (std::array<int, 4>{5, 4, 4, 3}));
    EXPECT_EQ(s.comment, QStringLiteral("交货及时"));
    EXPECT_EQ(dialog.survey().id, s.id);
}

TEST(SurveyDialog, AScoreOutsideOneToFiveAFutureDateAndAForeignContactAreNamed)
{
    GuiTestDatabase office;
    const auto contacts = contactsOf(office.rep1(), office.huaLianId);
    {
        gui::SurveyDialog dialog(office.rep1(), newSurvey(office.huaLianId), contacts);
        dialog.show();
        typeScores(dialog, {QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("7"), QStringLiteral("4")});
        dialog.submit();
        EXPECT_EQ(dialog.result(), QDialog::Rejected);
        EXPECT_EQ(dialog.errorText(),
                  QStringLiteral("Type the staff score as a whole number from 1 (very dissatisfied) to 5 (very "
                                 "satisfied)."));
        EXPECT_EQ(dialog.focusWidget(), dialog.scoreEdit(2)); // the field at fault has the focus
        typeScores(dialog, {QStringLiteral("4"), QString(), QStringLiteral("4"), QStringLiteral("4")});
        dialog.submit();
        EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("Type the service score")))
            << dialog.errorText().toStdString();
        typeScores(dialog, {QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4")});
        dialog.dateField()->setText(QDate::currentDate().addDays(3).toString(Qt::ISODate));
        dialog.submit();
        EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("in the future"))) << dialog.errorText().toStdString();
        dialog.dateField()->setText(QStringLiteral("not a day"));
        dialog.submit();
        EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("is not a date"))) << dialog.errorText().toStdString();
    }
    {
        // A contact of another customer (rep2's card): the repository refuses it, the dialog says which field.
        const qint64 other = office.addCustomer(office.rep2(), QStringLiteral("南京新街口百货")).id;
        core::Contact stranger;
        stranger.customerId = other;
        stranger.name = QStringLiteral("李强");
        const qint64 strangerId = storage::ContactRepository(office.rep2()).create(stranger)->id;
        core::SatisfactionSurvey survey = newSurvey(office.huaLianId);
        survey.contactId = strangerId;
        gui::SurveyDialog dialog(office.rep1(), survey, contacts);
        dialog.show();
        typeScores(dialog, {QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4")});
        dialog.submit();
        EXPECT_EQ(dialog.result(), QDialog::Rejected);
        EXPECT_EQ(dialog.errorText(),
                  QStringLiteral("The contact is not one of this customer's contacts; choose one of the list."));
        EXPECT_EQ(dialog.focusWidget(), dialog.contactCombo());
    }
    EXPECT_EQ(surveyCount(office), 0);
}

TEST(SurveyDialog, MessagesAreInChinese)
{
    ASSERT_EQ(gui::Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    GuiTestDatabase office;
    gui::SurveyDialog dialog(office.rep1(), newSurvey(office.huaLianId), contactsOf(office.rep1(), office.huaLianId));
    dialog.show();
    typeScores(dialog, {QStringLiteral("0"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4")});
    dialog.submit();
    const QString text = dialog.errorText();
    gui::Translations::install(QStringLiteral("en"));
    EXPECT_EQ(text, QStringLiteral("产品满意度请填写 1（很不满意）到 5（很满意）之间的整数。"));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("记录满意度调查"));
}

TEST(SurveysTab, TheCardListsRecordsEditsAndDeletesSurveys)
{
    gui::Translations::install(QStringLiteral("en")); // the English plural forms, as in the window
    GuiTestDatabase office;
    core::SatisfactionSurvey s = newSurvey(office.huaLianId);
    s.surveyedOn = QDate::currentDate().addDays(-30);
    s.product = 2;
    s.service = 3;
    s.staff = 2;
    s.image = 3;
    const qint64 id = storage::SurveyRepository(office.rep1()).create(s)->id;
    office.rep1().db().sql().exec("INSERT INTO complaints (customer_id, received_at, deadline, status, satisfaction) "
                                  "VALUES (" +
                                  std::to_string(office.huaLianId) +
                                  ", '2026-01-05T08:00:00Z', '2026-01-10T08:00:00Z', 'closed', 4)");
    gui::CustomerCardWidget card(office.rep1());
    card.show(); // a hidden card re-reads its tabs only when shown again
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    ASSERT_TRUE(waitFor([&] { return !card.isLoading(); }));
    gui::SurveysTab* tab = card.surveysTab();
    ASSERT_EQ(tab->model()->rowCount(), 1);
    EXPECT_EQ(tab->model()->rowId(0), id);
    EXPECT_EQ(tab->model()->index(0, 6).data().toString(), QStringLiteral("2.50"));
    EXPECT_EQ(card.tabs()->tabText(card.tabs()->indexOf(tab)), QStringLiteral("Satisfaction (1)"));
    EXPECT_EQ(tab->complaintText(), QStringLiteral("Satisfaction after 1 closed complaint: mean 4.0 of 5 (latest 4)."));

    // Deleting asks first; the card re-reads the tab.
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    tab->removeSurvey(0);
    ASSERT_TRUE(waitFor([&] { return !card.isLoading() && tab->model()->rowCount() == 0; }));
    EXPECT_EQ(surveyCount(office), 0);
    EXPECT_EQ(office.admin()
                  .db()
                  .sql()
                  .execAndGet("SELECT count(*) FROM audit_log WHERE table_name = "
                              "'satisfaction_surveys' AND action = 'delete'")
                  .getInt(),
              5); // the date and the four scores (no contact, no comment)
}
