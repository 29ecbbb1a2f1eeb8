#include "CdnowData.h"

#include "analytics/AbcClassifier.h"
#include "analytics/CustomerSummary.h"
#include "analytics/RfmScorer.h"

#include <gtest/gtest.h>

#include <set>

using namespace carddesk::analytics;
using namespace carddesk::analytics::test;

TEST(AbcClassifier, CdnowAllHistory)
{
    const CdnowOrders orders = loadCdnowOrders();
    const CustomerSummary s = CustomerSummary::build(orders.columns(), orders.customers, {holdoutEnd(), 182, {}});
    ASSERT_TRUE(s.ok);
    const AbcResult abc = AbcClassifier::classify(s.windowRevenue, s.hasOrders);
    EXPECT_NEAR(abc.totalRevenue, 244091.94, 0.005);
    EXPECT_EQ(abc.countA, 777u);
    EXPECT_EQ(abc.countB, 801u);
    EXPECT_EQ(abc.countC, 779u);
    EXPECT_NEAR(AbcClassifier::revenueShareOfTop(abc, 0.20), 0.674, 0.0005);
    ASSERT_EQ(abc.pareto.size(), 101u);
    EXPECT_EQ(abc.pareto.front().revenueShare, 0.0);
    EXPECT_NEAR(abc.pareto.back().revenueShare, 1.0, 1e-12);
}

TEST(AbcClassifier, TiesByIdAndShareBeforeAdding)
{
    // Total 100: the first customer starts at share 0 -> A even though it alone brings 85%.
    const std::vector<double> revenue{10, 85, 5, 0};
    const std::vector<std::uint8_t> include{1, 1, 1, 1};
    const AbcResult r = AbcClassifier::classify(revenue, include);
    EXPECT_EQ(r.classes[1], AbcClass::A);
    EXPECT_EQ(r.classes[0], AbcClass::B); // share before = 0.85
    EXPECT_EQ(r.classes[2], AbcClass::C); // share before = 0.95
    EXPECT_EQ(r.classes[3], AbcClass::C);
    // Equal revenue: the lower index comes first.
    const std::vector<double> equal{50, 50};
    const AbcResult e = AbcClassifier::classify(equal, {});
    EXPECT_EQ(e.classes[0], AbcClass::A);
    EXPECT_EQ(e.classes[1], AbcClass::A); // share before 0.5 < 0.8
}

TEST(RfmScorer, SegmentMapCoversAllCells)
{
    const char* expected[5][5] = {
        // F:  1                2                  3                     4              5       (R = 1)
        {"Hibernating", "Hibernating", "At Risk", "At Risk", "Can't Lose Them"},
        {"Hibernating", "Hibernating", "At Risk", "At Risk", "Can't Lose Them"},
        {"About to Sleep", "About to Sleep", "Need Attention", "Loyal", "Loyal"},
        {"Promising", "Potential Loyalist", "Potential Loyalist", "Loyal", "Loyal"},
        {"New", "Potential Loyalist", "Potential Loyalist", "Champions", "Champions"},
    };
    std::set<std::string_view> names;
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f) {
            const RfmSegment s = RfmScorer::segmentFor(r, f);
            EXPECT_NE(s, RfmSegment::None);
            EXPECT_EQ(rfmSegmentName(s), expected[r - 1][f - 1]) << "R" << r << " F" << f;
            names.insert(rfmSegmentName(s));
        }
    }
    EXPECT_EQ(names.size(), 10u);
}

TEST(RfmScorer, TiesSpreadOverQuintilesDeterministically)
{
    // Ten customers with identical history: ranks by index give two per score, lower index lower.
    const std::vector<std::int32_t> recency(10, 30), frequency(10, 1);
    const std::vector<double> monetary(10, 20.0);
    const RfmResult r = RfmScorer::score(recency, frequency, monetary, {});
    for (int i = 0; i < 10; ++i) {
        EXPECT_EQ(r.r[i], 1 + i / 2);
        EXPECT_EQ(r.f[i], 1 + i / 2);
        EXPECT_EQ(r.m[i], 1 + i / 2);
    }
    EXPECT_EQ(RfmScorer::codeString(r.code[9]), "555");
    EXPECT_EQ(r.segment[9], RfmSegment::Champions);
    const RfmResult again = RfmScorer::score(recency, frequency, monetary, {});
    EXPECT_EQ(again.code, r.code);
}

TEST(RfmScorer, RecencyLowerIsBetterAndExcludedRowsUnscored)
{
    const std::vector<std::int32_t> recency{400, 5, 100, 50, 200, 0};
    const std::vector<std::int32_t> frequency{1, 9, 3, 4, 2, 0};
    const std::vector<double> monetary{10, 900, 30, 40, 20, 0};
    const std::vector<std::uint8_t> include{1, 1, 1, 1, 1, 0};
    const RfmResult r = RfmScorer::score(recency, frequency, monetary, include);
    EXPECT_EQ(r.r[1], 5);
    EXPECT_EQ(r.r[0], 1);
    EXPECT_EQ(r.f[1], 5);
    EXPECT_EQ(r.m[0], 1);
    EXPECT_EQ(r.segment[1], RfmSegment::Champions);
    EXPECT_EQ(r.segment[0], RfmSegment::Hibernating);
    EXPECT_EQ(r.r[5], 0);
    EXPECT_EQ(r.segment[5], RfmSegment::None);
    EXPECT_EQ(RfmScorer::codeString(r.code[5]), "");
}
