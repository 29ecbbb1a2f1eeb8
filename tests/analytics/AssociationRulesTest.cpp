#include "analytics/AssociationRules.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>

using namespace carddesk::analytics;

namespace {

Baskets make(std::uint32_t items, const std::vector<std::vector<std::uint32_t>>& rows)
{
    Baskets b(items);
    for (auto row : rows) {
        std::sort(row.begin(), row.end());
        b.add(row);
    }
    return b;
}

const AssociationRule* find(const AssociationResult& r, std::uint32_t a, std::uint32_t c)
{
    for (const AssociationRule& rule : r.rules) {
        if (rule.antecedent == a && rule.consequent == c)
            return &rule;
    }
    return nullptr;
}

// Han, Kamber & Pei, Data Mining: Concepts and Techniques, 3rd ed. (2012), Table 6.1: the AllElectronics
// transactions T100..T900 over I1..I5 (item k here is Ik - 1).
Baskets allElectronics()
{
    return make(5, {{0, 1, 4}, {1, 3}, {1, 2}, {0, 1, 3}, {0, 2}, {1, 2}, {0, 2}, {0, 1, 2, 4}, {0, 1, 2}});
}

} // namespace

// A small example worked by hand: 5 customers over products A=0, B=1, C=2, D=3.
//   {A,B} {A,B,C} {A,C} {B,D} {A,B,D}: A 4, B 4, C 2, D 2; AB 3, AC 2, BD 2, BC 1, AD 1, CD 0.
// With support >= 0.4 (2 baskets) and confidence >= 0.6:
//   A→B 3/4 = 0.75, lift 0.75 / 0.8 = 0.9375;  B→A the same;  C→A 2/2 = 1, lift 1 / 0.8 = 1.25;
//   D→B 2/2 = 1, lift 1.25;  A→C 2/4 = 0.5 and B→D 0.5 fall below the confidence.
TEST(AssociationMiner, HandWorkedExample)
{
    const Baskets b = make(4, {{0, 1}, {0, 1, 2}, {0, 2}, {1, 3}, {0, 1, 3}});
    const AssociationResult r = AssociationMiner::mine(b, {0.4, 0.6});
    EXPECT_EQ(r.baskets, 5u);
    EXPECT_EQ(r.minCount, 2u);
    EXPECT_EQ(r.itemBaskets, (std::vector<std::uint32_t>{4, 4, 2, 2}));
    EXPECT_EQ(r.countedPairs, 3u); // AB, AC, BD
    ASSERT_EQ(r.rules.size(), 4u);
    // Best first: the two lift-1.25 rules (C→A before D→B by antecedent), then A→B, B→A.
    EXPECT_EQ(r.rules[0].antecedent, 2u);
    EXPECT_EQ(r.rules[0].consequent, 0u);
    EXPECT_DOUBLE_EQ(r.rules[0].support, 0.4);
    EXPECT_DOUBLE_EQ(r.rules[0].confidence, 1.0);
    EXPECT_DOUBLE_EQ(r.rules[0].lift, 1.25);
    EXPECT_EQ(r.rules[1].antecedent, 3u);
    EXPECT_EQ(r.rules[1].consequent, 1u);
    const AssociationRule* ab = find(r, 0, 1);
    ASSERT_NE(ab, nullptr);
    EXPECT_EQ(ab->bothCount, 3u);
    EXPECT_DOUBLE_EQ(ab->support, 0.6);
    EXPECT_DOUBLE_EQ(ab->confidence, 0.75);
    EXPECT_DOUBLE_EQ(ab->lift, 0.9375);
    EXPECT_EQ(find(r, 0, 2), nullptr); // confidence 0.5
    EXPECT_EQ(find(r, 1, 2), nullptr); // support 0.2

    // Suggestions need lift > 1: a customer with only C is offered A; one with only A is offered nothing (A→B has
    // lift below 1, A→C too little confidence).
    const std::vector<std::uint32_t> onlyC{2};
    const auto forC = AssociationMiner::suggest(r, onlyC);
    ASSERT_EQ(forC.size(), 1u);
    EXPECT_EQ(forC[0].item, 0u);
    EXPECT_EQ(r.rules[forC[0].rule].antecedent, 2u);
    EXPECT_TRUE(AssociationMiner::suggest(r, std::vector<std::uint32_t>{0}).empty());
    // Holding C and D: A (from C) and B (from D), each once, best rule first.
    const auto forCD = AssociationMiner::suggest(r, std::vector<std::uint32_t>{2, 3});
    ASSERT_EQ(forCD.size(), 2u);
    EXPECT_EQ(forCD[0].item, 0u);
    EXPECT_EQ(forCD[1].item, 1u);
    EXPECT_EQ(AssociationMiner::suggest(r, std::vector<std::uint32_t>{2, 3}, 1).size(), 1u);
    // Nothing is offered that the customer holds already.
    EXPECT_TRUE(AssociationMiner::suggest(r, std::vector<std::uint32_t>{0, 1, 2, 3}).empty());

    // Who to offer A: only C→A points at A (lift > 1), so the baskets holding C and not A: 0 and 1, not 3 ({A,C}).
    const Baskets others = make(4, {{2}, {2, 3}, {3}, {0, 2}, {1}});
    const std::vector<std::size_t> all{0, 1, 2, 3, 4};
    const auto t = AssociationMiner::targets(r, others, 0, all);
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[0].basket, 0u);
    EXPECT_EQ(t[1].basket, 1u);
    // Only the candidates given (the caller's scope) are looked at.
    const std::vector<std::size_t> scoped{1, 2};
    const auto ts = AssociationMiner::targets(r, others, 0, scoped);
    ASSERT_EQ(ts.size(), 1u);
    EXPECT_EQ(ts[0].basket, 1u);
}

// Han, Kamber & Pei (2012), §6.2.1, Figure 6.2: with a minimum support count of 2 the frequent 1-itemsets are
// I1:6 I2:7 I3:6 I4:2 I5:2 and the frequent 2-itemsets {I1,I2}:4 {I1,I3}:4 {I1,I5}:2 {I2,I3}:4 {I2,I4}:2
// {I2,I5}:2. At the 70% minimum confidence of their Example 6.4, the pairwise rules these counts give are I4⇒I2,
// I5⇒I1 and I5⇒I2 (100% each; every other pair stays below 70%).
TEST(AssociationMiner, HanAllElectronicsExample)
{
    const Baskets b = allElectronics();
    const AssociationResult all = AssociationMiner::mine(b, {2.0 / 9.0, 0.0});
    EXPECT_EQ(all.minCount, 2u);
    EXPECT_EQ(all.itemBaskets, (std::vector<std::uint32_t>{6, 7, 6, 2, 2}));
    EXPECT_EQ(all.frequentItems, 5u);
    EXPECT_EQ(all.countedPairs, 6u);
    const std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> l2{{{0, 1}, 4}, {{0, 2}, 4}, {{0, 4}, 2},
                                                                              {{1, 2}, 4}, {{1, 3}, 2}, {{1, 4}, 2}};
    for (const auto& [pair, count] : l2) {
        const AssociationRule* rule = find(all, pair.first, pair.second);
        ASSERT_NE(rule, nullptr) << pair.first << "," << pair.second;
        EXPECT_EQ(rule->bothCount, count);
        EXPECT_NE(find(all, pair.second, pair.first), nullptr);
    }
    EXPECT_EQ(all.rules.size(), 12u);
    // I1⇒I5: confidence 2/6, lift (2/6) / (2/9) = 1.5.
    const AssociationRule* i1i5 = find(all, 0, 4);
    EXPECT_NEAR(i1i5->confidence, 1.0 / 3.0, 1e-12);
    EXPECT_NEAR(i1i5->lift, 1.5, 1e-12);
    EXPECT_NEAR(i1i5->support, 2.0 / 9.0, 1e-12);

    const AssociationResult strong = AssociationMiner::mine(b, {2.0 / 9.0, 0.7});
    std::set<std::pair<std::uint32_t, std::uint32_t>> kept;
    for (const AssociationRule& rule : strong.rules)
        kept.insert({rule.antecedent, rule.consequent});
    EXPECT_EQ(kept, (std::set<std::pair<std::uint32_t, std::uint32_t>>{{3, 1}, {4, 0}, {4, 1}}));
}

// Han, Kamber & Pei (2012), §6.3, Examples 6.7 and 6.8: of 10,000 transactions 6,000 hold computer games, 7,500 videos,
// 4,000 both. games ⇒ videos has support 40% and confidence 66% but lift 0.40 / (0.60 × 0.75) = 0.89: buying
// games makes videos less likely, so the strong rule is misleading — and nothing is suggested from it.
TEST(AssociationMiner, HanGamesAndVideosLiftBelowOne)
{
    Baskets b(2);
    const std::uint32_t both[] = {0, 1};
    const std::uint32_t games[] = {0};
    const std::uint32_t videos[] = {1};
    for (int i = 0; i < 4000; ++i)
        b.add(both);
    for (int i = 0; i < 2000; ++i)
        b.add(games);
    for (int i = 0; i < 3500; ++i)
        b.add(videos);
    for (int i = 0; i < 500; ++i)
        b.add({}); // a transaction with neither: not a customer's basket, so not counted
    const AssociationResult r = AssociationMiner::mine(b, {0.3, 0.6});
    EXPECT_EQ(r.baskets, 9500u);
    // Counted over the 10,000 of the book by adding the 500 empty baskets back: the shares are of non-empty baskets.
    const AssociationRule* gv = find(r, 0, 1);
    ASSERT_NE(gv, nullptr);
    EXPECT_EQ(gv->bothCount, 4000u);
    EXPECT_NEAR(gv->confidence, 4000.0 / 6000.0, 1e-12);
    // Over 9,500 baskets: lift = (4000/6000) / (7500/9500) = 0.844; the book's 0.89 is over 10,000 transactions.
    EXPECT_NEAR(gv->lift, (4000.0 / 6000.0) / (7500.0 / 9500.0), 1e-12);
    EXPECT_LT(gv->lift, 1.0);
    EXPECT_TRUE(AssociationMiner::suggest(r, games).empty());
}

TEST(AssociationMiner, HanGamesAndVideosBookFigures)
{
    // The book's own denominators: 10,000 baskets, the 500 with neither holding a third product.
    Baskets b(3);
    const std::uint32_t both[] = {0, 1};
    const std::uint32_t games[] = {0};
    const std::uint32_t videos[] = {1};
    const std::uint32_t other[] = {2};
    for (int i = 0; i < 4000; ++i)
        b.add(both);
    for (int i = 0; i < 2000; ++i)
        b.add(games);
    for (int i = 0; i < 3500; ++i)
        b.add(videos);
    for (int i = 0; i < 500; ++i)
        b.add(other);
    const AssociationResult r = AssociationMiner::mine(b, {0.3, 0.6});
    const AssociationRule* gv = find(r, 0, 1);
    ASSERT_NE(gv, nullptr);
    EXPECT_DOUBLE_EQ(gv->support, 0.40);
    EXPECT_NEAR(gv->confidence, 0.6667, 5e-5);
    EXPECT_NEAR(gv->lift, 0.89, 5e-3);
}

// Bad input is a caller's bug, refused loudly rather than counted wrong.
TEST(Baskets, RefusesUnsortedRepeatedOrOutOfRangeItems)
{
    Baskets b(3);
    const std::uint32_t unsorted[] = {2, 1};
    const std::uint32_t repeated[] = {1, 1};
    const std::uint32_t outside[] = {3};
    EXPECT_THROW(b.add(unsorted), std::invalid_argument);
    EXPECT_THROW(b.add(repeated), std::invalid_argument);
    EXPECT_THROW(b.add(outside), std::invalid_argument);
    EXPECT_EQ(b.size(), 0u);
}

TEST(Baskets, FromPairsGroupsSortsAndDropsRepeats)
{
    const Baskets b = Baskets::fromPairs(
        3, 5, {Baskets::key(2, 4), Baskets::key(0, 3), Baskets::key(2, 1), Baskets::key(0, 3), Baskets::key(0, 0)});
    ASSERT_EQ(b.size(), 3u);
    EXPECT_EQ(std::vector<std::uint32_t>(b.basket(0).begin(), b.basket(0).end()), (std::vector<std::uint32_t>{0, 3}));
    EXPECT_TRUE(b.basket(1).empty());
    EXPECT_EQ(std::vector<std::uint32_t>(b.basket(2).begin(), b.basket(2).end()), (std::vector<std::uint32_t>{1, 4}));
    EXPECT_TRUE(b.contains(2, 4));
    EXPECT_FALSE(b.contains(2, 3));
}

// A catalogue large enough that the pair counts do not fit one block (6,000 frequent items: 18 M cells over the
// 16 M of a block): the counts must equal a brute-force count of every basket's pairs.
TEST(AssociationMiner, BlockedCountingEqualsBruteForce)
{
    constexpr std::uint32_t kItems = 6000;
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::uint32_t> item(0, kItems - 1);
    std::uniform_int_distribution<int> size(1, 8);
    std::vector<std::vector<std::uint32_t>> rows;
    // Every item once on its own, so that all are frequent at a count of 1, then random baskets.
    for (std::uint32_t i = 0; i < kItems; ++i)
        rows.push_back({i});
    for (int i = 0; i < 20000; ++i) {
        std::set<std::uint32_t> s;
        const int n = size(rng);
        while (static_cast<int>(s.size()) < n)
            s.insert(item(rng));
        rows.emplace_back(s.begin(), s.end());
    }
    // Pairs the random baskets repeat often enough to matter: plant a few.
    for (int i = 0; i < 50; ++i)
        rows.push_back({10, 5990});
    const Baskets b = make(kItems, rows);
    ASSERT_GT(std::size_t{kItems} * (kItems - 1) / 2, AssociationMiner::kMaxPairCells);
    const AssociationResult r = AssociationMiner::mine(b, {0.0, 0.0});
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> brute;
    for (const auto& row : rows) {
        for (std::size_t p = 0; p < row.size(); ++p) {
            for (std::size_t q = p + 1; q < row.size(); ++q)
                ++brute[{row[p], row[q]}];
        }
    }
    EXPECT_EQ(r.frequentItems, kItems);
    EXPECT_EQ(r.countedPairs, brute.size());
    ASSERT_EQ(r.rules.size(), 2 * brute.size());
    for (const AssociationRule& rule : r.rules) {
        const auto key = std::minmax(rule.antecedent, rule.consequent);
        ASSERT_EQ(rule.bothCount, (brute[{key.first, key.second}]));
    }
    const AssociationRule* planted = find(r, 10, 5990);
    ASSERT_NE(planted, nullptr);
    EXPECT_GE(planted->bothCount, 50u);
    // The index by antecedent lists exactly each antecedent's rules, best first.
    std::size_t indexed = 0;
    for (std::uint32_t a = 0; a < kItems; ++a) {
        const auto from = r.rulesFrom(a);
        indexed += from.size();
        for (std::size_t k = 0; k < from.size(); ++k) {
            EXPECT_EQ(r.rules[from[k]].antecedent, a);
            if (k > 0) {
                EXPECT_LT(from[k - 1], from[k]);
            }
        }
    }
    EXPECT_EQ(indexed, r.rules.size());
}

// Items below the minimum support take part in no rule, even when they always come together.
TEST(AssociationMiner, RareItemsMakeNoRules)
{
    const Baskets b = make(3, {{0, 1}, {0, 1}, {0, 1}, {0, 2}, {0}, {0}, {0}, {0}, {0}, {1}});
    const AssociationResult r = AssociationMiner::mine(b, {0.2, 0.0}); // 2 of 10 baskets
    EXPECT_EQ(r.frequentItems, 2u);                                    // item 2 is in one basket
    for (const AssociationRule& rule : r.rules) {
        EXPECT_NE(rule.antecedent, 2u);
        EXPECT_NE(rule.consequent, 2u);
    }
    EXPECT_EQ(r.rules.size(), 2u);
}
