#include "io/DemoOfficeGenerator.h"
#include "core/LunarCalendar.h"
#include "core/PhoneNumber.h"
#include "storage/access/PasswordHasher.h"
#include "storage/db/BulkLoader.h"
#include "storage/queries/CustomerListQueries.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QTemporaryDir>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <map>

using namespace carddesk;
using carddesk::io::DemoOfficeGenerator;
using carddesk::io::DemoOptions;

namespace {

const QDate kToday(2026, 11, 23);

class DemoOfficeGeneratorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        storage::PasswordHasher::setCost(storage::PasswordHasher::Cost::Minimum);
        ASSERT_TRUE(m_dir.isValid());
    }

    std::unique_ptr<storage::Database> open(const QString& name)
    {
        auto db = storage::Database::open(m_dir.filePath(name));
        EXPECT_TRUE(db.ok()) << (db.ok() ? "" : qPrintable(db.error().toString()));
        return db.ok() ? std::move(*db) : nullptr;
    }

    static DemoOptions options(quint64 seed = 7, qint64 customers = 300)
    {
        DemoOptions o;
        o.customers = customers;
        o.seed = seed;
        o.today = kToday;
        return o;
    }

    static qint64 scalar(storage::Database& db, const std::string& sql) { return db.sql().execAndGet(sql).getInt64(); }

    // A fingerprint of what was generated: every customer's code, name, status, owner and order total.
    static std::vector<std::string> fingerprint(storage::Database& db)
    {
        SQLite::Statement q(db.sql(),
                            "SELECT c.code || '|' || c.name || '|' || c.status || '|' || coalesce(u.username, '') || "
                            "'|' || printf('%.2f', coalesce((SELECT sum(amount) FROM orders o WHERE o.customer_id = "
                            "c.id), 0)) || '|' || (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) "
                            "FROM customers c LEFT JOIN users u ON u.id = c.owner_id ORDER BY c.id");
        std::vector<std::string> rows;
        while (q.executeStep())
            rows.push_back(q.getColumn(0).getString());
        return rows;
    }

    QTemporaryDir m_dir;
};

TEST_F(DemoOfficeGeneratorTest, NewDatabaseGetsTheWholeOffice)
{
    auto db = open(QStringLiteral("demo.carddesk"));
    ASSERT_TRUE(db);
    std::vector<int> progress;
    DemoOptions o = options();
    o.progress = [&](int percent) { progress.push_back(percent); };
    auto summary = DemoOfficeGenerator::generate(*db, o, nullptr);
    ASSERT_TRUE(summary.ok()) << qPrintable(summary.error().toString());

    EXPECT_EQ(summary->customers, 300);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM customers"), 300);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM areas WHERE manager_id IS NOT NULL"), 3);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM users"), 14);
    EXPECT_EQ(summary->users.size(), 14u);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM products"), summary->products);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM orders"), summary->orders);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM order_lines"), summary->orderLines);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM contacts"), summary->contacts);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM interactions"), summary->interactions);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM visits"), summary->visits);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM complaint_history"), summary->complaintSteps);
    EXPECT_GT(summary->contacts, 300);
    EXPECT_GT(summary->interactions, 300);
    EXPECT_GT(scalar(*db, "SELECT count(*) FROM visits WHERE status = 'planned' AND planned_date >= '2026-11-23'"), 0);
    // Companies do not share e-mail addresses or domains (the duplicate finder took such pairs for one company).
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM (SELECT 1 FROM customers WHERE kind = 'company' AND email <> '' "
                          "GROUP BY substr(email, instr(email, '@')) HAVING count(*) > 1)"),
              0);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM (SELECT 1 FROM contacts WHERE email <> '' "
                          "GROUP BY lower(email) HAVING count(DISTINCT customer_id) > 1)"),
              0);
    // About one birthday in five is lunar (农历), each the same day as its date of birth in the lunar calendar.
    const qint64 birthdays = scalar(*db, "SELECT count(*) FROM contacts WHERE birthday IS NOT NULL");
    const qint64 lunar = scalar(*db, "SELECT count(*) FROM contacts WHERE birthday_lunar IS NOT NULL");
    EXPECT_GT(lunar, birthdays / 10);
    EXPECT_LT(lunar, birthdays * 3 / 10);
    SQLite::Statement lunarBirthdays(db->sql(),
                                     "SELECT birthday, birthday_lunar FROM contacts WHERE birthday_lunar IS NOT NULL");
    while (lunarBirthdays.executeStep())
        EXPECT_EQ(core::LunarCalendar::fromGregorian(
                      QDate::fromString(QString::fromStdString(lunarBirthdays.getColumn(0).getString()), Qt::ISODate))
                      .code(),
                  lunarBirthdays.getColumn(1).getInt());
    // Payment ways are free text, typed as a Chinese office types them: no stored codes such as acceptance_bill.
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM customers WHERE preferred_payment GLOB '*[a-z]*'"), 0);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM orders WHERE payment_method GLOB '*[a-z]*'"), 0);
    EXPECT_GT(scalar(*db, "SELECT count(*) FROM customers WHERE preferred_payment = '承兑汇票'"), 0);
    EXPECT_GT(scalar(*db, "SELECT count(*) FROM visits WHERE status = 'done' AND done_at IS NOT NULL"), 0);

    // Orders add up to their lines, receivables' paid amounts to their payments.
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM orders o WHERE abs(o.amount - (SELECT sum(amount) FROM order_lines l "
                          "WHERE l.order_id = o.id)) > 0.011"),
              0);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM receivables r WHERE abs(r.paid_amount - coalesce((SELECT sum(amount) "
                          "FROM payments p WHERE p.receivable_id = r.id), 0)) > 0.001"),
              0);
    EXPECT_NEAR(db->sql().execAndGet("SELECT sum(amount) FROM orders").getDouble(), summary->orderAmount, 0.5);
    const qint64 overdue = scalar(*db, "SELECT count(*) FROM receivables WHERE due_date < '2026-11-23' AND "
                                       "paid_amount + 0.005 < amount");
    EXPECT_GT(overdue, 0);
    EXPECT_EQ(overdue, summary->overdueReceivables);
    EXPECT_GT(scalar(*db, "SELECT count(*) FROM receivables WHERE paid_amount >= amount"), overdue);

    // Complaints in every status, each with its history, some open ones past their deadline.
    EXPECT_EQ(scalar(*db, "SELECT count(DISTINCT status) FROM complaints"), 6);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM complaints k WHERE (SELECT count(*) FROM complaint_history h WHERE "
                          "h.complaint_id = k.id) = 0"),
              0);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM complaints k WHERE k.status <> (SELECT h.to_status FROM "
                          "complaint_history h WHERE h.complaint_id = k.id ORDER BY h.id DESC LIMIT 1)"),
              0);
    EXPECT_GT(scalar(*db, "SELECT count(*) FROM complaints WHERE status NOT IN ('resolved', 'closed') AND "
                          "deadline < '2026-11-23'"),
              0);

    // Customers' mix: potential without orders, a few key customers, all three statuses.
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM customers c WHERE status = 'potential' AND EXISTS (SELECT 1 FROM "
                          "orders o WHERE o.customer_id = c.id)"),
              0);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM customers WHERE status = 'potential'"), summary->potentialCustomers);
    EXPECT_EQ(scalar(*db, "SELECT count(DISTINCT status) FROM customers"), 3);
    EXPECT_GT(summary->keyCustomers, 3);
    EXPECT_LT(summary->keyCustomers, 40);
    const double perBuyer =
        static_cast<double>(summary->orders) / static_cast<double>(summary->customers - summary->potentialCustomers);
    EXPECT_GT(perBuyer, 2.5);
    EXPECT_LT(perBuyer, 5.0);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM orders WHERE order_date > '2026-11-23' OR order_date < '2024-11-23'"),
              0);

    // The pinyin search example, indexed for search like any card.
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM customers WHERE name = '上海华联商贸有限公司' AND name_pinyin = "
                          "'shanghaihualianshangmaoyouxiangongsi' AND name_initials = 'shhlsmyxgs'"),
              1);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM customers_fts"), 300);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'customers_fts_ai'"),
              1);

    // One audit row per table for the whole load, not one per row.
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'bulk_insert' AND table_name = 'customers' "
                          "AND new_value = 'demo data generated: 300 customers'"),
              1);
    EXPECT_LT(scalar(*db, "SELECT count(*) FROM audit_log"), 60);

    auto problems = db->check();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << qPrintable(problems->join(QLatin1Char('\n')));

    ASSERT_FALSE(progress.empty());
    EXPECT_EQ(progress.front(), 0);
    EXPECT_EQ(progress.back(), 100);
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
}

TEST_F(DemoOfficeGeneratorTest, OrderRhythmsIncludeLostAndWonBackCustomers)
{
    auto db = open(QStringLiteral("demo.carddesk"));
    ASSERT_TRUE(db);
    ASSERT_TRUE(DemoOfficeGenerator::generate(*db, options(), nullptr).ok());
    // Bought, then nothing for more than six months.
    EXPECT_GT(scalar(*db, "SELECT count(*) FROM (SELECT customer_id FROM orders GROUP BY customer_id "
                          "HAVING max(order_date) < date('2026-11-23', '-183 days'))"),
              10);
    EXPECT_GT(scalar(*db, "SELECT count(*) FROM customers WHERE status = 'lost'"), 5);
    // Won back: a gap of more than six months between two orders, and orders again in the last six months.
    EXPECT_GT(scalar(*db, "SELECT count(DISTINCT o.customer_id) FROM orders o WHERE o.order_date >= date('2026-11-23', "
                          "'-183 days') AND EXISTS (SELECT 1 FROM orders a WHERE a.customer_id = o.customer_id AND "
                          "julianday(a.order_date) < julianday((SELECT min(b.order_date) FROM orders b WHERE "
                          "b.customer_id = a.customer_id AND b.order_date > a.order_date)) - 183)"),
              2);
    // Regular buyers: ten or more orders.
    EXPECT_GT(scalar(*db, "SELECT count(*) FROM (SELECT customer_id FROM orders GROUP BY customer_id "
                          "HAVING count(*) >= 10)"),
              5);
    // One-off buyers.
    EXPECT_GT(scalar(*db, "SELECT count(*) FROM (SELECT customer_id FROM orders GROUP BY customer_id "
                          "HAVING count(*) = 1)"),
              30);
}

TEST_F(DemoOfficeGeneratorTest, SameSeedAndDayGiveTheSameOffice)
{
    auto first = open(QStringLiteral("a.carddesk"));
    auto second = open(QStringLiteral("b.carddesk"));
    auto other = open(QStringLiteral("c.carddesk"));
    ASSERT_TRUE(first && second && other);
    auto a = DemoOfficeGenerator::generate(*first, options(42), nullptr);
    auto b = DemoOfficeGenerator::generate(*second, options(42), nullptr);
    auto c = DemoOfficeGenerator::generate(*other, options(43), nullptr);
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    EXPECT_EQ(fingerprint(*first), fingerprint(*second));
    EXPECT_EQ(a->orders, b->orders);
    EXPECT_EQ(a->complaints, b->complaints);
    EXPECT_DOUBLE_EQ(a->orderAmount, b->orderAmount);
    EXPECT_NE(fingerprint(*first), fingerprint(*other));
    EXPECT_NE(a->orderAmount, c->orderAmount);
}

TEST_F(DemoOfficeGeneratorTest, DemoUsersLogInWithTheDocumentedPasswords)
{
    auto db = open(QStringLiteral("demo.carddesk"));
    ASSERT_TRUE(db);
    ASSERT_TRUE(DemoOfficeGenerator::generate(*db, options(7, 50), nullptr).ok());
    const auto users = DemoOfficeGenerator::demoUsers();
    ASSERT_EQ(users.size(), 14u);
    int reps = 0;
    for (const io::DemoUser& demo : users) {
        auto user = storage::UserRepository::login(*db, demo.username, demo.password);
        ASSERT_TRUE(user.ok()) << qPrintable(demo.username);
        EXPECT_EQ(user->role, demo.role);
        EXPECT_EQ(user->displayName, demo.displayName);
        EXPECT_EQ(demo.password,
                  demo.role == core::Role::Admin ? QStringLiteral("admin1234") : QStringLiteral("demo1234"));
        reps += demo.role == core::Role::Rep ? 1 : 0;
    }
    EXPECT_EQ(reps, 10);
    EXPECT_FALSE(storage::UserRepository::login(*db, QStringLiteral("rep01"), QStringLiteral("admin1234")).ok());
}

TEST_F(DemoOfficeGeneratorTest, RepsOwnCustomersOfTheirAreaAndSeeOnlyThose)
{
    auto db = open(QStringLiteral("demo.carddesk"));
    ASSERT_TRUE(db);
    ASSERT_TRUE(DemoOfficeGenerator::generate(*db, options(), nullptr).ok());
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM users u WHERE u.role = 'rep' AND NOT EXISTS (SELECT 1 FROM customers c "
                          "WHERE c.owner_id = u.id)"),
              0);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM customers c JOIN users u ON u.id = c.owner_id WHERE u.area_id <> "
                          "c.area_id OR u.role <> 'rep'"),
              0);
    auto rep = storage::UserRepository::login(*db, QStringLiteral("rep05"), QStringLiteral("demo1234"));
    ASSERT_TRUE(rep.ok());
    storage::Session session(*db, *rep);
    auto seen = storage::CustomerListQueries(session).count({});
    ASSERT_TRUE(seen.ok());
    EXPECT_GT(*seen, 0);
    EXPECT_EQ(*seen, scalar(*db, "SELECT count(*) FROM customers WHERE owner_id = " + std::to_string(rep->id)));

    // The search index answers pinyin initials for the example company.
    auto admin = storage::UserRepository::login(*db, QStringLiteral("admin"), QStringLiteral("admin1234"));
    ASSERT_TRUE(admin.ok());
    storage::Session adminSession(*db, *admin);
    storage::CustomerQuery query;
    query.search = QStringLiteral("shhlsm");
    auto found = storage::CustomerListQueries(adminSession).list(query);
    ASSERT_TRUE(found.ok());
    bool example = false;
    for (const auto& row : *found)
        example = example || row.name == QStringLiteral("上海华联商贸有限公司");
    EXPECT_TRUE(example);
}

TEST_F(DemoOfficeGeneratorTest, AdminOfAnInitDatabaseIsKeptAndANonEmptyDatabaseIsRefused)
{
    auto db = open(QStringLiteral("init.carddesk"));
    ASSERT_TRUE(db);
    auto boss = storage::UserRepository::createFirstAdmin(*db, QStringLiteral("boss"), QStringLiteral("secret123"));
    ASSERT_TRUE(boss.ok());
    storage::Session session(*db, *boss);
    auto summary = DemoOfficeGenerator::generate(*db, options(7, 100), &session);
    ASSERT_TRUE(summary.ok()) << qPrintable(summary.error().toString());
    EXPECT_EQ(summary->users.size(), 13u);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM users"), 14);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM users WHERE username = 'admin'"), 0);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM users WHERE role = 'admin'"), 1);
    EXPECT_TRUE(storage::UserRepository::login(*db, QStringLiteral("boss"), QStringLiteral("secret123")).ok());
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'bulk_insert' AND user_id <> " +
                              std::to_string(boss->id)),
              0);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM customers"), 100);

    // Again: the database has customers now.
    auto again = DemoOfficeGenerator::generate(*db, options(7, 100), &session);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, core::ErrorCode::InvalidArgument);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already has 100 customers")));
    // Without a log-in: the database has users.
    auto anonymous = DemoOfficeGenerator::generate(*db, options(7, 100), nullptr);
    ASSERT_FALSE(anonymous.ok());
    EXPECT_EQ(anonymous.error().code, core::ErrorCode::AccessDenied);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM customers"), 100);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM users"), 14);
}

TEST_F(DemoOfficeGeneratorTest, OnlyAnAdminMayGenerate)
{
    auto db = open(QStringLiteral("demo.carddesk"));
    ASSERT_TRUE(db);
    auto boss = storage::UserRepository::createFirstAdmin(*db, QStringLiteral("boss"), QStringLiteral("secret123"));
    ASSERT_TRUE(boss.ok());
    core::User notAdmin = *boss;
    notAdmin.role = core::Role::Manager;
    notAdmin.areaId = 1;
    storage::Session session(*db, notAdmin);
    auto refused = DemoOfficeGenerator::generate(*db, options(7, 10), &session);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, core::ErrorCode::AccessDenied);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM areas"), 0);
}

TEST_F(DemoOfficeGeneratorTest, SearchIndexIsTheSameWithTheTriggerOrDeferred)
{
    auto deferred = open(QStringLiteral("a.carddesk"));
    auto triggered = open(QStringLiteral("b.carddesk"));
    ASSERT_TRUE(deferred && triggered);
    DemoOptions o = options(5, 120);
    ASSERT_TRUE(DemoOfficeGenerator::generate(*deferred, o, nullptr).ok());
    o.deferSearchIndex = false;
    ASSERT_TRUE(DemoOfficeGenerator::generate(*triggered, o, nullptr).ok());
    for (const char* term : {"\"hualian\"", "\"shhl\"", "\"有限公司\"", "\"139\""}) {
        const std::string sql = std::string("SELECT group_concat(rowid) FROM (SELECT rowid FROM customers_fts WHERE "
                                            "customers_fts MATCH '") +
                                term + "' ORDER BY rowid)";
        EXPECT_EQ(deferred->sql().execAndGet(sql).getString(), triggered->sql().execAndGet(sql).getString()) << term;
    }
    EXPECT_EQ(scalar(*deferred, "SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '\"有限公司\"'"),
              scalar(*deferred, "SELECT count(*) FROM customers WHERE name LIKE '%有限公司%'"));
    // FTS5's merge settings, changed for the one-pass indexing, are back to their defaults.
    EXPECT_EQ(scalar(*deferred, "SELECT v FROM customers_fts_config WHERE k = 'automerge'"), 4);
    EXPECT_EQ(scalar(*deferred, "SELECT v FROM customers_fts_config WHERE k = 'hashsize'"), 1024 * 1024);
    // The indexes and the trigger dropped for the load are back, exactly as the migrations made them.
    auto fresh = open(QStringLiteral("fresh.carddesk"));
    ASSERT_TRUE(fresh);
    const std::string schema = "SELECT group_concat(name || ':' || coalesce(sql, ''), ';') FROM (SELECT name, sql "
                               "FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name)";
    EXPECT_EQ(deferred->sql().execAndGet(schema).getString(), fresh->sql().execAndGet(schema).getString());
    EXPECT_EQ(triggered->sql().execAndGet(schema).getString(), fresh->sql().execAndGet(schema).getString());
    // The trigger is back: a customer added afterwards is found.
    auto admin = storage::UserRepository::login(*deferred, QStringLiteral("admin"), QStringLiteral("admin1234"));
    ASSERT_TRUE(admin.ok());
    storage::Session session(*deferred, *admin);
    core::Customer card;
    card.name = QStringLiteral("杭州新添加测试有限公司");
    ASSERT_TRUE(storage::CustomerRepository(session).create(card).ok());
    EXPECT_EQ(scalar(*deferred, "SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '\"新添加测试\"'"), 1);
}

TEST_F(DemoOfficeGeneratorTest, BulkLoaderRefusesToRunOutsideATransaction)
{
    auto db = open(QStringLiteral("demo.carddesk"));
    ASSERT_TRUE(db);
    storage::BulkLoader loader(*db, 0);
    auto begun = loader.begin();
    ASSERT_FALSE(begun.ok());
    EXPECT_EQ(begun.error().code, core::ErrorCode::Internal);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'customers_fts_ai'"),
              1);
}

TEST_F(DemoOfficeGeneratorTest, AFailedLoadLeavesNothingBehind)
{
    auto db = open(QStringLiteral("demo.carddesk"));
    ASSERT_TRUE(db);
    auto status = db->write([&]() -> core::Status {
        storage::BulkLoader loader(*db, 0);
        if (auto ok = loader.begin(); !ok)
            return ok;
        storage::BulkBatch batch;
        storage::BulkCustomer good;
        good.card.id = loader.nextIds().customer;
        good.card.code = QStringLiteral("C0000001");
        good.card.name = QStringLiteral("上海华联商贸有限公司");
        batch.customers.push_back(good);
        storage::BulkCustomer duplicate = good; // same id: the primary key refuses it
        batch.customers.push_back(duplicate);
        return loader.insert(batch);
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM customers"), 0);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'customers_fts_ai'"),
              1);
    auto problems = db->check();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty());
}

// The loader stores 32 rows per statement and the rest of a batch one by one: each row's values must land in its
// own row across both kinds of statement, NULLs included.
TEST_F(DemoOfficeGeneratorTest, BulkLoaderStoresEveryRowOfMultiRowStatements)
{
    auto db = open(QStringLiteral("demo.carddesk"));
    ASSERT_TRUE(db);
    constexpr int kCustomers = 33;
    constexpr int kContacts = 70; // two statements of 32 rows, then 6 single rows
    auto status = db->write([&]() -> core::Status {
        storage::BulkLoader loader(*db, 0);
        if (auto ok = loader.begin(); !ok)
            return ok;
        storage::BulkBatch batch;
        const storage::BulkIds first = loader.nextIds();
        for (int i = 0; i < kCustomers; ++i) {
            storage::BulkCustomer c;
            c.card.id = first.customer + i;
            c.card.code = QStringLiteral("C%1").arg(i, 7, 10, QLatin1Char('0'));
            c.card.name = QStringLiteral("客户%1有限公司").arg(i);
            c.card.creditLimit = 1000.0 * i;
            if (i % 2 == 0)
                c.card.established = QDate(2000, 1, 1).addDays(i);
            batch.customers.push_back(c);
        }
        for (int i = 0; i < kContacts; ++i) {
            core::Contact k;
            k.id = first.contact + i;
            k.customerId = first.customer + i % kCustomers;
            k.name = QStringLiteral("联系人%1").arg(i);
            k.mobile = QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'));
            if (i % 3 == 0)
                k.birthday = QDate(1980, 1, 1).addDays(i);
            k.isPrimary = i < kCustomers;
            batch.contacts.push_back(k);
        }
        if (auto ok = loader.insert(batch); !ok)
            return ok;
        return loader.finish(QStringLiteral("test load:"));
    });
    ASSERT_TRUE(status.ok()) << qPrintable(status.error().toString());
    ASSERT_EQ(scalar(*db, "SELECT count(*) FROM customers"), kCustomers);
    ASSERT_EQ(scalar(*db, "SELECT count(*) FROM contacts"), kContacts);
    SQLite::Statement customers(db->sql(), "SELECT code, name, credit_limit, established, search_text FROM customers "
                                           "ORDER BY id");
    for (int i = 0; i < kCustomers; ++i) {
        ASSERT_TRUE(customers.executeStep());
        EXPECT_EQ(QString::fromStdString(customers.getColumn(0).getString()),
                  QStringLiteral("C%1").arg(i, 7, 10, QLatin1Char('0')));
        EXPECT_EQ(QString::fromStdString(customers.getColumn(1).getString()), QStringLiteral("客户%1有限公司").arg(i));
        EXPECT_DOUBLE_EQ(customers.getColumn(2).getDouble(), 1000.0 * i);
        if (i % 2 == 0)
            EXPECT_EQ(QString::fromStdString(customers.getColumn(3).getString()),
                      QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate));
        else
            EXPECT_TRUE(customers.getColumn(3).isNull()) << i;
        EXPECT_TRUE(QString::fromStdString(customers.getColumn(4).getString())
                        .contains(QStringLiteral("客户%1有限公司").arg(i)));
    }
    SQLite::Statement contacts(db->sql(), "SELECT c.customer_id - (SELECT min(id) FROM customers), c.name, c.mobile, "
                                          "c.birthday, c.is_primary FROM contacts c ORDER BY c.id");
    for (int i = 0; i < kContacts; ++i) {
        ASSERT_TRUE(contacts.executeStep());
        EXPECT_EQ(contacts.getColumn(0).getInt(), i % kCustomers);
        EXPECT_EQ(QString::fromStdString(contacts.getColumn(1).getString()), QStringLiteral("联系人%1").arg(i));
        EXPECT_EQ(QString::fromStdString(contacts.getColumn(2).getString()),
                  QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')));
        if (i % 3 == 0)
            EXPECT_EQ(QString::fromStdString(contacts.getColumn(3).getString()),
                      QDate(1980, 1, 1).addDays(i).toString(Qt::ISODate));
        else
            EXPECT_TRUE(contacts.getColumn(3).isNull()) << i;
        EXPECT_EQ(contacts.getColumn(4).getInt(), i < kCustomers ? 1 : 0);
    }
    // Every customer is found by its name through the search index built after the load.
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '\"有限公司\"'"), kCustomers);
}

// A failing row inside a 32-row statement fails the whole load, as a single row does.
TEST_F(DemoOfficeGeneratorTest, AFailedMultiRowStatementLeavesNothingBehind)
{
    auto db = open(QStringLiteral("demo.carddesk"));
    ASSERT_TRUE(db);
    auto status = db->write([&]() -> core::Status {
        storage::BulkLoader loader(*db, 0);
        if (auto ok = loader.begin(); !ok)
            return ok;
        storage::BulkBatch batch;
        for (int i = 0; i < 40; ++i) {
            storage::BulkCustomer c;
            c.card.id = loader.nextIds().customer + (i == 20 ? 3 : i); // row 20 repeats row 3's id
            c.card.code = QStringLiteral("C%1").arg(i, 7, 10, QLatin1Char('0'));
            c.card.name = QStringLiteral("客户%1").arg(i);
            batch.customers.push_back(c);
        }
        return loader.insert(batch);
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM customers"), 0);
    EXPECT_EQ(scalar(*db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'customers_fts_ai'"),
              1);
}

} // namespace

namespace {

// Every phone the demo generator writes passes the card's phone rule (core/PhoneNumber): a demo card must save
// after an edit of any other field.
TEST_F(DemoOfficeGeneratorTest, EveryDemoPhoneNumberIsValid)
{
    auto db = open(QStringLiteral("phones.db"));
    ASSERT_TRUE(db);
    ASSERT_TRUE(DemoOfficeGenerator::generate(*db, options(11, 2000), nullptr).ok());
    SQLite::Statement phones(db->sql(), "SELECT phone FROM customers UNION ALL SELECT phone FROM contacts "
                                        "UNION ALL SELECT mobile FROM contacts");
    int checked = 0;
    while (phones.executeStep()) {
        const QString phone = QString::fromStdString(phones.getColumn(0).getString());
        if (phone.isEmpty())
            continue;
        ++checked;
        EXPECT_TRUE(core::PhoneNumber::isValid(phone)) << phone.toStdString();
    }
    EXPECT_GT(checked, 4000);
}

} // namespace
