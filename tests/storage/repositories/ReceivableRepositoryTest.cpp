#include "StorageFixture.h"

#include "storage/repositories/ReceivableRepository.h"

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;
using core::Payment;
using core::Receivable;

class ReceivableRepositoryTest : public StorageFixture
{
protected:
    static Receivable receivable(qint64 customerId, const QDate& due, double amount)
    {
        Receivable r;
        r.customerId = customerId;
        r.invoiceNo = QStringLiteral("INV-1");
        r.invoiceDate = due.addDays(-30);
        r.dueDate = due;
        r.amount = amount;
        return r;
    }

    static Payment payment(double amount, const QDate& date = QDate(2024, 4, 1))
    {
        Payment p;
        p.amount = amount;
        p.paidDate = date;
        p.method = QStringLiteral("transfer");
        return p;
    }
};

TEST_F(ReceivableRepositoryTest, CreateAndList)
{
    const auto customer = createCustomer(*m_rep1aSession);
    ReceivableRepository repo(*m_rep1aSession);
    Receivable r = receivable(customer.id, QDate(2024, 3, 31), 1000);
    r.paidAmount = 400; // ignored: a new receivable is unpaid
    auto created = repo.create(r);
    ASSERT_TRUE(created) << created.error().toString().toStdString();
    EXPECT_DOUBLE_EQ(created->paidAmount, 0);
    ASSERT_TRUE(repo.create(receivable(customer.id, QDate(2024, 1, 31), 50)));
    auto listed = repo.listForCustomer(customer.id);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ(listed->front().dueDate, QDate(2024, 1, 31));

    Receivable backwards = receivable(customer.id, QDate(2024, 3, 31), 10);
    backwards.invoiceDate = QDate(2024, 4, 30);
    auto refused = repo.create(backwards);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("due_date"));
}

TEST_F(ReceivableRepositoryTest, PaymentsUpdatePaidAmountAndAudit)
{
    const auto customer = createCustomer(*m_rep1aSession);
    ReceivableRepository repo(*m_rep1aSession);
    auto created = repo.create(receivable(customer.id, QDate(2024, 3, 31), 1000));
    ASSERT_TRUE(created);

    auto first = repo.addPayment(created->id, payment(300));
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    ASSERT_TRUE(repo.addPayment(created->id, payment(700)));
    auto listed = repo.listForCustomer(customer.id);
    ASSERT_TRUE(listed);
    EXPECT_DOUBLE_EQ(listed->front().paidAmount, 1000);
    auto payments = repo.payments(created->id);
    ASSERT_TRUE(payments);
    EXPECT_EQ(payments->size(), 2u);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'receivables' AND action = 'update' AND "
                     "field = 'paid_amount' AND old_value = '300' AND new_value = '1000'"),
              1);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'payments' AND action = 'insert' AND "
                     "field = 'amount' AND new_value = '700'"),
              1);
}

TEST_F(ReceivableRepositoryTest, APaymentAboveTheOpenAmountWritesNothing)
{
    const auto customer = createCustomer(*m_rep1aSession);
    ReceivableRepository repo(*m_rep1aSession);
    auto created = repo.create(receivable(customer.id, QDate(2024, 3, 31), 1000));
    ASSERT_TRUE(created);
    ASSERT_TRUE(repo.addPayment(created->id, payment(600)));
    const qint64 auditBefore = scalar("SELECT count(*) FROM audit_log");

    auto tooMuch = repo.addPayment(created->id, payment(400.01));
    ASSERT_FALSE(tooMuch);
    EXPECT_EQ(tooMuch.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(tooMuch.error().field, QStringLiteral("amount"));
    auto zero = repo.addPayment(created->id, payment(0));
    ASSERT_FALSE(zero);
    EXPECT_EQ(zero.error().field, QStringLiteral("amount"));

    EXPECT_EQ(scalar("SELECT count(*) FROM payments"), 1);
    EXPECT_DOUBLE_EQ(m_db->sql().execAndGet("SELECT paid_amount FROM receivables").getDouble(), 600);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log"), auditBefore);
}

// Bug: a payment of less than half a cent passed on a paid-in-full invoice, and two of them made paid_amount differ
// from the payments' sum by more than `check` allows.
TEST_F(ReceivableRepositoryTest, PaymentsAreCentsAndAPaidInvoiceTakesNoMore)
{
    const auto customer = createCustomer(*m_rep1aSession);
    ReceivableRepository repo(*m_rep1aSession);
    auto created = repo.create(receivable(customer.id, QDate(2024, 3, 31), 1000));
    ASSERT_TRUE(created);
    auto split = repo.addPayment(created->id, payment(333.333));
    ASSERT_TRUE(split);
    EXPECT_DOUBLE_EQ(split->amount, 333.33);
    ASSERT_TRUE(repo.addPayment(created->id, payment(666.67)));
    for (const double crumb : {0.004, 0.004, 0.01}) {
        auto refused = repo.addPayment(created->id, payment(crumb));
        ASSERT_FALSE(refused) << crumb;
        EXPECT_EQ(refused.error().field, QStringLiteral("amount"));
    }
    EXPECT_EQ(scalar("SELECT count(*) FROM payments"), 2);
    auto inconsistencies = m_db->findInconsistencies();
    ASSERT_TRUE(inconsistencies);
    EXPECT_TRUE(inconsistencies->isEmpty()) << inconsistencies->join(QStringLiteral("; ")).toStdString();
}

TEST_F(ReceivableRepositoryTest, OverdueIsScopedAndCountsDays)
{
    const auto mine = createCustomer(*m_rep1aSession, QStringLiteral("甲公司"));
    const auto colleagues = createCustomer(*m_rep1bSession, QStringLiteral("乙公司"));
    ReceivableRepository repoA(*m_rep1aSession);
    ReceivableRepository repoB(*m_rep1bSession);
    auto late = repoA.create(receivable(mine.id, QDate(2024, 3, 1), 1000));
    ASSERT_TRUE(late);
    ASSERT_TRUE(repoA.addPayment(late->id, payment(250)));
    auto paid = repoA.create(receivable(mine.id, QDate(2024, 2, 1), 100));
    ASSERT_TRUE(paid);
    ASSERT_TRUE(repoA.addPayment(paid->id, payment(100)));
    ASSERT_TRUE(repoA.create(receivable(mine.id, QDate(2024, 5, 1), 100))); // not yet due
    ASSERT_TRUE(repoB.create(receivable(colleagues.id, QDate(2024, 1, 1), 80)));

    const QDate asOf(2024, 3, 11);
    auto overdue = repoA.overdue(asOf);
    ASSERT_TRUE(overdue);
    ASSERT_EQ(overdue->size(), 1u);
    EXPECT_EQ(overdue->front().customerName, QStringLiteral("甲公司"));
    EXPECT_DOUBLE_EQ(overdue->front().openAmount, 750);
    EXPECT_EQ(overdue->front().daysOverdue, 10);
    EXPECT_EQ(overdue->front().ownerId, m_rep1a.id);

    auto managers = ReceivableRepository(*m_manager1Session).overdue(asOf);
    ASSERT_TRUE(managers);
    ASSERT_EQ(managers->size(), 2u);
    EXPECT_EQ(managers->front().customerName, QStringLiteral("乙公司")); // most overdue first
    auto otherArea = ReceivableRepository(*m_manager2Session).overdue(asOf);
    ASSERT_TRUE(otherArea);
    EXPECT_TRUE(otherArea->empty());
}

} // namespace
} // namespace carddesk::storage::test
