#include "StorageFixture.h"

#include "storage/access/AccessScope.h"

#include "analytics/DayNumber.h"
#include "core/PinyinText.h"
#include "storage/queries/CustomerQuery.h"
#include "storage/repositories/OrderImporter.h"
#include "storage/repositories/OrderRepository.h"

#include <algorithm>
#include <map>
#include <vector>

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;

// Columns of an import, built row by row; file rows count from 2 (the header is row 1).
struct ImportRows
{
    std::vector<std::string> codes;
    std::vector<std::int32_t> days;
    std::vector<double> amounts;
    std::vector<std::int64_t> fileRows;

    void add(const std::string& code, int dayOfYear2024, double amount)
    {
        codes.push_back(code);
        days.push_back(analytics::dayNumber(2024, 1, 1) + dayOfYear2024);
        amounts.push_back(amount);
        fileRows.push_back(static_cast<std::int64_t>(fileRows.size()) + 2);
    }

    // `count` orders of as many new cards (prefix + number), the one at `bad` with a negative amount: the CSV
    // reader refuses that, here it reaches the orders table's CHECK after the cards and their search index are
    // written.
    static ImportRows newCardsFailingAt(const std::string& prefix, int count, int bad)
    {
        ImportRows rows;
        for (int i = 0; i < count; ++i)
            rows.add(prefix + std::to_string(i), i % 365, 10);
        rows.amounts[static_cast<std::size_t>(bad)] = -1;
        return rows;
    }
};

class OrderImporterTest : public StorageFixture
{
protected:
    core::Result<OrderImportSummary> import(Session& session, const ImportRows& rows, bool create = true)
    {
        return OrderImporter::import(session, rows.codes, rows.days, rows.amounts, rows.fileRows, create,
                                     QStringLiteral("orders.csv"));
    }

    // The schema's indexes and triggers with their SQL: what the import may drop and must put back.
    std::vector<std::string> schema()
    {
        std::vector<std::string> items;
        SQLite::Statement q(db().sql(), "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master "
                                        "WHERE type IN ('index', 'trigger', 'table') ORDER BY type, name");
        while (q.executeStep())
            items.push_back(q.getColumn(0).getString());
        return items;
    }

    // Everything an import writes, so a failed one can be shown to have written nothing.
    std::vector<qint64> counts()
    {
        return {scalar("SELECT count(*) FROM customers"), scalar("SELECT count(*) FROM orders"),
                scalar("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH 'K00'"),
                scalar("SELECT count(*) FROM customers_fts_pending"), scalar("SELECT count(*) FROM audit_log")};
    }

    std::string integrity() { return db().sql().execAndGet("PRAGMA integrity_check").getString(); }

    // FTS5's own check that the index matches the content table (throws SQLITE_CORRUPT_VTAB otherwise).
    void ftsIntegrity() { db().sql().exec("INSERT INTO customers_fts (customers_fts) VALUES ('integrity-check')"); }
};

TEST_F(OrderImporterTest, CreatedCardsHaveTheKeysOfARowByRowCreationAndIdsInCodeOrder)
{
    const std::vector<std::string> schemaBefore = schema();
    ImportRows rows;
    rows.add("K0002", 10, 100);
    rows.add("K0002", 3, 50); // same customer, earlier date: orders need not be sorted
    rows.add("Beta-7", 20, 12.5);
    rows.add("K0001", 30, 7);
    rows.add("张三 Ltd", 40, 1);
    rows.add("K0002", 50, 25); // a code seen before, not on the row before
    auto result = import(*m_adminSession, rows);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->ordersImported, 6);
    EXPECT_EQ(result->customersCreated, 4);

    std::vector<std::string> sorted = {"Beta-7", "K0001", "K0002", "张三 Ltd"};
    SQLite::Statement q(db().sql(), "SELECT code, name, name_pinyin, name_initials, search_text, status, owner_id, "
                                    "area_id, created_at = updated_at FROM customers ORDER BY id");
    std::size_t n = 0;
    while (q.executeStep()) {
        ASSERT_LT(n, sorted.size());
        const std::string code = q.getColumn(0).getString();
        EXPECT_EQ(code, sorted[n]) << "ids follow the codes' order";
        core::Customer card;
        card.code = QString::fromStdString(code);
        card.name = card.code;
        const core::PinyinKeys keys = core::pinyinKeys(card.name);
        EXPECT_EQ(q.getColumn(1).getString(), code);
        EXPECT_EQ(q.getColumn(2).getString(), keys.full.toStdString());
        EXPECT_EQ(q.getColumn(3).getString(), keys.initials.toStdString());
        EXPECT_EQ(q.getColumn(4).getString(), CustomerRepository::buildSearchText(card, {}).toStdString());
        EXPECT_EQ(q.getColumn(5).getString(), "current");
        EXPECT_TRUE(q.getColumn(6).isNull()) << "the admin's import leaves new cards without an owner";
        EXPECT_TRUE(q.getColumn(7).isNull());
        EXPECT_EQ(q.getColumn(8).getInt(), 1);
        ++n;
    }
    EXPECT_EQ(n, sorted.size());
    EXPECT_EQ(scalar("SELECT count(*) FROM customers WHERE name_pinyin = 'zhangsanltd'"), 1);

    EXPECT_DOUBLE_EQ(db().sql()
                         .execAndGet("SELECT sum(amount) FROM orders o JOIN customers c ON c.id = o.customer_id "
                                     "WHERE c.code = 'K0002'")
                         .getDouble(),
                     175);
    EXPECT_EQ(db().sql()
                  .execAndGet("SELECT min(order_date) FROM orders o JOIN customers c ON c.id = o.customer_id "
                              "WHERE c.code = 'K0002'")
                  .getString(),
              "2024-01-04");
    EXPECT_EQ(scalar("SELECT count(*) FROM orders WHERE created_by = " + std::to_string(m_admin.id)), 6);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE action = 'import' AND table_name = 'orders'"), 1);

    EXPECT_EQ(schema(), schemaBefore) << "indexes and triggers are as the migrations made them";
    EXPECT_EQ(integrity(), "ok");
    EXPECT_NO_THROW(ftsIntegrity());

    // Searchable through the repository: by code (trigram index) and by a short prefix of the pinyin.
    CustomerRepository repo(*m_adminSession);
    CustomerQuery query;
    query.search = QStringLiteral("0001");
    auto found = CustomerListQueries(*m_adminSession).list(query);
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    ASSERT_EQ(found->size(), 1U);
    EXPECT_EQ(found->front().code, QStringLiteral("K0001"));
    query.search = QStringLiteral("张三");
    found = CustomerListQueries(*m_adminSession).list(query);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1U);
    EXPECT_EQ(found->front().code, QStringLiteral("张三 Ltd"));

    // The insert trigger is back: a card made afterwards is indexed too.
    core::Customer later;
    later.name = QStringLiteral("Later Trading");
    ASSERT_TRUE(repo.create(later).ok());
    query.search = QStringLiteral("Later Trad");
    found = CustomerListQueries(*m_adminSession).list(query);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->size(), 1U);
}

TEST_F(OrderImporterTest, ARepsNewCardsAreTheirsInTheirArea)
{
    ImportRows rows;
    rows.add("R-1", 1, 10);
    rows.add("R-2", 2, 20);
    auto result = import(*m_rep1aSession, rows);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM customers WHERE owner_id = " + std::to_string(m_rep1a.id) +
                     " AND area_id = " + std::to_string(m_area1.id)),
              2);
    CustomerListQueries repo(*m_rep2Session);
    CustomerQuery query;
    query.search = QStringLiteral("R-1");
    auto found = repo.list(query);
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(found->empty()) << "another area's rep does not see them";
}

// Bug: a rep could void an order the ERP's file brought; the ERP still had it, and importing the file again was refused
// (it was imported already). Imported orders are marked and only the administrator voids one.
TEST_F(OrderImporterTest, ImportedOrdersAreMarkedAndOnlyTheAdministratorVoidsOne)
{
    ImportRows rows;
    rows.add("E-1", 1, 10);
    rows.add("E-2", 2, 20);
    ASSERT_TRUE(import(*m_rep1aSession, rows).ok());
    EXPECT_EQ(scalar("SELECT count(*) FROM orders WHERE imported = 1"), 2);
    const qint64 first = scalar("SELECT min(id) FROM orders");
    const qint64 second = scalar("SELECT max(id) FROM orders");
    auto mine = OrderRepository(*m_rep1aSession).get(first);
    ASSERT_TRUE(mine.ok());
    EXPECT_TRUE(mine->imported);

    auto byRep = OrderRepository(*m_rep1aSession).voidOrder(first, QStringLiteral("wrong customer"));
    ASSERT_FALSE(byRep.ok());
    EXPECT_EQ(byRep.error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(byRep.error().field, QStringLiteral("imported"));
    EXPECT_EQ(OrderRepository(*m_manager1Session).voidOrder(second, QStringLiteral("x")).error().code,
              ErrorCode::AccessDenied);
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), 2);
    ASSERT_TRUE(OrderRepository(*m_adminSession).voidOrder(first, QStringLiteral("test file")).ok());
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), 1);
}

TEST_F(OrderImporterTest, ManyCardsAmongExistingOnesEachGetTheirOrders)
{
    // More cards than one chunk of the key maker (4096), codes and orders in no particular order, with existing
    // customers in the table.
    const core::Customer existing = createCustomer(*m_rep1aSession, QStringLiteral("老客户"));
    ImportRows rows;
    rows.add(existing.code.toStdString(), 5, 1000);
    constexpr int kCards = 10000;
    for (int i = 0; i < kCards; ++i) {
        const int k = (i * 7919) % kCards; // a permutation of 0..kCards-1
        rows.add("N" + std::to_string(k), k % 300, k + 1);
        if (k % 3 == 0)
            rows.add("N" + std::to_string(k), 301, 1);
    }
    auto result = import(*m_adminSession, rows);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->customersCreated, kCards);
    EXPECT_EQ(result->ordersImported, static_cast<qint64>(rows.codes.size()));
    // Each new card's first order has amount k + 1 where k is in its code.
    EXPECT_EQ(scalar("SELECT count(*) FROM customers c WHERE c.code LIKE 'N%' AND (SELECT min(order_date) FROM "
                     "orders o WHERE o.customer_id = c.id AND o.amount = CAST(substr(c.code, 2) AS INTEGER) + 1) "
                     "IS NOT NULL"),
              kCards);
    EXPECT_EQ(scalar("SELECT count(*) FROM orders WHERE customer_id = " + std::to_string(existing.id)), 1);
    EXPECT_EQ(db().sql()
                  .execAndGet("SELECT group_concat(code, ',') FROM (SELECT code FROM customers WHERE code LIKE 'N%' "
                              "ORDER BY id LIMIT 4)")
                  .getString(),
              "N0,N1,N10,N100");
    EXPECT_EQ(db().sql().execAndGet("SELECT search_text FROM customers WHERE code = 'N9999'").getString(),
              CustomerRepository::buildSearchText(
                  [] {
                      core::Customer card;
                      card.code = card.name = QStringLiteral("N9999");
                      return card;
                  }(),
                  {})
                  .toStdString());
    EXPECT_EQ(integrity(), "ok");
    EXPECT_NO_THROW(ftsIntegrity());
}

TEST_F(OrderImporterTest, AFailureAfterTheCardsWereWrittenLeavesTheDatabaseAsItWas)
{
    createCustomer(*m_rep1aSession, QStringLiteral("K00 existing"));
    const std::vector<std::string> schemaBefore = schema();
    const std::vector<qint64> countsBefore = counts();
    ImportRows rows = ImportRows::newCardsFailingAt("K00", 5000, 2500);
    auto result = import(*m_adminSession, rows);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(counts(), countsBefore);
    EXPECT_EQ(schema(), schemaBefore);
    EXPECT_EQ(integrity(), "ok");
    EXPECT_NO_THROW(ftsIntegrity());

    // A bad card (blank name) in the middle of the new cards fails while they are being inserted.
    ImportRows blank;
    blank.add("K001", 1, 1);
    blank.add("  ", 2, 1);
    blank.add("K003", 3, 1);
    result = import(*m_adminSession, blank);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(counts(), countsBefore);
    EXPECT_EQ(schema(), schemaBefore);

    // And the same database takes the good file afterwards.
    rows.amounts[2500] = 1;
    result = import(*m_adminSession, rows);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->customersCreated, 5000);
    EXPECT_EQ(schema(), schemaBefore);
    EXPECT_NO_THROW(ftsIntegrity());
}

TEST_F(OrderImporterTest, ALargeLoadRebuildsTheDateIndexAsItWasAndAFailureKeepsIt)
{
    // Lowered from 200,000 so that a test-sized load takes the large-load path (DeferredIndex).
    OrderImporter::setIndexRebuildFrom(100);
    const std::vector<std::string> schemaBefore = schema();
    ASSERT_EQ(scalar("SELECT count(*) FROM sqlite_master WHERE name = 'orders_date'"), 1);

    ImportRows failing = ImportRows::newCardsFailingAt("D", 3000, 2900);
    ASSERT_FALSE(import(*m_adminSession, failing).ok());
    EXPECT_EQ(schema(), schemaBefore); // the drop went back with the rest

    failing.amounts[2900] = 5;
    auto result = import(*m_adminSession, failing);
    OrderImporter::setIndexRebuildFrom(200000);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->ordersImported, 3000);
    EXPECT_EQ(schema(), schemaBefore); // the same index, from its own CREATE statement
    EXPECT_EQ(integrity(), "ok");
    // It is used again, and holds every order.
    std::string plan;
    SQLite::Statement explain(m_db->sql(),
                              "EXPLAIN QUERY PLAN SELECT count(*) FROM orders WHERE order_date >= '2024-06-01'");
    while (explain.executeStep())
        plan += explain.getColumn(3).getString() + "; ";
    EXPECT_NE(plan.find("orders_date"), std::string::npos) << plan;
    EXPECT_EQ(scalar("SELECT count(*) FROM orders INDEXED BY orders_date WHERE order_date >= '2024-01-01'"), 3000);
}

TEST_F(OrderImporterTest, ForeignKeysHoldAfterAnImportAndTheChecksAreBackOn)
{
    // The import switches SQLite's per-row checks off; the references it writes must hold all the same.
    createCustomer(*m_rep1aSession, QStringLiteral("F existing"));
    ImportRows rows;
    for (int i = 0; i < 300; ++i)
        rows.add("F" + std::to_string(i % 120), i % 365, 10 + i);
    auto result = import(*m_rep1aSession, rows);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    EXPECT_EQ(scalar("PRAGMA foreign_keys"), 1);
    // A failing import puts them back too.
    rows.amounts[150] = -1;
    ASSERT_FALSE(import(*m_rep1aSession, rows).ok());
    EXPECT_EQ(scalar("PRAGMA foreign_keys"), 1);
    // And the connection's own checks still refuse a broken reference.
    EXPECT_THROW(
        m_db->sql().exec("INSERT INTO orders (customer_id, order_date, amount) VALUES (999999, '2024-01-01', 1)"),
        SQLite::Exception);
}

TEST_F(OrderImporterTest, ALargeImportWithTheFileToItselfStaysInWalModeAndAFailureRollsBack)
{
    createCustomer(*m_rep1aSession, QStringLiteral("B existing"));
    ImportRows rows;
    for (int i = 0; i < 3000; ++i)
        rows.add("B" + std::to_string(i % 900), i % 365, 10 + i);
    rows.add(m_db->sql().execAndGet("SELECT code FROM customers").getString(), 5, 7); // an existing card
    auto result = import(*m_adminSession, rows);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->customersCreated, 900);
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), 3001);
    EXPECT_EQ(m_db->sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(integrity(), "ok");
    EXPECT_NO_THROW(ftsIntegrity());
    EXPECT_EQ(scalar("SELECT count(*) FROM pragma_foreign_key_check"), 0);

    // A failure rolls back: nothing written, still in WAL mode.
    const std::vector<qint64> countsBefore = counts();
    const ImportRows bad = ImportRows::newCardsFailingAt("C", 2000, 1500);
    auto failed = import(*m_adminSession, bad);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(counts(), countsBefore);
    EXPECT_EQ(m_db->sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(integrity(), "ok");
}

TEST_F(OrderImporterTest, ALargeImportWhileAnotherConnectionIsOpenGoesThroughTheWal)
{
    // Another user's window on the same file: the import goes through the WAL, and that connection reads it.
    auto other = openAgain();
    ASSERT_TRUE(other.ok());
    EXPECT_EQ((*other)->sql().execAndGet("SELECT count(*) FROM customers").getInt64(), 0);
    ImportRows rows;
    for (int i = 0; i < 500; ++i)
        rows.add("W" + std::to_string(i % 50), i % 365, 10);
    auto result = import(*m_adminSession, rows);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ((*other)->sql().execAndGet("SELECT count(*) FROM orders").getInt64(), 500);
    EXPECT_EQ((*other)->sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(m_db->sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
}

TEST_F(OrderImporterTest, ASmallImportStaysInWalMode)
{
    ImportRows rows;
    rows.add("S1", 1, 10);
    auto result = import(*m_adminSession, rows);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->ordersImported, 1);
    EXPECT_EQ(m_db->sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
}

TEST_F(OrderImporterTest, AnAccountWhoseAreaWentAwayIsToldToLogInAgain)
{
    // The session's user as read at log-in says area 1; the database no longer has it (as if an admin moved
    // the rep and removed the area meanwhile): the import refuses before writing, rather than leave cards
    // pointing at no area.
    core::User stale = m_rep1a;
    stale.areaId = 987654;
    Session session(*m_db, stale);
    ImportRows rows;
    rows.add("S-1", 1, 10);
    const std::vector<qint64> before = counts();
    auto result = import(session, rows);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("log in again")))
        << result.error().message.toStdString();
    EXPECT_EQ(counts(), before);
}

TEST_F(OrderImporterTest, AUserDeactivatedSinceLogInCreatesNothing)
{
    // The session was made at log-in; the account was deactivated since. Its scope is empty, so every code
    // would look new: the import must refuse rather than create cards for an inactive user.
    m_db->sql().exec("UPDATE users SET active = 0 WHERE id = " + std::to_string(m_rep1a.id));
    ImportRows rows;
    rows.add("D-1", 1, 10);
    const std::vector<qint64> before = counts();
    auto result = import(*m_rep1aSession, rows);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(counts(), before);
}

TEST_F(OrderImporterTest, AnAdminsImportSeesEveryExistingCode)
{
    // The whole office is the admin's scope: an existing code is found, not created again, without a look-up
    // per code (AccessScope::coversWholeOffice).
    const core::Customer existing = createCustomer(*m_rep2Session, QStringLiteral("W existing"));
    EXPECT_TRUE(AccessScope::coversWholeOffice(*m_adminSession));
    EXPECT_FALSE(AccessScope::coversWholeOffice(*m_manager1Session));
    ImportRows rows;
    rows.add(existing.code.toStdString(), 5, 12.5);
    rows.add("W-new", 6, 1);
    auto result = import(*m_adminSession, rows);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->customersCreated, 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM orders WHERE customer_id = " + std::to_string(existing.id)), 1);
    m_db->sql().exec("UPDATE users SET active = 0 WHERE id = " + std::to_string(m_admin.id));
    EXPECT_FALSE(AccessScope::coversWholeOffice(*m_adminSession));
}

TEST_F(OrderImporterTest, ACodeOutsideTheScopeInTheMiddleNamesItsRowAndWritesNothing)
{
    const core::Customer theirs = createCustomer(*m_rep2Session, QStringLiteral("别区客户"));
    const std::vector<qint64> countsBefore = counts();
    ImportRows rows;
    rows.add("NEW-1", 1, 10);
    rows.add(theirs.code.toStdString(), 2, 10);
    rows.add("NEW-2", 3, 10);
    auto result = import(*m_rep1aSession, rows);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(result.error().row, 3);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("row 3"))) << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("in your scope")));
    EXPECT_EQ(counts(), countsBefore);

    // Without --create-customers an unknown code is the error.
    ImportRows unknown;
    unknown.add(theirs.code.toStdString(), 1, 1);
    unknown.add("NOPE", 2, 1);
    result = import(*m_rep2Session, unknown, false);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().row, 3);
    EXPECT_EQ(counts(), countsBefore);
}

TEST_F(OrderImporterTest, AnotherRepsCodeAndAMissingCodeGetTheSameAnswer)
{
    // Finding 6 of issue #17: "no customer 'C0000144' in your scope" for another rep's code, but a suggestion of
    // --create-customers for a missing one, told a rep which codes exist.
    const core::Customer theirs = createCustomer(*m_rep2Session, QStringLiteral("别人的客户"));
    const QString missing = QStringLiteral("C9999999");
    ImportRows taken;
    taken.add(theirs.code.toStdString(), 1, 10);
    ImportRows absent;
    absent.add(missing.toStdString(), 1, 10);
    auto a = import(*m_rep1aSession, taken, false);
    auto b = import(*m_rep1aSession, absent, false);
    ASSERT_FALSE(a.ok());
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(a.error().code, b.error().code);
    EXPECT_EQ(a.error().field, b.error().field);
    EXPECT_EQ(a.error().row, b.error().row);
    QString aText = a.error().message;
    aText.replace(theirs.code, QStringLiteral("CODE"));
    QString bText = b.error().message;
    bText.replace(missing, QStringLiteral("CODE"));
    EXPECT_EQ(aText, bText);
}

} // namespace
} // namespace carddesk::storage::test
