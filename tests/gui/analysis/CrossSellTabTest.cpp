#include "GuiTestDatabase.h"

#include "gui/analysis/CrossSellTab.h"
#include "gui/analysis/CrossSellTargetsDialog.h"
#include "gui/common/RecordTableModel.h"
#include "gui/customer/CustomerCardWidget.h"
#include "services/CrossSellService.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

using namespace carddesk;

namespace {

// Ten customers' holdings: six hold the printer and its toner, one (华联, rep1's) the printer alone, three paper.
// Printer → toner: confidence 6/7, lift (6/7) / (6/10) = 1.43; 华联 is the one to offer toner to.
class CrossSellTabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        services::CrossSellService::clearCache();
        auto& db = office.db().sql();
        db.exec(
            "INSERT INTO products (code, name, category, unit, unit_price) VALUES ('P-1', '激光打印机', '办公设备', "
            "'台', 2380), ('P-2', '硒鼓', '耗材', '支', 420), ('P-3', 'A4复印纸', '耗材', '箱', 128)");
        printer = db.execAndGet("SELECT id FROM products WHERE code = 'P-1'").getInt64();
        toner = db.execAndGet("SELECT id FROM products WHERE code = 'P-2'").getInt64();
        paper = db.execAndGet("SELECT id FROM products WHERE code = 'P-3'").getInt64();
        for (int i = 0; i < 6; ++i) {
            const qint64 id = office.addCustomer(office.rep2(), QStringLiteral("客户甲%1").arg(i)).id;
            hold(id, printer);
            hold(id, toner);
        }
        hold(office.huaLianId, printer);
        for (int i = 0; i < 3; ++i)
            hold(office.addCustomer(office.rep2(), QStringLiteral("客户乙%1").arg(i)).id, paper);
    }

    void hold(qint64 customer, qint64 product)
    {
        office.db().sql().exec("INSERT INTO customer_products (customer_id, product_id, quantity) VALUES (" +
                               std::to_string(customer) + ", " + std::to_string(product) + ", 1)");
    }

    GuiTestDatabase office;
    qint64 printer = 0;
    qint64 toner = 0;
    qint64 paper = 0;
};

} // namespace

TEST_F(CrossSellTabTest, TheCardsSuggestedProductsAreTheServicesSuggestions)
{
    auto expected = services::CrossSellService::suggest(office.rep1(), office.huaLianId);
    ASSERT_TRUE(expected) << expected.error().toString().toStdString();
    ASSERT_EQ(expected->suggestions.size(), 1u);
    EXPECT_EQ(expected->suggestions[0].rule.consequent.id, toner);
    EXPECT_NEAR(expected->suggestions[0].rule.lift, (6.0 / 7.0) / 0.6, 1e-9);

    gui::CustomerCardWidget card(office.rep1());
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    gui::CrossSellTab* tab = card.crossSellTab();
    ASSERT_NE(tab, nullptr);
    const int index = card.tabs()->indexOf(tab);
    ASSERT_GE(index, 0);
    EXPECT_TRUE(card.tabs()->isTabVisible(index));
    // Nothing is read while the tab is not looked at (the first read mines the office's rules).
    EXPECT_EQ(tab->model()->rowCount(), 0);
    EXPECT_EQ(card.tabs()->tabText(index), QStringLiteral("Suggestions"));
    card.tabs()->setCurrentWidget(tab);
    EXPECT_EQ(card.tabs()->tabText(index), QStringLiteral("Suggestions (1)"));
    gui::RecordTableModel* model = tab->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->rowId(0), toner);
    EXPECT_EQ(model->data(model->index(0, 0)).toString(), QStringLiteral("硒鼓"));
    EXPECT_EQ(model->data(model->index(0, 1)).toString(),
              QStringLiteral("Customers who hold 激光打印机 also buy 硒鼓: lift 1.4"));
    // The best suggestion is chosen, and its confidence and support read in plain words below the list.
    EXPECT_EQ(tab->detailsText(), QStringLiteral("86% of the customers who hold 激光打印机 buy it too (1.4× the "
                                                 "average)\n6 customers hold both (60.0% of customers with products)"));
    EXPECT_TRUE(tab->targetsButton()->isEnabled());

    // A customer holding both has nothing to be offered, and the tab says why.
    const qint64 full =
        office.db()
            .sql()
            .execAndGet("SELECT customer_id FROM customer_products WHERE product_id = " + std::to_string(toner) +
                        " LIMIT 1")
            .getInt64();
    gui::CustomerCardWidget other(office.admin());
    ASSERT_TRUE(other.loadCustomer(full));
    other.tabs()->setCurrentWidget(other.crossSellTab());
    EXPECT_EQ(other.crossSellTab()->model()->rowCount(), 0);
    EXPECT_TRUE(other.crossSellTab()->detailsText().isEmpty());
    EXPECT_FALSE(other.crossSellTab()->targetsButton()->isEnabled());
    EXPECT_TRUE(other.crossSellTab()->noteText().startsWith(QStringLiteral("No product to suggest")));
}

TEST_F(CrossSellTabTest, TheTargetsListHoldsOnlyTheUsersOwnCustomersAndOpensACard)
{
    gui::CrossSellTab tab(office.rep1(), nullptr);
    tab.showCustomer(office.huaLianId);
    EXPECT_EQ(tab.model()->rowCount(), 0); // hidden: not read
    tab.show();
    ASSERT_EQ(tab.model()->rowCount(), 1);
    EXPECT_TRUE(tab.targetsButton()->isEnabled());
    tab.view()->clearSelection();
    EXPECT_FALSE(tab.targetsButton()->isEnabled());
    EXPECT_TRUE(tab.detailsText().isEmpty());

    storage::CrossSellProduct product{toner, QStringLiteral("P-2"), QStringLiteral("硒鼓"), QString(), true};
    gui::CrossSellTargetsDialog mine(office.rep1(), nullptr, product);
    ASSERT_EQ(mine.model()->rowCount(), 1);
    EXPECT_EQ(mine.model()->rowId(0), office.huaLianId);
    EXPECT_TRUE(mine.summaryText().startsWith(QStringLiteral("1 of your customers")))
        << mine.summaryText().toStdString();
    qint64 opened = 0;
    QObject::connect(&mine, &gui::CrossSellTargetsDialog::openCustomer, [&](qint64 id) { opened = id; });
    emit mine.findChild<QTableView*>()->doubleClicked(mine.model()->index(0, 1));
    EXPECT_EQ(opened, office.huaLianId);

    // rep2's customers all hold the toner or never the printer: nobody of theirs to offer it to.
    gui::CrossSellTargetsDialog theirs(office.rep2(), nullptr, product);
    EXPECT_EQ(theirs.model()->rowCount(), 0);
    EXPECT_TRUE(theirs.summaryText().startsWith(QStringLiteral("None of your customers")));
}
