// Schema v27 on a file of v26: the orders an orders file brought (the only orders without lines until then) are
// marked imported; an order entered by hand, with its lines, is not.
#include "StorageFixture.h"

#include "storage/db/BaselineSchema.h"
#include "storage/db/Migrations.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage::test {
namespace {

class ImportedOrdersMigrationTest : public DatabaseFileTest
{
};

TEST_F(ImportedOrdersMigrationTest, OrdersWithoutLinesAreMarkedImported)
{
    {
        Database::Options options;
        options.targetVersion = 26;
        auto v26 = Database::open(m_path, options);
        ASSERT_TRUE(v26) << v26.error().toString().toStdString();
        ASSERT_EQ((*v26)->schemaVersion(), 26);
        auto& db = (*v26)->sql();
        db.exec("INSERT INTO customers (code, name, created_at, updated_at) VALUES ('C1', '客户', "
                "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        db.exec("INSERT INTO products (code, name) VALUES ('P1', '产品')");
        db.exec("INSERT INTO orders (id, customer_id, order_date, amount) VALUES (1, 1, '2026-02-01', 10), "
                "(2, 1, '2026-02-02', 20)");
        db.exec(
            "INSERT INTO order_lines (order_id, product_id, quantity, unit_price, amount) VALUES (2, 1, 2, 10, 20)");
    }
    auto migrated = Database::open(m_path);
    ASSERT_TRUE(migrated) << migrated.error().toString().toStdString();
    EXPECT_EQ((*migrated)->schemaVersion(), latestSchemaVersion());
    EXPECT_GE(latestSchemaVersion(), 27);
    EXPECT_TRUE(BaselineSchema::matches((*migrated)->sql()));
    auto& db = (*migrated)->sql();
    EXPECT_EQ(db.execAndGet("SELECT imported FROM orders WHERE id = 1").getInt(), 1);
    EXPECT_EQ(db.execAndGet("SELECT imported FROM orders WHERE id = 2").getInt(), 0);
    EXPECT_THROW(db.exec("UPDATE orders SET imported = 2 WHERE id = 1"), SQLite::Exception);
}

} // namespace
} // namespace carddesk::storage::test
