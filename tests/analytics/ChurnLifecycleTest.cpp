#include "analytics/ChurnAssessor.h"
#include "analytics/LifecycleClassifier.h"
#include "analytics/WinBackAdvisor.h"

#include <gtest/gtest.h>

using namespace carddesk::analytics;

namespace {

ChurnInput regular()
{
    ChurnInput in;
    in.hasOrders = true;
    in.x = 5;
    in.modelOk = true;
    in.pAlive = 0.9;
    in.recencyDays = 20;
    in.meanIntervalDays = 30;
    in.recentSpend = 500;
    in.previousSpend = 500;
    return in;
}

// A customer 400 days in, buying every 30 days with steady spend.
LifecycleInput steady()
{
    LifecycleInput in;
    in.hasOrders = true;
    in.asOfDay = 1000;
    in.firstDay = 600;
    in.lastDay = 990;
    in.x = 12;
    in.recencyDays = 10;
    in.meanIntervalDays = 30;
    in.recentSpend = 600;
    in.previousSpend = 580;
    in.modelOk = true;
    in.pAlive = 0.95;
    in.churnLevel = ChurnLevel::Low;
    return in;
}

std::string_view ruleOf(const LifecycleInput& in, const LifecycleSettings& s = {})
{
    return lifecycleRuleId(LifecycleClassifier::classify(in, s).rule);
}

} // namespace

TEST(ChurnAssessor, LevelsFromPAliveAndOneTimeBuyers)
{
    const ChurnSettings s;
    ChurnInput in = regular();
    EXPECT_EQ(ChurnAssessor::level(in, s), ChurnLevel::Low);
    in.pAlive = 0.6; // risk 0.4
    EXPECT_EQ(ChurnAssessor::level(in, s), ChurnLevel::Medium);
    in.pAlive = 0.3;
    EXPECT_EQ(ChurnAssessor::level(in, s), ChurnLevel::High);
    ChurnInput once = regular();
    once.x = 0;
    once.pAlive = 1.0;
    once.recencyDays = 100;
    EXPECT_EQ(ChurnAssessor::level(once, s), ChurnLevel::Low);
    once.recencyDays = 200;
    EXPECT_EQ(ChurnAssessor::level(once, s), ChurnLevel::Medium);
    once.recencyDays = 400;
    EXPECT_EQ(ChurnAssessor::level(once, s), ChurnLevel::High);
    ChurnInput complaints = regular();
    complaints.openComplaints = 2;
    EXPECT_EQ(ChurnAssessor::level(complaints, s), ChurnLevel::Medium);
    EXPECT_EQ(ChurnAssessor::level(ChurnInput{}, s), ChurnLevel::None);
}

TEST(ChurnAssessor, ReasonsCarryNumbersAndRenderInEnglish)
{
    ChurnInput in = regular();
    std::vector<ChurnReason> none;
    ChurnAssessor::reasons(in, {}, none);
    EXPECT_TRUE(none.empty());

    in.recencyDays = 142;
    in.pAlive = 0.35;
    in.recentSpend = 100;
    in.previousSpend = 400;
    in.openComplaints = 1;
    in.overdueAmount = 1234.5;
    std::vector<ChurnReason> r;
    ChurnAssessor::reasons(in, {}, r);
    ASSERT_EQ(r.size(), 5u);
    EXPECT_EQ(r[0].code, ChurnReasonCode::NoOrderForDays);
    EXPECT_EQ(r[0].days, 142);
    EXPECT_EQ(r[0].usualIntervalDays, 30);
    EXPECT_EQ(ChurnAssessor::describe(r[0]), "no order for 142 days, usually every 30");
    EXPECT_EQ(r[1].code, ChurnReasonCode::LowActiveProbability);
    EXPECT_EQ(ChurnAssessor::describe(r[1]), "only a 35% chance the customer is still buying");
    EXPECT_EQ(r[2].code, ChurnReasonCode::SpendDown);
    EXPECT_DOUBLE_EQ(r[2].percent, 75.0);
    EXPECT_EQ(ChurnAssessor::describe(r[2]), "spend down 75% (last 182 days against the 182 before)");
    EXPECT_EQ(ChurnAssessor::describe(r[3]), "1 open complaint");
    EXPECT_EQ(ChurnAssessor::describe(r[4]), "1234.50 overdue");
    EXPECT_EQ(churnReasonId(r[4].code), "overdue_receivables");

    ChurnInput once = regular();
    once.x = 0;
    once.recencyDays = 200;
    std::vector<ChurnReason> o;
    ChurnAssessor::reasons(once, {}, o);
    ASSERT_EQ(o.size(), 1u);
    EXPECT_EQ(ChurnAssessor::describe(o[0]), "no order for 200 days, only one purchase so far");
}

TEST(LifecycleClassifier, EveryRuleFires)
{
    LifecycleInput in;
    EXPECT_EQ(ruleOf(in), "potential.no_orders");

    EXPECT_EQ(ruleOf(steady()), "stability.steady");
    EXPECT_EQ(LifecycleClassifier::classify(steady(), {}).stage, LifecycleStage::Stability);

    in = steady();
    in.manualStage = LifecycleStage::Decline;
    in.manualStageDay = 995;
    in.manualChurnLevel = ChurnLevel::Low;
    EXPECT_EQ(ruleOf(in), "manual.kept");
    EXPECT_EQ(LifecycleClassifier::classify(in, {}).stage, LifecycleStage::Decline);
    in.manualStageDay = 980; // an order (day 990) after the manual date: the data moved
    EXPECT_EQ(ruleOf(in), "stability.steady");
    in.manualStageDay = 995;
    in.churnLevel = ChurnLevel::Medium; // risk changed
    EXPECT_EQ(ruleOf(in), "stability.steady");

    in = steady();
    in.pAlive = 0.1;
    EXPECT_EQ(ruleOf(in), "lost.p_alive");
    in = steady();
    in.recencyDays = 400;
    in.lastDay = 600;
    EXPECT_EQ(ruleOf(in), "lost.no_order");

    in = steady();
    in.previousStage = LifecycleStage::Lost;
    in.previousStageDay = 950;
    EXPECT_EQ(ruleOf(in), "wonback.returned");
    in.previousStage = LifecycleStage::WonBack;
    in.previousStageDay = 960;
    EXPECT_EQ(ruleOf(in), "wonback.recent");
    in.previousStageDay = 800; // won back long ago: normal rules again
    EXPECT_EQ(ruleOf(in), "stability.steady");

    in = steady();
    in.pAlive = 0.4;
    EXPECT_EQ(ruleOf(in), "decline.p_alive");
    in = steady();
    in.modelOk = false;
    in.recencyDays = 70; // > 2 x 30
    EXPECT_EQ(ruleOf(in), "decline.gap");
    in = steady();
    in.x = 0;
    in.recencyDays = 200;
    in.firstDay = in.lastDay = 800;
    EXPECT_EQ(ruleOf(in), "decline.gap");
    in = steady();
    in.recentSpend = 300; // -48%
    EXPECT_EQ(ruleOf(in), "decline.spend_down");

    in = steady();
    in.firstDay = 950;
    EXPECT_EQ(ruleOf(in), "exploration.new");
    in = steady();
    in.x = 1;
    in.meanIntervalDays = 200;
    EXPECT_EQ(ruleOf(in), "exploration.few_repeats");

    in = steady();
    in.recentSpend = 800; // +38%
    EXPECT_EQ(ruleOf(in), "formation.growing");
    in = steady();
    in.x = 3; // fewer repeats than stability needs
    in.meanIntervalDays = 130;
    EXPECT_EQ(ruleOf(in), "formation.building");
}

TEST(LifecycleClassifier, SentencesAndNames)
{
    LifecycleInput in = steady();
    in.modelOk = false;
    in.recencyDays = 95;
    const LifecycleDecision d = LifecycleClassifier::classify(in, {});
    EXPECT_EQ(lifecycleStageName(d.stage), "decline");
    EXPECT_EQ(LifecycleClassifier::describe(d, in, {}), "no order for 95 days, more than 2x the usual 30");
    EXPECT_EQ(lifecycleStageName(LifecycleStage::WonBack), "won back");
    for (int r = 0; r <= static_cast<int>(LifecycleRule::FormationBuilding); ++r) {
        EXPECT_FALSE(lifecycleRuleId(static_cast<LifecycleRule>(r)).empty());
        EXPECT_FALSE(
            LifecycleClassifier::describe({LifecycleStage::Formation, static_cast<LifecycleRule>(r)}, in, {}).empty());
    }
}

TEST(WinBackAdvisor, ByValuePercentile)
{
    const WinBackSettings s;
    EXPECT_EQ(WinBackAdvisor::adviceFor(LifecycleStage::Decline, 0.9, s), WinBackAdvice::FightFor);
    EXPECT_EQ(WinBackAdvisor::adviceFor(LifecycleStage::Lost, 0.5, s), WinBackAdvice::CaseByCase);
    EXPECT_EQ(WinBackAdvisor::adviceFor(LifecycleStage::Lost, 0.1, s), WinBackAdvice::LetGo);
    EXPECT_EQ(WinBackAdvisor::adviceFor(LifecycleStage::Stability, 0.9, s), WinBackAdvice::None);
    const std::vector<double> value{10, 40, 20, 40, 0};
    const std::vector<std::uint8_t> include{1, 1, 1, 1, 0};
    const std::vector<double> p = WinBackAdvisor::percentiles(value, include);
    EXPECT_DOUBLE_EQ(p[0], 0.0);
    EXPECT_DOUBLE_EQ(p[2], 0.25);
    EXPECT_DOUBLE_EQ(p[1], 0.5); // ties share a percentile
    EXPECT_DOUBLE_EQ(p[3], 0.5);
    EXPECT_EQ(winBackAdviceName(WinBackAdvice::FightFor), "fight for");
}
