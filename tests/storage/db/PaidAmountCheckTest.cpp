#include "StorageFixture.h"

#include "storage/repositories/ReceivableRepository.h"

#include <string>

namespace carddesk::storage::test {
namespace {

// Database::check (carddesk-cli check): receivables.paid_amount, which the overdue figures read, must be the sum of
// the receivable's payments.
class PaidAmountCheckTest : public StorageFixture
{
protected:
    // A receivable of 1000 with payments of `paid`, through the repository (as CardDesk records them).
    qint64 receivableWithPayments(const std::vector<double>& paid)
    {
        const core::Customer customer = createCustomer(*m_rep1aSession);
        ReceivableRepository repo(*m_rep1aSession);
        core::Receivable r;
        r.customerId = customer.id;
        r.invoiceDate = QDate(2025, 1, 1);
        r.dueDate = QDate(2025, 1, 31);
        r.amount = 1000;
        const qint64 id = must(repo.create(r), "create a receivable").id;
        for (const double amount : paid) {
            core::Payment p;
            p.amount = amount;
            p.paidDate = QDate(2025, 1, 15);
            must(repo.addPayment(id, p), "add a payment");
        }
        return id;
    }

    QStringList paidAmountProblems()
    {
        auto problems = db().check();
        if (!problems)
            throw std::runtime_error(problems.error().toString().toStdString());
        QStringList found;
        for (const QString& problem : *problems)
            if (problem.startsWith(QLatin1String("paid amount: ")))
                found << problem;
        return found;
    }
};

TEST_F(PaidAmountCheckTest, PaymentsRecordedByCardDeskPassTheCheck)
{
    receivableWithPayments({});
    receivableWithPayments({0.1, 0.2, 0.3}); // sums that are not exact in binary
    receivableWithPayments({250, 749.99});
    auto problems = db().check();
    ASSERT_TRUE(problems);
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QStringLiteral("; ")).toStdString();
}

TEST_F(PaidAmountCheckTest, AReceivableWhosePaidAmountIsNotItsPaymentsSumIsListed)
{
    const qint64 sound = receivableWithPayments({300});
    const qint64 extraPayment = receivableWithPayments({100});
    const qint64 paidWithoutPayment = receivableWithPayments({});
    const qint64 paymentDeleted = receivableWithPayments({200, 50});
    auto& sql = db().sql();
    // What a tool outside CardDesk does: one of the two written, not the other.
    sql.exec("INSERT INTO payments (receivable_id, paid_date, amount) VALUES (" + std::to_string(extraPayment) +
             ", '2025-01-20', 40)");
    sql.exec("UPDATE receivables SET paid_amount = 500 WHERE id = " + std::to_string(paidWithoutPayment));
    sql.exec("DELETE FROM payments WHERE id = (SELECT max(id) FROM payments WHERE receivable_id = " +
             std::to_string(paymentDeleted) + ")");
    const QStringList found = paidAmountProblems();
    ASSERT_EQ(found.size(), 1) << found.join(QStringLiteral("; ")).toStdString();
    EXPECT_EQ(found.front(), QStringLiteral("paid amount: 3 receivable(s) whose paid_amount is not the sum of their "
                                            "payments (ids %1, %2, %3)")
                                 .arg(extraPayment)
                                 .arg(paidWithoutPayment)
                                 .arg(paymentDeleted));
    EXPECT_FALSE(found.front().contains(QStringLiteral(" %1,").arg(sound)));
}

TEST_F(PaidAmountCheckTest, AnUnequalPaidAmountIsAnInconsistencyNotDamage)
{
    const qint64 id = receivableWithPayments({100});
    db().sql().exec("UPDATE receivables SET paid_amount = 90 WHERE id = " + std::to_string(id));
    // A restore asks for damage only; the paid amount is the office as it was, and `check` still lists it.
    auto damage = db().findDamage();
    ASSERT_TRUE(damage);
    EXPECT_TRUE(damage->isEmpty()) << damage->join(QStringLiteral("; ")).toStdString();
    auto inconsistencies = db().findInconsistencies();
    ASSERT_TRUE(inconsistencies);
    ASSERT_EQ(inconsistencies->size(), 1);
    EXPECT_TRUE(inconsistencies->front().startsWith(QLatin1String("paid amount: 1 receivable(s)")));
    auto all = db().check();
    ASSERT_TRUE(all);
    EXPECT_EQ(*all, *inconsistencies);
}

TEST_F(PaidAmountCheckTest, ManyUnequalReceivablesAreCountedWithTheFirstFiveIds)
{
    std::vector<qint64> ids;
    for (int i = 0; i < 7; ++i)
        ids.push_back(receivableWithPayments({10}));
    db().sql().exec("UPDATE receivables SET paid_amount = paid_amount + 1");
    const QStringList found = paidAmountProblems();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.front(), QStringLiteral("paid amount: 7 receivable(s) whose paid_amount is not the sum of their "
                                            "payments (ids %1, %2, %3, %4, %5, …)")
                                 .arg(ids[0])
                                 .arg(ids[1])
                                 .arg(ids[2])
                                 .arg(ids[3])
                                 .arg(ids[4]));
}

} // namespace
} // namespace carddesk::storage::test
