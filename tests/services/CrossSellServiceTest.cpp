#include "services/CrossSellService.h"
#include "io/DemoOfficeGenerator.h"
#include "storage/access/PasswordHasher.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"
#include "storage/repositories/UserRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <set>
#include <stdexcept>

using namespace carddesk;
using services::CrossSellService;

namespace {

// A 600-customer demo office (its baskets carry the catalogue's co-purchase structure), shared by the suite.
class CrossSellServiceTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        storage::PasswordHasher::setCost(storage::PasswordHasher::Cost::Minimum);
        s_dir = new QTemporaryDir;
        auto db = storage::Database::open(s_dir->filePath(QStringLiteral("office.db")));
        ASSERT_TRUE(db) << db.error().toString().toStdString();
        s_db = std::move(db).value().release();
        io::DemoOptions options;
        options.customers = 600;
        options.today = QDate(2026, 11, 23);
        auto summary = io::DemoOfficeGenerator::generate(*s_db, options, nullptr);
        ASSERT_TRUE(summary) << summary.error().toString().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        delete s_dir;
    }
    void SetUp() override { CrossSellService::clearCache(); }

    static storage::Session session(const QString& user, const char* password = "demo1234")
    {
        auto logged = storage::UserRepository::login(*s_db, user, QString::fromLatin1(password));
        if (!logged)
            throw std::runtime_error(logged.error().toString().toStdString());
        return storage::Session(*s_db, *logged);
    }
    static qint64 scalar(const std::string& sql) { return s_db->sql().execAndGet(sql).getInt64(); }
    // The customers holding or having bought a product, counted in SQL: the reference for the rules' figures.
    static std::string holders(qint64 productId)
    {
        const std::string id = std::to_string(productId);
        return "SELECT customer_id FROM customer_products WHERE product_id = " + id +
               " UNION SELECT o.customer_id FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE l.product_id "
               "= " +
               id;
    }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline storage::Database* s_db = nullptr;
};

} // namespace

TEST_F(CrossSellServiceTest, RulesMatchCountsTakenInSqlAndTheDemoHasRealStructure)
{
    storage::Session admin = session(QStringLiteral("admin"), "admin1234");
    auto rules = CrossSellService::rules(admin, analytics::AssociationSettings{0.01, 0.2}, 0);
    ASSERT_TRUE(rules) << rules.error().toString().toStdString();
    const qint64 baskets = scalar("SELECT count(*) FROM (SELECT customer_id FROM customer_products UNION SELECT "
                                  "customer_id FROM orders o JOIN order_lines l ON l.order_id = o.id)");
    EXPECT_EQ(rules->baskets, baskets);
    EXPECT_EQ(rules->products, scalar("SELECT count(*) FROM products"));
    EXPECT_FALSE(rules->cached);
    ASSERT_FALSE(rules->rules.empty());
    EXPECT_EQ(static_cast<qint64>(rules->rules.size()), rules->rulesTotal);
    for (std::size_t k = 0; k < std::min<std::size_t>(rules->rules.size(), 10); ++k) {
        const services::CrossSellRule& r = rules->rules[k];
        const qint64 x = scalar("SELECT count(*) FROM (" + holders(r.antecedent.id) + ")");
        const qint64 y = scalar("SELECT count(*) FROM (" + holders(r.consequent.id) + ")");
        const qint64 both = scalar("SELECT count(*) FROM (SELECT customer_id FROM (" + holders(r.antecedent.id) +
                                   ") INTERSECT SELECT customer_id FROM (" + holders(r.consequent.id) + "))");
        EXPECT_EQ(r.customersBoth, both);
        EXPECT_NEAR(r.support, double(both) / double(baskets), 1e-12);
        EXPECT_NEAR(r.confidence, double(both) / double(x), 1e-12);
        EXPECT_NEAR(r.lift, (double(both) / double(x)) / (double(y) / double(baskets)), 1e-9);
        EXPECT_GE(r.support, 0.01);
        EXPECT_GE(r.confidence, 0.2);
        if (k > 0) {
            EXPECT_GE(rules->rules[k - 1].lift, r.lift);
        }
    }
    // Asked again, the same rules come from the process's cache.
    auto again = CrossSellService::rules(admin, analytics::AssociationSettings{0.01, 0.2}, 5);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->cached);
    ASSERT_EQ(again->rules.size(), 5u);
    EXPECT_EQ(again->rules[0].antecedent.id, rules->rules[0].antecedent.id);
}

// The demo draws a customer's favourite products along what goes with what in its catalogue (a printer's toner, a
// telephone exchange's cabling): those pairs lift well above 1. With favourites drawn at random, as before, the
// same pairs lifted 1.2-1.6 (only customers' sizes tied products together).
TEST_F(CrossSellServiceTest, TheDemosBasketsCarryCoPurchaseStructure)
{
    storage::Session admin = session(QStringLiteral("admin"), "admin1234");
    auto rules = CrossSellService::rules(admin, analytics::AssociationSettings{0.005, 0.0}, 0);
    ASSERT_TRUE(rules) << rules.error().toString().toStdString();
    const std::pair<const char*, const char*> companions[] = {
        {"激光打印机", "硒鼓"}, {"电话交换机", "网络布线"}, {"碎纸机", "文件柜"}, {"投影仪", "会议桌"}};
    for (const auto& [first, second] : companions) {
        const services::CrossSellRule* found = nullptr;
        for (const services::CrossSellRule& r : rules->rules) {
            if (r.antecedent.name == QString::fromUtf8(first) && r.consequent.name == QString::fromUtf8(second))
                found = &r;
        }
        ASSERT_NE(found, nullptr) << first << " → " << second;
        EXPECT_GT(found->lift, 2.0) << first << " → " << second;
    }
}

// The rules are the office's aggregates: a rep gets the same ones as the administrator.
TEST_F(CrossSellServiceTest, EveryoneGetsTheOfficesRules)
{
    storage::Session admin = session(QStringLiteral("admin"), "admin1234");
    storage::Session rep = session(QStringLiteral("rep01"));
    auto a = CrossSellService::rules(admin, {}, 0);
    CrossSellService::clearCache();
    auto r = CrossSellService::rules(rep, {}, 0);
    ASSERT_TRUE(a);
    ASSERT_TRUE(r);
    EXPECT_EQ(a->baskets, r->baskets);
    ASSERT_EQ(a->rules.size(), r->rules.size());
    for (std::size_t k = 0; k < a->rules.size(); ++k) {
        EXPECT_EQ(a->rules[k].antecedent.id, r->rules[k].antecedent.id);
        EXPECT_EQ(a->rules[k].consequent.id, r->rules[k].consequent.id);
        EXPECT_EQ(a->rules[k].customersBoth, r->rules[k].customersBoth);
    }
}

TEST_F(CrossSellServiceTest, SuggestionsAreProductsTheCustomerLacksFromProductsTheyHold)
{
    storage::Session rep = session(QStringLiteral("rep01"));
    const qint64 repId = rep.userId();
    // rep01's buying customers: at least one gets a suggestion, and every suggestion is sound.
    SQLite::Statement q(s_db->sql(), "SELECT DISTINCT c.id FROM customers c JOIN orders o ON o.customer_id = c.id "
                                     "WHERE c.owner_id = ? ORDER BY c.id LIMIT 40");
    q.bind(1, static_cast<int64_t>(repId));
    int suggested = 0;
    while (q.executeStep()) {
        const qint64 id = q.getColumn(0).getInt64();
        auto found = CrossSellService::suggest(rep, id);
        ASSERT_TRUE(found) << found.error().toString().toStdString();
        std::set<qint64> offered;
        for (const services::CrossSellSuggestion& s : found->suggestions) {
            const std::string customer = std::to_string(id);
            EXPECT_EQ(
                scalar("SELECT count(*) FROM (" + holders(s.rule.consequent.id) + ") WHERE customer_id = " + customer),
                0)
                << "offered a product the customer has";
            EXPECT_EQ(
                scalar("SELECT count(*) FROM (" + holders(s.rule.antecedent.id) + ") WHERE customer_id = " + customer),
                1)
                << "a reason the customer does not hold";
            EXPECT_GT(s.rule.lift, 1.0);
            EXPECT_TRUE(offered.insert(s.rule.consequent.id).second) << "a product offered twice";
        }
        for (std::size_t k = 1; k < found->suggestions.size(); ++k)
            EXPECT_GE(found->suggestions[k - 1].rule.lift, found->suggestions[k].rule.lift);
        suggested += found->suggestions.empty() ? 0 : 1;
    }
    EXPECT_GT(suggested, 0);
}

TEST_F(CrossSellServiceTest, ARepGetsNoSuggestionForAnotherRepsCustomer)
{
    storage::Session rep = session(QStringLiteral("rep01"));
    const qint64 other = scalar("SELECT c.id FROM customers c JOIN users u ON u.id = c.owner_id "
                                "WHERE u.username = 'rep05' LIMIT 1");
    auto found = CrossSellService::suggest(rep, other);
    ASSERT_FALSE(found);
    EXPECT_EQ(found.error().code, core::ErrorCode::NotFound);
}

TEST_F(CrossSellServiceTest, TargetsAreOnlyTheCallersCustomersWhoLackTheProduct)
{
    storage::Session admin = session(QStringLiteral("admin"), "admin1234");
    storage::Session rep = session(QStringLiteral("rep01"));
    auto rules = CrossSellService::rules(admin, {}, 0);
    ASSERT_TRUE(rules);
    // The first product, best rule first, that rep01 has at least three customers to offer to.
    qint64 product = 0;
    core::Result<services::CrossSellTargets> all = core::makeError(core::ErrorCode::NotFound, QString());
    core::Result<services::CrossSellTargets> mine = all;
    for (const services::CrossSellRule& r : rules->rules) {
        mine = CrossSellService::targets(rep, r.consequent.id, 0);
        ASSERT_TRUE(mine) << mine.error().toString().toStdString();
        if (mine->total >= 3) {
            product = r.consequent.id;
            break;
        }
    }
    ASSERT_GT(product, 0);
    all = CrossSellService::targets(admin, product, 0);
    ASSERT_TRUE(all) << all.error().toString().toStdString();
    EXPECT_GT(all->total, mine->total);
    EXPECT_GT(mine->total, 0);
    EXPECT_EQ(static_cast<qint64>(mine->customers.size()), mine->total);
    std::set<qint64> office;
    for (const auto& t : all->customers)
        office.insert(t.customer.id);
    for (const services::CrossSellTarget& t : mine->customers) {
        EXPECT_EQ(scalar("SELECT owner_id FROM customers WHERE id = " + std::to_string(t.customer.id)), rep.userId());
        EXPECT_TRUE(office.count(t.customer.id));
        EXPECT_EQ(t.rule.consequent.id, product);
        EXPECT_EQ(scalar("SELECT count(*) FROM (" + holders(product) +
                         ") WHERE customer_id = " + std::to_string(t.customer.id)),
                  0);
        EXPECT_EQ(scalar("SELECT count(*) FROM (" + holders(t.rule.antecedent.id) +
                         ") WHERE customer_id = " + std::to_string(t.customer.id)),
                  1);
    }
    // The limit cuts the list, not the total.
    auto few = CrossSellService::targets(rep, product, 3);
    ASSERT_TRUE(few);
    EXPECT_EQ(few->total, mine->total);
    EXPECT_EQ(few->customers.size(), 3u);
    auto unknown = CrossSellService::targets(rep, 999999, 10);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, core::ErrorCode::NotFound);
}

// A new holding changes the office's baskets: the cached rules are mined again, and count it.
TEST_F(CrossSellServiceTest, ANewHoldingIsCountedAtTheNextRead)
{
    storage::Session admin = session(QStringLiteral("admin"), "admin1234");
    auto before = CrossSellService::rules(admin, analytics::AssociationSettings{0.001, 0.0}, 0);
    ASSERT_TRUE(before);
    // A customer with no product at all starts holding one: one more basket.
    const qint64 empty = scalar("SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE "
                                "o.customer_id = c.id) AND NOT EXISTS (SELECT 1 FROM customer_products p WHERE "
                                "p.customer_id = c.id)");
    ASSERT_GT(empty, 0);
    const qint64 customer = scalar("SELECT c.id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE "
                                   "o.customer_id = c.id) AND NOT EXISTS (SELECT 1 FROM customer_products p WHERE "
                                   "p.customer_id = c.id) LIMIT 1");
    s_db->sql().exec("INSERT INTO customer_products (customer_id, product_id, quantity) VALUES (" +
                     std::to_string(customer) + ", (SELECT min(id) FROM products), 1)");
    auto after = CrossSellService::rules(admin, analytics::AssociationSettings{0.001, 0.0}, 0);
    ASSERT_TRUE(after);
    EXPECT_FALSE(after->cached);
    EXPECT_EQ(after->baskets, before->baskets + 1);
    s_db->sql().exec("DELETE FROM customer_products WHERE customer_id = " + std::to_string(customer));
}

TEST_F(CrossSellServiceTest, AProductNoLongerSoldIsNotOffered)
{
    storage::Session admin = session(QStringLiteral("admin"), "admin1234");
    auto rules = CrossSellService::rules(admin, {}, 1);
    ASSERT_TRUE(rules);
    ASSERT_FALSE(rules->rules.empty());
    const services::CrossSellRule best = rules->rules.front();
    auto targets = CrossSellService::targets(admin, best.consequent.id, 1);
    ASSERT_TRUE(targets);
    ASSERT_FALSE(targets->customers.empty());
    const qint64 customer = targets->customers.front().customer.id;
    auto offered = CrossSellService::suggest(admin, customer, 0);
    ASSERT_TRUE(offered);
    auto has = [&](const services::CrossSellSuggestions& s) {
        for (const auto& x : s.suggestions) {
            if (x.rule.consequent.id == best.consequent.id)
                return true;
        }
        return false;
    };
    EXPECT_TRUE(has(*offered));
    s_db->sql().exec("UPDATE products SET active = 0 WHERE id = " + std::to_string(best.consequent.id));
    CrossSellService::clearCache(); // the mark follows rows and ids, not a product's flag
    auto later = CrossSellService::suggest(admin, customer, 0);
    s_db->sql().exec("UPDATE products SET active = 1 WHERE id = " + std::to_string(best.consequent.id));
    ASSERT_TRUE(later);
    EXPECT_FALSE(has(*later));
}

TEST_F(CrossSellServiceTest, ThresholdsComeFromTheSettingsAndBadOnesAreRefused)
{
    storage::Session admin = session(QStringLiteral("admin"), "admin1234");
    EXPECT_DOUBLE_EQ(CrossSellService::settings(*s_db).minSupport, 0.01);
    EXPECT_DOUBLE_EQ(CrossSellService::settings(*s_db).minConfidence, 0.2);
    s_db->sql().exec("INSERT OR REPLACE INTO settings (key, value) VALUES ('crosssell.min_support', '0.05'), "
                     "('crosssell.min_confidence', '0.5')");
    const auto chosen = CrossSellService::settings(*s_db);
    EXPECT_DOUBLE_EQ(chosen.minSupport, 0.05);
    EXPECT_DOUBLE_EQ(chosen.minConfidence, 0.5);
    auto rules = CrossSellService::rules(admin, {}, 0);
    ASSERT_TRUE(rules);
    for (const auto& r : rules->rules) {
        EXPECT_GE(r.support, 0.05);
        EXPECT_GE(r.confidence, 0.5);
    }
    s_db->sql().exec("DELETE FROM settings WHERE key LIKE 'crosssell.%'");
    auto bad = CrossSellService::rules(admin, analytics::AssociationSettings{0.0, 0.2}, 0);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, core::ErrorCode::InvalidArgument);
    EXPECT_EQ(bad.error().field, QStringLiteral("min_support"));
}
