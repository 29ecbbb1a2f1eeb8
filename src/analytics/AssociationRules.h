#pragma once

#include "analytics/Baskets.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace carddesk::analytics {

// The office's thresholds (settings crosssell.min_support and crosssell.min_confidence).
struct AssociationSettings
{
    double minSupport = 0.01;   // share of baskets that hold both products
    double minConfidence = 0.2; // share of the antecedent's baskets that also hold the consequent
};

// "Customers who hold X also hold Y": X → Y over the baskets (Agrawal, Imieliński & Swami 1993).
//   support    = baskets with X and Y / baskets
//   confidence = baskets with X and Y / baskets with X            (an estimate of P(Y | X))
//   lift       = confidence / (baskets with Y / baskets)          (> 1: X makes Y more likely than it is overall)
struct AssociationRule
{
    std::uint32_t antecedent = 0;
    std::uint32_t consequent = 0;
    std::uint32_t bothCount = 0; // baskets holding both
    double support = 0;
    double confidence = 0;
    double lift = 0;
};

struct AssociationResult
{
    std::size_t baskets = 0;                // non-empty baskets: the transactions the shares are of
    std::uint32_t minCount = 0;             // minSupport as a basket count (at least 1)
    std::vector<std::uint32_t> itemBaskets; // per item: baskets holding it
    std::size_t frequentItems = 0;          // items held by at least minCount baskets
    std::size_t countedPairs = 0;           // pairs of frequent items with a count of at least minCount
    // Sorted best first: lift, then confidence, then support, then antecedent and consequent (a fixed order).
    std::vector<AssociationRule> rules;
    // Rules by antecedent: rules[byAntecedent[k]] for k in [antecedentStart[a], antecedentStart[a + 1]), best first.
    std::vector<std::uint32_t> antecedentStart;
    std::vector<std::uint32_t> byAntecedent;

    std::span<const std::uint32_t> rulesFrom(std::uint32_t item) const;
};

// A product to offer a basket, with the best rule that suggests it (index into AssociationResult::rules).
struct RuleSuggestion
{
    std::uint32_t item = 0;
    std::uint32_t rule = 0;
};

// A basket that lacks a product one of its items suggests, with the best such rule.
struct RuleTarget
{
    std::size_t basket = 0;
    std::uint32_t rule = 0;
};

// Pairwise association rules mined by sparse counting: one pass counts each item's baskets; the items below the
// minimum support are dropped (no pair with them can reach it, the Apriori property); a second pass counts the
// pairs of the remaining items in a triangular array over the frequent items, in blocks of rows when the array
// would pass kMaxPairCells, so memory stays bounded for any catalogue.
class AssociationMiner
{
public:
    static constexpr std::size_t kMaxPairCells = std::size_t{16} << 20; // 64 MB of counts per block

    static AssociationResult mine(const Baskets& baskets, const AssociationSettings& settings);

    // For a basket: every item it lacks that a rule with lift > 1 from one of its items suggests, with the best
    // such rule, best first (the rules' order). At most `limit` (0: all).
    static std::vector<RuleSuggestion> suggest(const AssociationResult& result, std::span<const std::uint32_t> basket,
                                               std::size_t limit = 0);

    // The baskets among `candidates` (indexes into `baskets`) that lack `item` and hold the antecedent of a rule
    // X → item with lift > 1, each with its best such rule; best rule first, then by basket index.
    static std::vector<RuleTarget> targets(const AssociationResult& result, const Baskets& baskets, std::uint32_t item,
                                           std::span<const std::size_t> candidates);

    // Rule order: better first (lift, confidence, support), ties by antecedent and consequent.
    static bool better(const AssociationRule& a, const AssociationRule& b);
};

} // namespace carddesk::analytics
