#include "core/Money.h"
#include "core/Receivable.h"

#include <gtest/gtest.h>

namespace carddesk::core {
namespace {

TEST(MoneyTest, AmountsRoundToTheCent)
{
    EXPECT_EQ(roundedToCents(2 * 5.003), 10.01);
    EXPECT_EQ(roundedToCents(0.1 + 0.2), 0.3);
    EXPECT_EQ(roundedToCents(-1.005 - 0.0001), -1.01);
}

TEST(MoneyTest, AReceivableIsOpenWhileItsPaymentsAreShortByAtLeastACent)
{
    Receivable settled;
    settled.amount = 0.3;
    settled.paidAmount = 0.1 + 0.2; // 0.30000000000000004
    EXPECT_FALSE(settled.isOpen());
    EXPECT_EQ(settled.openAmount(), 0.0);

    Receivable shortByACent;
    shortByACent.amount = 10.01;
    shortByACent.paidAmount = 10.0;
    shortByACent.dueDate = QDate(2026, 12, 1);
    EXPECT_TRUE(shortByACent.isOpen());
    EXPECT_EQ(shortByACent.openAmount(), 0.01);
    EXPECT_TRUE(shortByACent.isOverdue(QDate(2026, 12, 2)));
    EXPECT_FALSE(shortByACent.isOverdue(QDate(2026, 12, 1)));
}

} // namespace
} // namespace carddesk::core
