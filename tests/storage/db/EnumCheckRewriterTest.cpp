#include "StorageFixture.h"

#include "storage/db/EnumCheckRewriter.h"

#include <QRegularExpression>

namespace carddesk::storage::test {
namespace {

TEST(EnumCheckRewriter, RewritesEveryEnumerationCheckAndNothingElse)
{
    const QString sql =
        QStringLiteral("CREATE TABLE t (\n    id INTEGER PRIMARY KEY,\n"
                       "    status TEXT NOT NULL DEFAULT 'new'\n        CHECK (status IN ('new', 'done',\n  'lost')),\n"
                       "    flag INTEGER NOT NULL DEFAULT 0 CHECK (flag IN (0, 1)),\n"
                       "    amount REAL NOT NULL CHECK (amount >= 0),\n    note TEXT DEFAULT 'IN (x)'\n)");
    const QString out = EnumCheckRewriter::rewrite(sql);
    EXPECT_TRUE(out.contains(QStringLiteral("CHECK (status = 'new' OR status = 'done' OR status = 'lost')")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("CHECK (flag = 0 OR flag = 1)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("CHECK (amount >= 0)")));
    EXPECT_TRUE(out.contains(QStringLiteral("DEFAULT 'IN (x)'")));
    const QString plain = QStringLiteral("CREATE TABLE u (a INTEGER CHECK (a > 1))");
    EXPECT_EQ(EnumCheckRewriter::rewrite(plain), plain);
}

class EnumCheckMigrationTest : public StorageFixture
{
};

TEST_F(EnumCheckMigrationTest, TheMigratedSchemaHasNoInListChecksAndStillEnforcesEveryValue)
{
    int withEnumerations = 0;
    {
        SQLite::Statement tables(m_db->sql(), "SELECT name, sql FROM sqlite_schema WHERE type = 'table'");
        const QRegularExpression inList(QStringLiteral(R"(CHECK\s*\(\s*\w+\s+IN\s*\()"));
        while (tables.executeStep()) {
            const QString sql = QString::fromStdString(tables.getColumn(1).getString());
            EXPECT_FALSE(inList.match(sql).hasMatch()) << tables.getColumn(0).getString();
            withEnumerations += sql.contains(QStringLiteral(" OR ")) ? 1 : 0;
        }
    }
    EXPECT_GE(withEnumerations, 8); // users, customers, interactions, visits, complaints, history, scores, ...

    const core::Customer customer = createCustomer(*m_rep1aSession);
    const std::string id = std::to_string(customer.id);
    auto& sql = m_db->sql();
    // Every listed value is still accepted, anything else refused, as before.
    for (const char* status : {"potential", "current", "lost"})
        EXPECT_NO_THROW(sql.exec("UPDATE customers SET status = '" + std::string(status) + "' WHERE id = " + id));
    EXPECT_THROW(sql.exec("UPDATE customers SET status = 'dormant' WHERE id = " + id), SQLite::Exception);
    EXPECT_THROW(sql.exec("UPDATE customers SET is_key = 2 WHERE id = " + id), SQLite::Exception);
    EXPECT_THROW(sql.exec("INSERT INTO lifecycle_history (customer_id, to_stage, changed_on) VALUES (" + id +
                          ", 'asleep', '2026-01-01')"),
                 SQLite::Exception);
    EXPECT_NO_THROW(sql.exec("INSERT INTO lifecycle_history (customer_id, to_stage, changed_on) VALUES (" + id +
                             ", 'won_back', '2026-01-01')"));
    EXPECT_THROW(sql.exec("INSERT INTO scores (customer_id, run_id, abc) VALUES (" + id + ", 1, 'D')"),
                 SQLite::Exception);
    auto check = m_db->check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->isEmpty()) << check->join(QLatin1Char('\n')).toStdString();
    // The file opens again (the schema parses) and keeps its version.
    const int version = m_db->schemaVersion();
    closeDatabase();
    auto again = Database::open(m_path);
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_EQ((*again)->schemaVersion(), version);
}

} // namespace
} // namespace carddesk::storage::test
