#include "SqliteShell.h"
#include "StorageFixture.h"

#include "services/ScoringService.h"

#include <QFile>

#include <string>

namespace carddesk::storage::test {
namespace {

using services::ScoringService;

const QDate kAsOf(2025, 6, 30);

// Issue #11: a scored office whose first customer has a row in every table that names a customer (and rows that
// name those rows: order lines, payments, complaint history), and whose second customer names the first's contact,
// order and card. The real `sqlite3` shell, with its defaults (foreign keys off), deletes the first customer.
class PlainToolDeleteTest : public StorageFixture
{
protected:
    using Shell = carddesk::test::SqliteShellRun;

    void SetUp() override
    {
        StorageFixture::SetUp();
        m_first = createCustomer(*m_rep1aSession).id;
        m_second = createCustomer(*m_rep1aSession).id;
        for (int i = 0; i < 8; ++i)
            createCustomer(i % 2 == 0 ? *m_rep1aSession : *m_rep2Session);
        auto& sql = m_db->sql();
        const std::string a = std::to_string(m_first), b = std::to_string(m_second);
        const std::string rep = std::to_string(m_rep1a.id);
        sql.exec("INSERT INTO products (code, name) VALUES ('P1', 'Widget')");
        const std::string product = std::to_string(sql.getLastInsertRowid());
        // Orders for every customer, so the scoring has something to fit.
        SQLite::Statement order(sql, "INSERT INTO orders (customer_id, order_date, amount) VALUES (?, ?, ?)");
        for (const qint64 id : {m_first, m_second}) {
            for (int k = 0; k < 12; ++k) {
                order.bind(1, static_cast<int64_t>(id));
                order.bind(2, kAsOf.addDays(-600 + k * 45).toString(Qt::ISODate).toStdString());
                order.bind(3, 100.0 + 10 * k);
                order.exec();
                order.reset();
            }
        }
        sql.exec("INSERT INTO orders (customer_id, order_date, amount) SELECT id, '2025-01-15', 300 FROM customers "
                 "WHERE id NOT IN (" +
                 a + ", " + b + ")");
        const std::string firstOrder = std::to_string(scalar("SELECT min(id) FROM orders WHERE customer_id = " + a));
        sql.exec("INSERT INTO order_lines (order_id, product_id, quantity, unit_price, amount) SELECT id, " + product +
                 ", 1, amount, amount FROM orders WHERE customer_id = " + a);
        sql.exec("INSERT INTO contacts (customer_id, name) VALUES (" + a + ", '张三'), (" + a + ", '李四')");
        const std::string contact = std::to_string(scalar("SELECT min(id) FROM contacts"));
        sql.exec("INSERT INTO interactions (customer_id, contact_id, user_id, channel, occurred_at) VALUES (" + a +
                 ", " + contact + ", " + rep + ", 'phone', '2025-05-01T10:00:00'), (" + b + ", " + contact + ", " +
                 rep + ", 'visit', '2025-05-02T10:00:00')");
        sql.exec("INSERT INTO visits (customer_id, user_id, planned_date) VALUES (" + a + ", " + rep +
                 ", '2025-07-01')");
        sql.exec("INSERT INTO complaints (customer_id, contact_id, received_at, deadline) VALUES (" + a + ", " +
                 contact + ", '2025-06-01T09:00:00', '2025-06-08'), (" + b + ", " + contact +
                 ", '2025-06-02T09:00:00', '2025-06-09')");
        sql.exec("INSERT INTO complaint_history (complaint_id, to_status, user_id, at) SELECT id, 'new', " + rep +
                 ", received_at FROM complaints");
        sql.exec("INSERT INTO receivables (customer_id, order_id, invoice_date, due_date, amount, paid_amount) "
                 "VALUES (" +
                 a + ", " + firstOrder + ", '2025-01-01', '2025-01-31', 500, 200), (" + b + ", " + firstOrder +
                 ", '2025-02-01', '2025-02-28', 300, 0)");
        sql.exec("INSERT INTO payments (receivable_id, paid_date, amount) SELECT id, '2025-01-20', 200 FROM "
                 "receivables WHERE customer_id = " +
                 a);
        sql.exec("INSERT INTO customer_relations (customer_id, related_id, kind) VALUES (" + a + ", " + b +
                 ", 'parent'), (" + b + ", " + a + ", 'subsidiary')");
        sql.exec("INSERT INTO customer_products (customer_id, product_id) VALUES (" + a + ", " + product + ")");
        sql.exec("UPDATE customers SET referred_by_id = " + a + " WHERE id = " + b);
        sql.exec("INSERT INTO lifecycle_history (customer_id, to_stage, changed_on, manual, user_id, reason) VALUES (" +
                 a + ", 'stability', '2025-03-01', 1, " + rep + ", 'set by hand')");
        auto report = ScoringService::score(*m_adminSession, kAsOf);
        ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
        ASSERT_EQ(scalar("SELECT count(*) FROM scores WHERE customer_id = " + a), 1);
    }

    Shell shell(const QString& path, const QString& sql) { return carddesk::test::runSqliteShell(path, sql); }

    // The command, exactly as typed: no PRAGMA, so the shell's foreign keys are off.
    Shell deleteTheFirstCustomer(const QString& path, const QString& pragma = {})
    {
        return shell(path, pragma + QStringLiteral("DELETE FROM customers WHERE id = (SELECT min(id) FROM customers)"));
    }

    void expectSound(const QString& path)
    {
        const Shell integrity = shell(path, QStringLiteral("PRAGMA integrity_check"));
        EXPECT_EQ(integrity.exitCode, 0) << integrity.err.toStdString();
        EXPECT_EQ(integrity.out.toStdString(), "ok");
        const Shell keys = shell(path, QStringLiteral("PRAGMA foreign_key_check"));
        EXPECT_EQ(keys.exitCode, 0) << keys.err.toStdString();
        EXPECT_EQ(keys.out.toStdString(), "") << "rows left naming deleted ones";
    }

    // A copy of the office as it is now (committed state, WAL included), for a second shell run.
    QString copyOffice(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        m_db->sql().exec("VACUUM INTO '" + path.toStdString() + "'");
        return path;
    }

    qint64 m_first = 0;
    qint64 m_second = 0;
};

TEST_F(PlainToolDeleteTest, TheShellsDefaultDeleteLeavesNoOrphansAndPassesBothChecks)
{
    const std::string a = std::to_string(m_first);
    const qint64 audit = scalar("SELECT count(*) FROM audit_log");
    const Shell deleted = deleteTheFirstCustomer(m_path);
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    EXPECT_EQ(deleted.err.toStdString(), "");
    expectSound(m_path);
    EXPECT_EQ(scalar("SELECT count(*) FROM customers WHERE id = " + a), 0);
    for (const char* table : {"contacts", "orders", "receivables", "interactions", "visits", "complaints",
                              "lifecycle_history", "customer_products", "scores"})
        EXPECT_EQ(scalar(std::string("SELECT count(*) FROM ") + table + " WHERE customer_id = " + a), 0) << table;
    EXPECT_EQ(scalar("SELECT count(*) FROM customer_relations WHERE customer_id = " + a + " OR related_id = " + a), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM order_lines"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM payments"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM complaint_history"), 1); // the second customer's complaint's
    // The second customer's rows stay, without their links to the first's contact, order and card.
    const std::string b = std::to_string(m_second);
    EXPECT_EQ(scalar("SELECT count(*) FROM interactions WHERE customer_id = " + b + " AND contact_id IS NULL"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM complaints WHERE customer_id = " + b + " AND contact_id IS NULL"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM receivables WHERE customer_id = " + b + " AND order_id IS NULL"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM customers WHERE id = " + b + " AND referred_by_id IS NULL"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log"), audit); // the append-only log is not touched
}

TEST_F(PlainToolDeleteTest, TheShellsDeleteLeavesTheSameRowsWithForeignKeysOnOrOff)
{
    const QString on = copyOffice(QStringLiteral("on.db"));
    const QString off = copyOffice(QStringLiteral("off.db"));
    ASSERT_EQ(deleteTheFirstCustomer(on, QStringLiteral("PRAGMA foreign_keys = ON; ")).exitCode, 0);
    ASSERT_EQ(deleteTheFirstCustomer(off).exitCode, 0);
    const Shell dumpOn = shell(on, QStringLiteral(".dump"));
    const Shell dumpOff = shell(off, QStringLiteral(".dump"));
    ASSERT_EQ(dumpOn.exitCode, 0);
    ASSERT_GT(dumpOn.out.size(), 1000);
    EXPECT_EQ(dumpOn.out.toStdString(), dumpOff.out.toStdString());
    expectSound(on);
    expectSound(off);
}

TEST_F(PlainToolDeleteTest, CardDeskStillSearchesAndWritesAfterTheShellsDelete)
{
    const Shell deleted = deleteTheFirstCustomer(m_path);
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    // The next write applies the search queue the delete trigger filled (the FTS table is only written by CardDesk).
    createCustomer(*m_rep1aSession, QStringLiteral("后来的客户"));
    EXPECT_EQ(m_db->sql().execAndGet("SELECT count(*) FROM customers_fts_pending").getInt(), 0);
    EXPECT_NO_THROW(m_db->sql().exec("INSERT INTO customers_fts (customers_fts) VALUES ('integrity-check')"));
    expectSound(m_path);
}

// The notes on issue #11: "a CardDesk connection open while the shell deletes later saw 'database is locked' on a
// rescore". The Session (and its connection) stays open across the shell's delete; the rescore reads on a second
// connection and writes on the first.
TEST_F(PlainToolDeleteTest, ARescoreOnTheConnectionOpenDuringTheShellsDeleteSucceeds)
{
    const qint64 runs = scalar("SELECT count(*) FROM score_runs");
    const Shell deleted = deleteTheFirstCustomer(m_path);
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    auto again = ScoringService::score(*m_adminSession, kAsOf);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(scalar("SELECT count(*) FROM score_runs"), runs + 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM scores WHERE customer_id = " + std::to_string(m_first)), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM scores"), scalar("SELECT count(*) FROM customers"));
    expectSound(m_path);
}

} // namespace
} // namespace carddesk::storage::test
