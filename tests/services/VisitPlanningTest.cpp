#include "StorageFixture.h"

#include "services/ReviewPeriod.h"
#include "services/VisitPlanning.h"
#include "services/WeeklyReview.h"
#include "storage/repositories/InteractionRepository.h"
#include "storage/repositories/VisitRepository.h"

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;
using services::VisitOutcome;
using services::VisitPlanning;

class VisitPlanningTest : public StorageFixture
{
protected:
    QDate m_today = QDate::currentDate();
};

TEST_F(VisitPlanningTest, PlanCompleteLogsAVisitInteractionInOneStep)
{
    const auto customer = createCustomer(*m_rep1aSession);
    VisitPlanning visits(*m_rep1aSession, m_today);
    auto planned = visits.plan(customer.id, m_today, QStringLiteral("催款"));
    ASSERT_TRUE(planned) << planned.error().toString().toStdString();
    EXPECT_EQ(planned->status, QStringLiteral("planned"));
    EXPECT_EQ(planned->userId, m_rep1a.id);

    VisitOutcome outcome{QStringLiteral("答应月底付款"), QStringLiteral("月底电话确认"), m_today.addDays(7)};
    auto done = visits.complete(planned->id, outcome);
    ASSERT_TRUE(done) << done.error().toString().toStdString();
    EXPECT_EQ(done->status, QStringLiteral("done"));
    EXPECT_EQ(done->result, QStringLiteral("答应月底付款"));

    auto interactions = must(InteractionRepository(*m_rep1aSession).listForCustomer(customer.id), "interactions");
    ASSERT_EQ(interactions.size(), 1u);
    EXPECT_EQ(interactions[0].channel, QStringLiteral("visit"));
    EXPECT_EQ(interactions[0].summary, QStringLiteral("答应月底付款\n→ 月底电话确认"));
    EXPECT_EQ(interactions[0].nextFollowUp, m_today.addDays(7));
    EXPECT_EQ(interactions[0].userId, m_rep1a.id);
    // Audited: the visit's status change and the interaction.
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'visits' AND field = 'status' AND "
                     "new_value = 'done'"),
              1);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'interactions' AND field = 'channel' AND "
                     "new_value = 'visit'"),
              1);

    // Done is final.
    auto again = visits.complete(planned->id, outcome);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::InvalidArgument);
    auto cancelDone = visits.cancel(planned->id, QStringLiteral("客户出差"));
    ASSERT_FALSE(cancelDone);
    EXPECT_EQ(cancelDone.error().code, ErrorCode::InvalidArgument);
}

TEST_F(VisitPlanningTest, BadInputIsRefusedAndNothingIsWritten)
{
    const auto customer = createCustomer(*m_rep1aSession);
    const auto colleagues = createCustomer(*m_rep1bSession);
    VisitPlanning visits(*m_rep1aSession, m_today);
    auto past = visits.plan(customer.id, m_today.addDays(-1));
    ASSERT_FALSE(past);
    EXPECT_EQ(past.error().field, QStringLiteral("planned_date"));
    auto notMine = visits.plan(colleagues.id, m_today);
    ASSERT_FALSE(notMine);
    EXPECT_EQ(notMine.error().code, ErrorCode::NotFound);
    EXPECT_EQ(scalar("SELECT count(*) FROM visits"), 0);

    auto planned = must(visits.plan(customer.id, m_today.addDays(2)), "plan");
    EXPECT_FALSE(visits.cancel(planned.id, QStringLiteral("  ")));
    EXPECT_FALSE(visits.complete(planned.id, VisitOutcome{QStringLiteral(" "), {}, {}}));
    EXPECT_FALSE(visits.complete(planned.id, VisitOutcome{QStringLiteral("ok"), {}, m_today.addDays(-1)}));
    EXPECT_FALSE(VisitPlanning(*m_rep1bSession, m_today).cancel(planned.id, QStringLiteral("不是我的")));
    EXPECT_EQ(scalar("SELECT count(*) FROM interactions"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM visits WHERE status = 'planned'"), 1);

    auto cancelled = visits.cancel(planned.id, QStringLiteral("客户出差"));
    ASSERT_TRUE(cancelled);
    EXPECT_EQ(cancelled->status, QStringLiteral("cancelled"));
    EXPECT_EQ(cancelled->result, QStringLiteral("客户出差"));
    auto completeCancelled = visits.complete(planned.id, VisitOutcome{QStringLiteral("ok"), {}, {}});
    ASSERT_FALSE(completeCancelled);
    EXPECT_TRUE(completeCancelled.error().message.contains(QStringLiteral("cancelled")));
    EXPECT_EQ(completeCancelled.error().field, QStringLiteral("visit_status"));
    EXPECT_EQ(scalar("SELECT count(*) FROM interactions"), 0);
}

TEST_F(VisitPlanningTest, SeveralCustomersArePlannedAllOrNone)
{
    const auto first = createCustomer(*m_rep1aSession);
    const auto second = createCustomer(*m_rep1aSession);
    const auto colleagues = createCustomer(*m_rep1bSession);
    VisitPlanning visits(*m_rep1aSession, m_today);
    // One customer out of scope: nothing is planned, not even the two allowed ones before it.
    auto refused = visits.planMany({first.id, second.id, colleagues.id}, m_today.addDays(1), QStringLiteral("巡访"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::NotFound);
    EXPECT_EQ(scalar("SELECT count(*) FROM visits"), 0);
    auto past = visits.planMany({first.id, second.id}, m_today.addDays(-1));
    ASSERT_FALSE(past);
    EXPECT_EQ(past.error().field, QStringLiteral("planned_date"));
    EXPECT_FALSE(visits.planMany({}, m_today));
    EXPECT_EQ(scalar("SELECT count(*) FROM visits"), 0);

    auto planned = must(visits.planMany({first.id, second.id}, m_today.addDays(1), QStringLiteral("巡访")), "plan");
    ASSERT_EQ(planned.size(), 2u);
    EXPECT_EQ(scalar("SELECT count(*) FROM visits WHERE status = 'planned' AND purpose = '巡访'"), 2);
    // A manager plans for a rep of the area, not for one of another area.
    auto forRep =
        must(VisitPlanning(*m_manager1Session, m_today).planMany({colleagues.id}, m_today, {}, m_rep1b.id), "plan");
    EXPECT_EQ(forRep.front().userId, m_rep1b.id);
    EXPECT_FALSE(VisitPlanning(*m_manager2Session, m_today).planMany({colleagues.id}, m_today, {}, m_rep1b.id));
}

TEST_F(VisitPlanningTest, OverdueVisitsStayListedUntilDoneOrCancelled)
{
    const auto customer = createCustomer(*m_rep1aSession);
    storage::VisitRepository repository(*m_rep1aSession);
    core::Visit old; // planned earlier for last week and never reported: storage takes it, the service would not
    old.customerId = customer.id;
    old.plannedDate = m_today.addDays(-8);
    const qint64 late = must(repository.plan(old), "plan").id;
    old.plannedDate = m_today.addDays(-3);
    const qint64 cancelledLate = must(repository.plan(old), "plan").id;
    must(VisitPlanning(*m_rep1aSession, m_today).plan(customer.id, m_today), "plan");
    must(VisitPlanning(*m_rep1aSession, m_today).cancel(cancelledLate, QStringLiteral("改期")), "cancel");

    auto overdue = must(VisitPlanning(*m_rep1aSession, m_today).overdue(m_today), "overdue");
    ASSERT_EQ(overdue.size(), 1u);
    EXPECT_EQ(overdue[0].visit.id, late);
    EXPECT_EQ(overdue[0].customerName, customer.name);
    EXPECT_EQ(must(VisitPlanning(*m_manager1Session, m_today).overdue(m_today, m_rep1a.id), "overdue").size(), 1u);
    EXPECT_TRUE(must(VisitPlanning(*m_rep1bSession, m_today).overdue(m_today), "overdue").empty());
    must(VisitPlanning(*m_rep1aSession, m_today).complete(late, VisitOutcome{QStringLiteral("补访完成"), {}, {}}),
         "complete");
    EXPECT_TRUE(must(VisitPlanning(*m_rep1aSession, m_today).overdue(m_today), "overdue").empty());
}

TEST_F(VisitPlanningTest, ListIsTheSessionsScopeInDateOrder)
{
    const auto mine = createCustomer(*m_rep1aSession);
    const auto colleagues = createCustomer(*m_rep1bSession);
    must(VisitPlanning(*m_rep1aSession, m_today).plan(mine.id, m_today.addDays(3)), "plan");
    must(VisitPlanning(*m_rep1aSession, m_today).plan(mine.id, m_today), "plan");
    must(VisitPlanning(*m_rep1bSession, m_today).plan(colleagues.id, m_today.addDays(1)), "plan");
    must(VisitPlanning(*m_rep1aSession, m_today).plan(mine.id, m_today.addDays(30)), "plan");

    auto rep = must(VisitPlanning(*m_rep1aSession, m_today).list(m_today, m_today.addDays(7)), "list");
    ASSERT_EQ(rep.size(), 2u);
    EXPECT_EQ(rep[0].visit.plannedDate, m_today);
    EXPECT_EQ(rep[1].visit.plannedDate, m_today.addDays(3));
    EXPECT_EQ(rep[0].customerCode, mine.code);
    auto manager = must(VisitPlanning(*m_manager1Session, m_today).list(m_today, m_today.addDays(7)), "list");
    EXPECT_EQ(manager.size(), 3u);
    auto onlyRep1b =
        must(VisitPlanning(*m_manager1Session, m_today).list(m_today, m_today.addDays(7), m_rep1b.id), "list");
    ASSERT_EQ(onlyRep1b.size(), 1u);
    EXPECT_EQ(onlyRep1b[0].visit.customerId, colleagues.id);
    EXPECT_TRUE(VisitPlanning(*m_rep2Session, m_today).list(m_today, m_today.addDays(7))->empty());
}

TEST_F(VisitPlanningTest, ACompletedVisitCountsInTheManagersWeek)
{
    const auto customer = createCustomer(*m_rep1aSession);
    VisitPlanning visits(*m_rep1aSession, m_today);
    auto planned = must(visits.plan(customer.id, m_today), "plan");
    services::WeeklyReview review(*m_manager1Session);
    const services::ReviewPeriod week =
        services::ReviewPeriod::containing(services::ReviewPeriod::Kind::Week, m_today, review.firstDayOfWeek());
    auto figuresOf = [&](qint64 repId) -> storage::RepWeekFigures {
        auto report = must(review.build(week, QString(), false), "build the week");
        for (const auto& row : report.rows)
            if (row.figures.rep.id == repId)
                return row.figures;
        ADD_FAILURE() << "no row for the rep";
        return {};
    };
    const qint64 doneBefore = figuresOf(m_rep1a.id).visitsDone;
    must(visits.complete(planned.id, VisitOutcome{QStringLiteral("签了意向书"), {}, {}}), "complete");
    const auto after = figuresOf(m_rep1a.id);
    EXPECT_EQ(after.visitsDone, doneBefore + 1);
    EXPECT_EQ(after.interactionsByChannel.at(QStringLiteral("visit")), 1);
}

} // namespace
} // namespace carddesk::storage::test
