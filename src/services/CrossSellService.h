#pragma once

#include "analytics/AssociationRules.h"
#include "core/Result.h"
#include "storage/access/Session.h"
#include "storage/queries/BasketQueries.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace carddesk::storage {
class Database;
}

namespace carddesk::services {

// One rule in the catalogue's words: customers who hold `antecedent` also hold `consequent`.
struct CrossSellRule
{
    storage::CrossSellProduct antecedent;
    storage::CrossSellProduct consequent;
    qint64 customersBoth = 0; // customers holding both
    double support = 0;
    double confidence = 0;
    double lift = 0;

    QJsonObject toJson() const;
};

struct CrossSellRules
{
    analytics::AssociationSettings settings;
    qint64 baskets = 0; // customers holding or having bought at least one product
    qint64 products = 0;
    qint64 frequentProducts = 0;
    qint64 minCount = 0;
    qint64 rulesTotal = 0;
    double seconds = 0; // reading and mining; 0 when the rules came from the cache
    bool cached = false;
    std::vector<CrossSellRule> rules; // best first (lift, confidence, customers), at most the `top` asked for

    QJsonObject toJson() const;
};

// A product to offer one customer, with the best rule that suggests it.
struct CrossSellSuggestion
{
    CrossSellRule rule; // rule.consequent is the product to offer; rule.antecedent one the customer holds
};

struct CrossSellSuggestions
{
    qint64 customerId = 0;
    qint64 baskets = 0; // what the shares are of
    std::vector<CrossSellSuggestion> suggestions;
    QJsonObject toJson() const;
};

// A customer to offer a product to: holds the rule's antecedent, not the product.
struct CrossSellTarget
{
    storage::CrossSellCustomer customer;
    CrossSellRule rule;
};

struct CrossSellTargets
{
    storage::CrossSellProduct product;
    qint64 total = 0; // all the caller's customers to offer it to (the list may be cut at the limit)
    std::vector<CrossSellTarget> customers;
    QJsonObject toJson() const;
};

// Cross-selling (交叉销售) from association rules over every customer's basket — the products they hold and have
// bought: "customers who hold X also buy Y". The rules are office-wide aggregates, mined on demand from the
// whole office whoever asks (like the scoring run's fitted parameters) and kept in memory for the process while
// the office's products, holdings and order lines stay as they were (BasketQueries::mark) and for at most
// kCacheMinutes. What reaches a user about single customers is scoped: suggestions only for a card the user may
// open, targets only among the user's own customers. Callers off the GUI thread (the first call on a large
// office reads every order line).
class CrossSellService
{
public:
    static constexpr int kCacheMinutes = 30;

    // crosssell.min_support and crosssell.min_confidence over the engine's defaults (docs/ANALYTICS_ENGINE.md).
    static analytics::AssociationSettings settings(storage::Database& db);

    // The office's rules, best first, at most `top` (0: all); `override` replaces the settings' thresholds.
    static core::Result<CrossSellRules> rules(storage::Session& session,
                                              const std::optional<analytics::AssociationSettings>& override = {},
                                              std::size_t top = 50);

    // Products this customer neither holds nor has bought, each with its best rule of lift > 1 from a product
    // they hold, best first; inactive products are not offered. NotFound outside the session's scope.
    static core::Result<CrossSellSuggestions> suggest(storage::Session& session, qint64 customerId,
                                                      std::size_t limit = 10);

    // The session's customers (not archived) to offer this product to, best rule first. NotFound for an unknown
    // product.
    static core::Result<CrossSellTargets> targets(storage::Session& session, qint64 productId, std::size_t limit = 200);

    // The product with this id or code (codes as typed; NotFound otherwise).
    static core::Result<storage::CrossSellProduct> product(storage::Session& session, const QString& idOrCode);

    // Drops the cached rules (tests; after a restore).
    static void clearCache();
};

} // namespace carddesk::services
