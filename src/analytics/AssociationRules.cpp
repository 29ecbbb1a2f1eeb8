#include "analytics/AssociationRules.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace carddesk::analytics {

std::span<const std::uint32_t> AssociationResult::rulesFrom(std::uint32_t item) const
{
    if (static_cast<std::size_t>(item) + 1 >= antecedentStart.size())
        return {};
    return {byAntecedent.data() + antecedentStart[item], byAntecedent.data() + antecedentStart[item + 1]};
}

bool AssociationMiner::better(const AssociationRule& a, const AssociationRule& b)
{
    if (a.lift != b.lift)
        return a.lift > b.lift;
    if (a.confidence != b.confidence)
        return a.confidence > b.confidence;
    if (a.bothCount != b.bothCount)
        return a.bothCount > b.bothCount;
    if (a.antecedent != b.antecedent)
        return a.antecedent < b.antecedent;
    return a.consequent < b.consequent;
}

AssociationResult AssociationMiner::mine(const Baskets& baskets, const AssociationSettings& settings)
{
    AssociationResult result;
    const std::uint32_t items = baskets.itemCount();
    result.itemBaskets.assign(items, 0);
    for (std::size_t i = 0; i < baskets.size(); ++i) {
        const auto basket = baskets.basket(i);
        if (basket.empty())
            continue;
        ++result.baskets;
        for (std::uint32_t item : basket)
            ++result.itemBaskets[item];
    }
    const double n = static_cast<double>(result.baskets);
    // The smallest count whose share reaches minSupport (a hair of tolerance for 0.3 * 10 = 2.9999...).
    result.minCount = static_cast<std::uint32_t>(std::max(1.0, std::ceil(settings.minSupport * n - 1e-9)));
    result.antecedentStart.assign(static_cast<std::size_t>(items) + 1, 0);
    if (result.baskets == 0)
        return result;

    // Frequent items get ranks in item order, so a basket's ranks come out sorted as its items are.
    constexpr std::uint32_t kNone = UINT32_MAX;
    std::vector<std::uint32_t> rankOf(items, kNone);
    std::vector<std::uint32_t> itemOf;
    for (std::uint32_t item = 0; item < items; ++item) {
        if (result.itemBaskets[item] >= result.minCount) {
            rankOf[item] = static_cast<std::uint32_t>(itemOf.size());
            itemOf.push_back(item);
        }
    }
    const std::size_t f = itemOf.size();
    result.frequentItems = f;

    // The baskets as ranks of their frequent items, only those with two or more (the others hold no pair).
    std::vector<std::size_t> offsets{0};
    std::vector<std::uint32_t> ranks;
    ranks.reserve(baskets.totalItems());
    for (std::size_t i = 0; i < baskets.size(); ++i) {
        const std::size_t before = ranks.size();
        for (std::uint32_t item : baskets.basket(i)) {
            if (rankOf[item] != kNone)
                ranks.push_back(rankOf[item]);
        }
        if (ranks.size() - before >= 2)
            offsets.push_back(ranks.size());
        else
            ranks.resize(before);
    }

    // Row r of the upper triangle holds the pairs (r, s) for s > r: f - 1 - r cells. Rows are counted in blocks
    // [lo, hi) whose cells fit kMaxPairCells; each block is one pass over the baskets.
    auto rowCells = [f](std::size_t r) { return f - 1 - r; };
    std::vector<std::uint32_t> counts;
    std::vector<std::size_t> rowStart(f + 1, 0);
    std::vector<AssociationRule>& rules = result.rules;
    const double minConfidence = settings.minConfidence;
    auto emit = [&](std::uint32_t a, std::uint32_t b, std::uint32_t both) {
        const double ca = result.itemBaskets[a];
        const double cb = result.itemBaskets[b];
        const double confidence = both / ca;
        if (confidence + 1e-12 >= minConfidence)
            rules.push_back({a, b, both, both / n, confidence, confidence / (cb / n)});
    };
    for (std::size_t lo = 0; lo + 1 < f;) {
        std::size_t hi = lo;
        std::size_t cells = 0;
        while (hi + 1 < f && (hi == lo || cells + rowCells(hi) <= kMaxPairCells)) {
            rowStart[hi] = cells;
            cells += rowCells(hi);
            ++hi;
        }
        counts.assign(cells, 0);
        for (std::size_t b = 0; b + 1 < offsets.size(); ++b) {
            const std::uint32_t* first = ranks.data() + offsets[b];
            const std::uint32_t* last = ranks.data() + offsets[b + 1];
            for (const std::uint32_t* p = first; p + 1 < last; ++p) {
                const std::uint32_t r = *p;
                if (r < lo)
                    continue;
                if (r >= hi)
                    break;
                const std::size_t base = rowStart[r] - (r + 1); // counts[base + s] is the cell of (r, s), s > r
                for (const std::uint32_t* q = p + 1; q < last; ++q)
                    ++counts[base + *q];
            }
        }
        for (std::size_t r = lo; r < hi; ++r) {
            const std::size_t base = rowStart[r] - (r + 1);
            for (std::size_t s = r + 1; s < f; ++s) {
                const std::uint32_t both = counts[base + s];
                if (both < result.minCount)
                    continue;
                ++result.countedPairs;
                emit(itemOf[r], itemOf[s], both);
                emit(itemOf[s], itemOf[r], both);
            }
        }
        lo = hi;
    }

    std::sort(rules.begin(), rules.end(), better);
    // Index by antecedent, each antecedent's rules in the global (best first) order.
    for (const AssociationRule& rule : rules)
        ++result.antecedentStart[rule.antecedent + 1];
    for (std::size_t a = 0; a < items; ++a)
        result.antecedentStart[a + 1] += result.antecedentStart[a];
    result.byAntecedent.resize(rules.size());
    std::vector<std::uint32_t> next(result.antecedentStart.begin(), result.antecedentStart.end() - 1);
    for (std::uint32_t k = 0; k < rules.size(); ++k)
        result.byAntecedent[next[rules[k].antecedent]++] = k;
    return result;
}

std::vector<RuleSuggestion> AssociationMiner::suggest(const AssociationResult& result,
                                                      std::span<const std::uint32_t> basket, std::size_t limit)
{
    // Rule indexes are in best-first order, so the smallest index per item is its best rule.
    std::vector<RuleSuggestion> found;
    for (std::uint32_t item : basket) {
        for (std::uint32_t k : result.rulesFrom(item)) {
            const AssociationRule& rule = result.rules[k];
            if (rule.lift <= 1.0)
                break; // the rest of this antecedent's rules make the product no likelier
            if (std::binary_search(basket.begin(), basket.end(), rule.consequent))
                continue;
            found.push_back({rule.consequent, k});
        }
    }
    std::sort(found.begin(), found.end(), [](const RuleSuggestion& a, const RuleSuggestion& b) {
        return a.item != b.item ? a.item < b.item : a.rule < b.rule;
    });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const RuleSuggestion& a, const RuleSuggestion& b) { return a.item == b.item; }),
                found.end());
    std::sort(found.begin(), found.end(),
              [](const RuleSuggestion& a, const RuleSuggestion& b) { return a.rule < b.rule; });
    if (limit > 0 && found.size() > limit)
        found.resize(limit);
    return found;
}

std::vector<RuleTarget> AssociationMiner::targets(const AssociationResult& result, const Baskets& baskets,
                                                  std::uint32_t item, std::span<const std::size_t> candidates)
{
    // The rules towards `item` with lift > 1, best first; a basket's best is the first whose antecedent it holds.
    std::vector<std::uint32_t> towards;
    for (std::uint32_t k = 0; k < result.rules.size(); ++k) {
        const AssociationRule& rule = result.rules[k];
        if (rule.consequent == item && rule.lift > 1.0)
            towards.push_back(k);
    }
    std::vector<RuleTarget> out;
    if (towards.empty())
        return out;
    for (std::size_t b : candidates) {
        if (b >= baskets.size() || baskets.contains(b, item))
            continue;
        for (std::uint32_t k : towards) {
            if (baskets.contains(b, result.rules[k].antecedent)) {
                out.push_back({b, k});
                break;
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const RuleTarget& a, const RuleTarget& b) {
        return a.rule != b.rule ? a.rule < b.rule : a.basket < b.basket;
    });
    return out;
}

} // namespace carddesk::analytics
