#include "StorageFixture.h"

#include <QElapsedTimer>

#include <string>

namespace carddesk::storage::test {
namespace {

// Rows another tool's change to customers leaves in customers_fts_pending (its triggers fire in any tool; the FTS
// index is written only by CardDesk): a read indexes them in a write of its own before it begins, never inside
// itself, and never waits for another connection's write to do so.
class SearchQueueTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        m_id = createCustomer(*m_rep1aSession, QStringLiteral("上海华联商贸有限公司")).id;
    }

    // What `sqlite3 office.db "UPDATE customers SET search_text = ..."` does: another connection, no CardDesk.
    void renameInAnotherTool(const std::string& searchText)
    {
        SQLite::Database tool(m_path.toStdString(), SQLite::OPEN_READWRITE);
        tool.exec("UPDATE customers SET search_text = '" + searchText + "' WHERE id = " + std::to_string(m_id));
    }

    std::vector<qint64> found(const QString& search)
    {
        CustomerQuery query;
        query.search = search;
        std::vector<qint64> ids;
        for (const CustomerListRow& row : must(CustomerListQueries(*m_rep1aSession).list(query), "search"))
            ids.push_back(row.id);
        return ids;
    }

    qint64 m_id = 0;
};

TEST_F(SearchQueueTest, TheFirstSearchAfterAnotherToolsChangeFindsTheNewText)
{
    renameInAnotherTool("zebracrossing");
    EXPECT_EQ(found(QStringLiteral("zebracross")), std::vector<qint64>{m_id});
    EXPECT_TRUE(found(QStringLiteral("华联商")).empty());
    EXPECT_EQ(scalar("SELECT count(*) FROM customers_fts_pending"), 0);
    EXPECT_NO_THROW(db().sql().exec("INSERT INTO customers_fts (customers_fts) VALUES ('integrity-check')"));
}

TEST_F(SearchQueueTest, AReadDoesNotWaitForAnotherConnectionsWriteToIndexTheQueue)
{
    renameInAnotherTool("zebracrossing");
    auto other = openAgain();
    ASSERT_TRUE(other) << other.error().toString().toStdString();
    (*other)->sql().exec("BEGIN IMMEDIATE"); // holds the write lock through the read below
    QElapsedTimer timer;
    timer.start();
    CustomerQuery query;
    query.search = QStringLiteral("华联商");
    auto rows = CustomerListQueries(*m_rep1aSession).list(query);
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(rows) << rows.error().toString().toStdString();
    EXPECT_LT(ms, 2000);                                                // the connection's busy timeout is 30 s
    EXPECT_EQ(scalar("SELECT count(*) FROM customers_fts_pending"), 1); // left for a later write
    (*other)->sql().exec("ROLLBACK");
    EXPECT_EQ(found(QStringLiteral("zebracross")), std::vector<qint64>{m_id});
    EXPECT_EQ(scalar("SELECT count(*) FROM customers_fts_pending"), 0);
}

} // namespace
} // namespace carddesk::storage::test
