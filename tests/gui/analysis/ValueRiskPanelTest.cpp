#include "GuiTestDatabase.h"
#include "ScoredOffice.h"
#include "TickWatch.h"
#include "WaitFor.h"

#include "gui/analysis/ValueRiskPanel.h"
#include "gui/common/Labels.h"
#include "gui/common/PageLoader.h"
#include "gui/common/StorageWorker.h"
#include "gui/customer/CustomerCardWidget.h"

#include <QPushButton>

#include <gtest/gtest.h>

using namespace carddesk;

TEST(ValueRiskPanel, CardShowsReasonsAndAdviceOfAScoredCustomer)
{
    ScoredOffice office;
    const analytics::ScoringResult& r = office.report().result;
    // A customer with at least two reasons and an advice.
    std::size_t pick = r.advice.size();
    for (std::size_t i = 0; i < r.advice.size() && pick == r.advice.size(); ++i)
        if (r.reasonsOf(i).size() >= 2 && r.advice[i] != analytics::WinBackAdvice::None)
            pick = i;
    ASSERT_LT(pick, r.advice.size());

    gui::CustomerCardWidget card(office.admin());
    ASSERT_TRUE(card.loadCustomer(office.ids()[pick]));
    gui::ValueRiskPanel* panel = card.valueRisk();
    ASSERT_TRUE(panel->hasScore());
    for (const analytics::ChurnReason& reason : r.reasonsOf(pick))
        EXPECT_TRUE(panel->reasonsText().contains(gui::Labels::churnReason(reason)))
            << panel->reasonsText().toStdString();
    const QString advice = QString::fromStdString(std::string(analytics::winBackAdviceName(r.advice[pick])));
    EXPECT_TRUE(panel->adviceText().contains(gui::Labels::advice(advice)));
    EXPECT_EQ(gui::Labels::advice(QStringLiteral("fight for")), QStringLiteral("Fight for"));
    const QString risk = QString::fromStdString(std::string(analytics::churnLevelName(r.churnLevel[pick])));
    EXPECT_TRUE(panel->riskText().contains(gui::Labels::churnRisk(risk)));
    EXPECT_FALSE(panel->stageText().isEmpty());
}

TEST(ValueRiskPanel, AnUnscoredCustomerSaysSo)
{
    GuiTestDatabase office;
    gui::CustomerCardWidget card(office.rep1());
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    EXPECT_FALSE(card.valueRisk()->hasScore());
    card.newCustomer();
    EXPECT_FALSE(card.valueRisk()->hasScore());
}

TEST(ValueRiskPanel, ReasonsArePhrasedFromTheirNumbers)
{
    analytics::ChurnReason reason;
    reason.code = analytics::ChurnReasonCode::NoOrderForDays;
    reason.days = 142;
    reason.usualIntervalDays = 30;
    EXPECT_EQ(gui::Labels::churnReason(reason), QStringLiteral("no order for 142 days, usually every 30 days"));
    reason.code = analytics::ChurnReasonCode::OpenComplaints;
    reason.count = 2;
    EXPECT_EQ(gui::Labels::churnReason(reason), QStringLiteral("2 open complaints"));
    reason.count = 1;
    EXPECT_EQ(gui::Labels::churnReason(reason), QStringLiteral("1 open complaint"));
}

TEST(ValueRiskPanel, OnTheWorkerItShowsTheLastCustomerAskedFor)
{
    ScoredOffice office;
    gui::StorageWorker worker(office.path(), office.admin().user());
    worker.setPollInterval(0);
    gui::ValueRiskPanel panel(office.admin(), nullptr, &worker);
    const SlowStorage slow(300);
    TickWatch ticks;
    panel.showCustomer(office.ids().front());
    panel.showCustomer(office.ids().back());
    EXPECT_TRUE(panel.loader()->isLoading());
    EXPECT_FALSE(panel.hasScore());
    ASSERT_TRUE(waitFor([&] { return !panel.loader()->isLoading(); }, 5000));
    EXPECT_LT(ticks.longestGap(), 250);
    ASSERT_TRUE(panel.hasScore());
    // The second customer's score, not the first's (both were asked; only the last answer is shown).
    gui::ValueRiskPanel direct(office.admin());
    direct.showCustomer(office.ids().back());
    EXPECT_EQ(panel.riskText(), direct.riskText());
    EXPECT_EQ(panel.stageText(), direct.stageText());
    EXPECT_EQ(panel.reasonsText(), direct.reasonsText());
}

namespace {

// The first scored customer in `stage` (as the report classified them).
qint64 customerInStage(ScoredOffice& office, analytics::LifecycleStage stage)
{
    const analytics::ScoringResult& r = office.report().result;
    for (std::size_t i = 0; i < r.stage.size(); ++i)
        if (r.stage[i] == stage)
            return office.ids()[i];
    return 0;
}

} // namespace

// Issue 15: a card whose status contradicts its data says why and offers the correction; one click applies it as
// an audited card edit, and the card then tells one story.
TEST(ValueRiskPanel, CardOffersAndAppliesTheStatusCorrection)
{
    ScoredOffice office;
    const qint64 id = customerInStage(office, analytics::LifecycleStage::Lost);
    ASSERT_GT(id, 0);
    office.exec(("UPDATE customers SET status = 'current' WHERE id = " + std::to_string(id)).c_str());
    gui::CustomerCardWidget card(office.admin());
    ASSERT_TRUE(card.loadCustomer(id));
    gui::ValueRiskPanel* panel = card.valueRisk();
    EXPECT_TRUE(panel->storyText().contains(QStringLiteral("The status says current customer although the stage is "
                                                           "lost")))
        << panel->storyText().toStdString();
    ASSERT_TRUE(panel->correctButton()->isVisibleTo(panel));
    EXPECT_TRUE(panel->correctButton()->text().contains(gui::Labels::status(QStringLiteral("lost"))));
    EXPECT_TRUE(panel->dismissButton()->isVisibleTo(panel));
    const qint64 audits = office.scalar("SELECT count(*) FROM audit_log");

    panel->correctButton()->click();
    ASSERT_TRUE(waitFor([&] { return !panel->loader()->isLoading(); }, 5000));
    EXPECT_EQ(
        office.scalar(("SELECT count(*) FROM customers WHERE status = 'lost' AND id = " + std::to_string(id)).c_str()),
        1);
    // Audited like any card edit: the status field, current -> lost, by the user.
    EXPECT_EQ(office.scalar(("SELECT count(*) FROM audit_log WHERE customer_id = " + std::to_string(id) +
                             " AND table_name = 'customers' AND field = 'status' AND old_value = 'current' AND "
                             "new_value = 'lost'")
                                .c_str()),
              1);
    EXPECT_GT(office.scalar("SELECT count(*) FROM audit_log"), audits);
    EXPECT_FALSE(panel->correctButton()->isVisibleTo(panel));
    EXPECT_FALSE(panel->storyText().contains(QStringLiteral("The status says")));
}

// Dismissed, the offer is not made again while the card keeps its status; nothing of the card changes.
TEST(ValueRiskPanel, ADismissedCorrectionIsNotOfferedAgain)
{
    ScoredOffice office;
    const qint64 id = customerInStage(office, analytics::LifecycleStage::Stability);
    ASSERT_GT(id, 0);
    office.exec(("UPDATE customers SET status = 'lost' WHERE id = " + std::to_string(id)).c_str());
    gui::CustomerCardWidget card(office.admin());
    ASSERT_TRUE(card.loadCustomer(id));
    gui::ValueRiskPanel* panel = card.valueRisk();
    EXPECT_TRUE(panel->storyText().contains(QStringLiteral("The status says lost although the customer ordered")))
        << panel->storyText().toStdString();
    ASSERT_TRUE(panel->dismissButton()->isVisibleTo(panel));
    panel->dismissButton()->click();
    ASSERT_TRUE(waitFor([&] { return !panel->loader()->isLoading(); }, 5000));
    EXPECT_EQ(office.scalar(("SELECT count(*) FROM audit_log WHERE customer_id = " + std::to_string(id) +
                             " AND action = 'dismiss' AND field = 'status_offer' AND old_value = 'lost' AND "
                             "new_value = 'current'")
                                .c_str()),
              1);
    EXPECT_EQ(
        office.scalar(("SELECT count(*) FROM customers WHERE status = 'lost' AND id = " + std::to_string(id)).c_str()),
        1);
    EXPECT_FALSE(panel->correctButton()->isVisibleTo(panel));
    gui::CustomerCardWidget again(office.admin());
    ASSERT_TRUE(again.loadCustomer(id));
    EXPECT_FALSE(again.valueRisk()->correctButton()->isVisibleTo(again.valueRisk()));
    // The note itself stays: the data still disagrees with the status the rep keeps.
    EXPECT_TRUE(again.valueRisk()->storyText().contains(QStringLiteral("The status says lost")));
}

namespace {

// A lost customer whose card still says "current", given one order of `day` (an SQLite date expression) after the
// office was scored; 0 when the office has no lost customer.
qint64 lostCustomerOrderingOn(ScoredOffice& office, const std::string& day)
{
    const qint64 id = customerInStage(office, analytics::LifecycleStage::Lost);
    if (id <= 0)
        return 0;
    office.exec(("UPDATE customers SET status = 'current' WHERE id = " + std::to_string(id)).c_str());
    office.exec(
        ("INSERT INTO orders (customer_id, order_date, amount) VALUES (" + std::to_string(id) + ", " + day + ", 250)")
            .c_str());
    return id;
}

} // namespace

// An order entered after the scoring makes the scoring's story out of date: the card said "no order for N days"
// and offered to mark a customer who had just ordered as lost. It now says the scoring does not know the order.
TEST(ValueRiskPanel, AnOrderAfterTheScoringSilencesTheStaleStory)
{
    ScoredOffice office;
    const qint64 id = lostCustomerOrderingOn(office, "date('now', 'localtime')");
    ASSERT_GT(id, 0);
    gui::CustomerCardWidget card(office.admin());
    ASSERT_TRUE(card.loadCustomer(id));
    gui::ValueRiskPanel* panel = card.valueRisk();
    EXPECT_FALSE(panel->storyText().contains(QStringLiteral("stage is lost"))) << panel->storyText().toStdString();
    EXPECT_TRUE(panel->storyText().contains(QStringLiteral("does not know this card's latest orders")))
        << panel->storyText().toStdString();
    EXPECT_FALSE(panel->correctButton()->isVisibleTo(panel));
    EXPECT_FALSE(panel->dismissButton()->isVisibleTo(panel));
}

// An order dated ahead (an import may date orders up to a year ahead) is no scoring's to know, today's rescoring
// included: it does not make the story out of date (the card said "out of date" for ever, and pointed to a rescoring
// that could not help).
TEST(ValueRiskPanel, AnOrderDatedAheadLeavesTheStoryAsItIs)
{
    ScoredOffice office;
    const qint64 id = lostCustomerOrderingOn(office, "date('now', 'localtime', '+20 days')");
    ASSERT_GT(id, 0);
    gui::CustomerCardWidget card(office.admin());
    ASSERT_TRUE(card.loadCustomer(id));
    EXPECT_TRUE(card.valueRisk()->storyText().contains(QStringLiteral("stage is lost")))
        << card.valueRisk()->storyText().toStdString();
    EXPECT_FALSE(card.valueRisk()->storyText().contains(QStringLiteral("does not know")));
}
