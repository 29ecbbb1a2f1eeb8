#include "StorageFixture.h"

#include "LocalTimeZone.h"
#include "storage/queries/VisitSheetQueries.h"

namespace carddesk::storage::test {
namespace {

// The visit sheet counts an invoice as open as the collections plan does: a rounding remnant below half a cent
// (paid 99.996 of 100) is paid, not an invoice for the rep to collect.
TEST_F(StorageFixture, TheVisitSheetLeavesOutInvoicesPaidToTheHalfCent)
{
    const qint64 id = createCustomer(*m_rep1aSession, QStringLiteral("华东精密机械有限公司")).id;
    const std::string c = std::to_string(id);
    db().sql().exec("INSERT INTO receivables (customer_id, invoice_no, invoice_date, due_date, amount, paid_amount) "
                    "VALUES (" +
                    c + ", 'F-1', '2026-10-01', '2026-10-31', 100, 99.996), (" + c +
                    ", 'F-2', '2026-10-01', '2026-11-15', 50, 20), (" + c +
                    ", 'F-3', '2026-11-20', '2026-12-20', 30, 0)");
    auto card = VisitSheetQueries(*m_rep1aSession).card(id, QDate(2026, 12, 1));
    ASSERT_TRUE(card) << card.error().toString().toStdString();
    EXPECT_EQ(card->openInvoices, 2);
    EXPECT_NEAR(card->receivableOpen, 60.0, 1e-9);
    EXPECT_NEAR(card->receivableOverdue, 30.0, 1e-9);
    EXPECT_EQ(card->oldestOverdueDue, QDate(2026, 11, 15));
}

// Bug: a complaint's received and deadline days were the UTC days of its moments; in Beijing a complaint received at
// 07:00 on 05-01 (22:59Z on 04-30) printed "received 04-30, deadline 05-01" while Today said 05-02.
TEST_F(StorageFixture, TheVisitSheetGivesAComplaintsDaysInLocalTime)
{
    const carddesk::test::LocalTimeZone beijing("Asia/Shanghai");
    const qint64 id = createCustomer(*m_rep1aSession, QStringLiteral("华东精密机械有限公司")).id;
    db().sql().exec("INSERT INTO complaints (customer_id, received_at, owner_id, deadline, status) VALUES (" +
                    std::to_string(id) + ", '2026-04-30T23:00:00Z', " + std::to_string(m_rep1a.id) +
                    ", '2026-05-01T23:00:00Z', 'in_progress')");
    auto card = VisitSheetQueries(*m_rep1aSession).card(id, QDate(2026, 5, 1));
    ASSERT_TRUE(card) << card.error().toString().toStdString();
    ASSERT_EQ(card->openComplaints.size(), 1U);
    EXPECT_EQ(card->openComplaints[0].receivedOn, QDate(2026, 5, 1));
    EXPECT_EQ(card->openComplaints[0].deadline, QDate(2026, 5, 2));
}

} // namespace
} // namespace carddesk::storage::test
