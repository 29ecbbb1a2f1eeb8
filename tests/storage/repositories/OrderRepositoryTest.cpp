#include "StorageFixture.h"

#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/ProductRepository.h"

#include <limits>

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;
using core::Order;
using core::OrderLine;

class OrderRepositoryTest : public StorageFixture
{
protected:
    void SetUp() override
    {
        StorageFixture::SetUp();
        m_product1 = addProduct(QStringLiteral("P-001"));
        m_product2 = addProduct(QStringLiteral("P-002"));
        m_customer = createCustomer(*m_rep1aSession);
    }

    qint64 addProduct(const QString& code)
    {
        core::Product p;
        p.code = code;
        p.name = code;
        return must(ProductRepository(*m_adminSession).create(p), "create a product").id;
    }

    Order order(const QDate& date, double amount = 0) const
    {
        Order o;
        o.customerId = m_customer.id;
        o.orderDate = date;
        o.amount = amount;
        o.orderNo = QStringLiteral("SO-") + date.toString(Qt::ISODate);
        return o;
    }

    static OrderLine line(qint64 productId, double quantity, double unitPrice)
    {
        OrderLine l;
        l.productId = productId;
        l.quantity = quantity;
        l.unitPrice = unitPrice;
        return l;
    }

    qint64 m_product1 = 0;
    qint64 m_product2 = 0;
    core::Customer m_customer;
};

TEST_F(OrderRepositoryTest, AmountIsTheSumOfTheLines)
{
    OrderRepository repo(*m_rep1aSession);
    auto created = repo.create(order(QDate(2024, 3, 1), 999), {line(m_product1, 2, 10.5), line(m_product2, 1, 100)});
    ASSERT_TRUE(created) << created.error().toString().toStdString();
    EXPECT_DOUBLE_EQ(created->order.amount, 121);
    ASSERT_EQ(created->lines.size(), 2u);
    EXPECT_DOUBLE_EQ(created->lines[0].line.amount, 21);
    EXPECT_EQ(created->lines[1].productCode, QStringLiteral("P-002"));
    EXPECT_EQ(created->createdBy, m_rep1a.id);
    EXPECT_DOUBLE_EQ(m_db->sql().execAndGet("SELECT amount FROM orders").getDouble(), 121);
}

TEST_F(OrderRepositoryTest, WithoutLinesTheAmountGivenIsKept)
{
    OrderRepository repo(*m_rep1aSession);
    auto created = repo.create(order(QDate(2024, 3, 1), 500));
    ASSERT_TRUE(created);
    EXPECT_DOUBLE_EQ(created->order.amount, 500);
    EXPECT_TRUE(created->lines.empty());

    auto negative = repo.create(order(QDate(2024, 3, 1), -1));
    ASSERT_FALSE(negative);
    EXPECT_EQ(negative.error().field, QStringLiteral("amount"));
    auto noDate = repo.create(order(QDate(), 10));
    ASSERT_FALSE(noDate);
    EXPECT_EQ(noDate.error().field, QStringLiteral("order_date"));
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), 1);
}

// Issue #17, finding 3: absurd amounts and dates are refused (docs/CLI.md, "Input limits").
TEST_F(OrderRepositoryTest, AbsurdAmountsAndDatesAreRefused)
{
    OrderRepository repo(*m_rep1aSession);
    for (const double amount :
         {1e308, 1e12 + 1, std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()}) {
        auto made = repo.create(order(QDate(2024, 3, 1), amount));
        ASSERT_FALSE(made) << amount;
        EXPECT_EQ(made.error().field, QStringLiteral("amount"));
    }
    auto huge = repo.create(order(QDate(2024, 3, 1)), {line(m_product1, 1e300, 1e300)});
    ASSERT_FALSE(huge);
    for (const QDate& date : {QDate(2200, 1, 1), QDate::currentDate().addYears(1).addDays(1), QDate(1899, 12, 31)}) {
        auto made = repo.create(order(date, 10));
        ASSERT_FALSE(made) << date.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(made.error().field, QStringLiteral("order_date"));
    }
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), 0);
    EXPECT_TRUE(repo.create(order(QDate::currentDate().addMonths(11), 1e12)));
}

TEST_F(OrderRepositoryTest, ListIsNewestFirstWithLines)
{
    OrderRepository repo(*m_rep1aSession);
    ASSERT_TRUE(repo.create(order(QDate(2024, 1, 10)), {line(m_product1, 1, 5)}));
    ASSERT_TRUE(repo.create(order(QDate(2024, 6, 1)), {line(m_product1, 1, 5), line(m_product2, 2, 5)}));
    ASSERT_TRUE(repo.create(order(QDate(2024, 3, 5), 7)));
    auto listed = repo.listForCustomer(m_customer.id);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 3u);
    EXPECT_EQ(listed->at(0).order.orderDate, QDate(2024, 6, 1));
    EXPECT_EQ(listed->at(0).lines.size(), 2u);
    EXPECT_EQ(listed->at(1).order.orderDate, QDate(2024, 3, 5));
    EXPECT_EQ(listed->at(2).order.orderDate, QDate(2024, 1, 10));
    EXPECT_EQ(listed->at(2).lines.size(), 1u);
}

TEST_F(OrderRepositoryTest, AnUnknownProductOnALaterLineRejectsTheWholeOrder)
{
    OrderRepository repo(*m_rep1aSession);
    const qint64 auditBefore = scalar("SELECT count(*) FROM audit_log");
    auto result = repo.create(order(QDate(2024, 3, 1)), {line(m_product1, 1, 10), line(424242, 1, 10)});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(result.error().row, 2);
    EXPECT_EQ(result.error().field, QStringLiteral("product"));
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM order_lines"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log"), auditBefore);
}

TEST_F(OrderRepositoryTest, ABadQuantityIsReportedWithItsLine)
{
    OrderRepository repo(*m_rep1aSession);
    auto result = repo.create(order(QDate(2024, 3, 1)), {line(m_product1, 1, 10), line(m_product2, 0, 10)});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().row, 2);
    EXPECT_EQ(result.error().field, QStringLiteral("quantity"));
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), 0);
}

TEST_F(OrderRepositoryTest, RemoveDeletesLinesAndAudits)
{
    OrderRepository repo(*m_rep1aSession);
    auto created = repo.create(order(QDate(2024, 3, 1)), {line(m_product1, 2, 10)});
    ASSERT_TRUE(created);
    const std::string id = std::to_string(created->order.id);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'orders' AND action = 'insert' AND "
                     "field = 'amount' AND new_value = '20' AND row_id = " +
                     id),
              1);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'order_lines' AND action = 'insert' AND "
                     "field = 'product' AND new_value = 'P-001'"),
              1);
    ASSERT_TRUE(repo.voidOrder(created->order.id, QStringLiteral("entered twice")));
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM order_lines"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'orders' AND action = 'void' AND "
                     "field = 'amount' AND old_value = '20' AND new_value IS NULL AND row_id = " +
                     id),
              1);
    auto again = repo.voidOrder(created->order.id, QStringLiteral("entered twice"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::NotFound);
}

} // namespace
} // namespace carddesk::storage::test
