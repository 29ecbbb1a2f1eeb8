#include "StorageFixture.h"

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

} // namespace
} // namespace carddesk::storage::test
