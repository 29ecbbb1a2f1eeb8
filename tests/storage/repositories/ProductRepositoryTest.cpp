#include "StorageFixture.h"

#include "storage/repositories/ProductRepository.h"

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;
using core::Product;

class ProductRepositoryTest : public StorageFixture
{
protected:
    static Product product(const QString& code, double price = 10)
    {
        Product p;
        p.code = code;
        p.name = QStringLiteral("产品 ") + code;
        p.unit = QStringLiteral("箱");
        p.unitPrice = price;
        return p;
    }
};

TEST_F(ProductRepositoryTest, ManagersAndAdminsCreateRepsOnlyRead)
{
    ASSERT_TRUE(ProductRepository(*m_adminSession).create(product(QStringLiteral("P-001"))));
    ASSERT_TRUE(ProductRepository(*m_manager1Session).create(product(QStringLiteral("P-002"))));
    auto byRep = ProductRepository(*m_rep1aSession).create(product(QStringLiteral("P-003")));
    ASSERT_FALSE(byRep);
    EXPECT_EQ(byRep.error().code, ErrorCode::AccessDenied);

    auto listed = ProductRepository(*m_rep1aSession).list();
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ(listed->at(0).code, QStringLiteral("P-001"));
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'products' AND field = 'code'"), 2);
}

TEST_F(ProductRepositoryTest, CreateValidates)
{
    ProductRepository repo(*m_adminSession);
    ASSERT_TRUE(repo.create(product(QStringLiteral("P-001"))));
    auto duplicate = repo.create(product(QStringLiteral("P-001")));
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().field, QStringLiteral("code"));
    auto negative = repo.create(product(QStringLiteral("P-002"), -1));
    ASSERT_FALSE(negative);
    EXPECT_EQ(negative.error().field, QStringLiteral("unit_price"));
    EXPECT_EQ(scalar("SELECT count(*) FROM products"), 1);
}

TEST_F(ProductRepositoryTest, InactiveProductsOnlyWhenAsked)
{
    ProductRepository repo(*m_adminSession);
    Product old = product(QStringLiteral("P-OLD"));
    old.active = false;
    ASSERT_TRUE(repo.create(old));
    ASSERT_TRUE(repo.create(product(QStringLiteral("P-NEW"))));
    EXPECT_EQ(repo.list()->size(), 1u);
    EXPECT_EQ(repo.list(true)->size(), 2u);
}

TEST_F(ProductRepositoryTest, HeldProductsSetChangeRemoveWithAudit)
{
    auto created = ProductRepository(*m_adminSession).create(product(QStringLiteral("P-001")));
    ASSERT_TRUE(created);
    const auto customer = createCustomer(*m_rep1aSession);
    ProductRepository repo(*m_rep1aSession);

    auto held = repo.setHeld(customer.id, created->id, QDate(2023, 5, 1), 3, QStringLiteral("试用"));
    ASSERT_TRUE(held) << held.error().toString().toStdString();
    EXPECT_EQ(held->productCode, QStringLiteral("P-001"));
    EXPECT_EQ(held->quantity, 3);

    held = repo.setHeld(customer.id, created->id, QDate(2023, 5, 1), 5, QStringLiteral("试用"));
    ASSERT_TRUE(held);
    auto listed = repo.listHeld(customer.id);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(listed->front().quantity, 5);
    EXPECT_EQ(listed->front().since, QDate(2023, 5, 1));
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'customer_products' AND action = 'update' "
                     "AND field = 'quantity' AND old_value = '3' AND new_value = '5'"),
              1);

    auto negative = repo.setHeld(customer.id, created->id, {}, -1, {});
    ASSERT_FALSE(negative);
    EXPECT_EQ(negative.error().field, QStringLiteral("quantity"));
    auto unknown = repo.setHeld(customer.id, 9999, {}, 1, {});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);

    ASSERT_TRUE(repo.removeHeld(customer.id, created->id));
    EXPECT_TRUE(repo.listHeld(customer.id)->empty());
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'customer_products' AND action = 'delete' "
                     "AND field = 'quantity' AND old_value = '5'"),
              1);
    auto again = repo.removeHeld(customer.id, created->id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::NotFound);
}

} // namespace
} // namespace carddesk::storage::test
