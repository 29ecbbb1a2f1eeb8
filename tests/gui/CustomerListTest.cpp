#include "GuiTestDatabase.h"

#include "gui/CustomerListModel.h"
#include "gui/CustomerListWidget.h"
#include "storage/CustomerRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace carddesk;

namespace {
QStringList names(const gui::CustomerListModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, gui::CustomerListModel::Name).data().toString();
    return out;
}
} // namespace

TEST(CustomerListModel, PassesTheModelTesterAndPagesThroughRows)
{
    GuiTestDatabase office;
    for (int i = 0; i < 250; ++i)
        office.addCustomer(office.rep2(), QStringLiteral("客户%1").arg(i, 3, 10, QLatin1Char('0')));
    storage::CustomerRepository repository(office.admin());
    gui::CustomerListModel model(repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The 6.4 tester fetches more from inside modelReset, before it clears its own reset flag: page by hand here.
    tester.setUseFetchMore(false);
    model.reload();
    EXPECT_EQ(model.totalCount(), 255);
    EXPECT_EQ(model.rowCount(), gui::CustomerListModel::PageSize);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 255);
    EXPECT_FALSE(model.canFetchMore({}));
    model.sort(gui::CustomerListModel::Name, Qt::DescendingOrder);
    EXPECT_EQ(model.rowCount(), gui::CustomerListModel::PageSize);
}

TEST(CustomerListModel, SortsAndFiltersInSql)
{
    GuiTestDatabase office;
    storage::CustomerRepository repository(office.admin());
    gui::CustomerListModel model(repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    ASSERT_EQ(model.rowCount(), 5);
    // By name: the pinyin order, so 北京 (beijing) comes before 上海 (shanghai).
    EXPECT_EQ(names(model).first(), QStringLiteral("北京京东方贸易公司"));
    model.sort(gui::CustomerListModel::Name, Qt::DescendingOrder);
    EXPECT_EQ(names(model).first(), QStringLiteral("苏州园林设计院"));

    storage::CustomerQuery query = model.query();
    query.status = QStringLiteral("potential");
    model.setQuery(query);
    EXPECT_EQ(model.rowCount(), 2);
    query.status.clear();
    query.keyOnly = true;
    model.setQuery(query);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, gui::CustomerListModel::Key).data().toString(), QStringLiteral("★"));
    EXPECT_EQ(model.index(0, gui::CustomerListModel::Owner).data().toString(), QStringLiteral("张伟"));
}

TEST(CustomerListWidget, FindsChineseNamesByPinyinInitialsAsYouType)
{
    GuiTestDatabase office;
    gui::CustomerListWidget list(office.admin());
    list.show();
    auto* model = list.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 5);

    QTest::keyClicks(list.searchField(), QStringLiteral("shhl"));
    // Debounced: nothing happens on the keystroke itself, the query runs once typing pauses.
    EXPECT_EQ(model->rowCount(), 5);
    QTRY_COMPARE(model->rowCount(), 1);
    EXPECT_EQ(names(*model), QStringList{QStringLiteral("上海华联商贸有限公司")});

    for (const QString& text : {QStringLiteral("shanghai"), QStringLiteral("上海"), QStringLiteral("chen.jing"),
                                QStringLiteral("138 0013")}) {
        list.searchField()->setText(text);
        list.applyFilters();
        EXPECT_EQ(names(*model), QStringList{QStringLiteral("上海华联商贸有限公司")}) << text.toStdString();
    }
    list.searchField()->setText(QStringLiteral("nosuchcustomer"));
    list.applyFilters();
    EXPECT_EQ(model->rowCount(), 0);
}

TEST(CustomerListWidget, RepSeesOnlyTheirOwnCustomers)
{
    GuiTestDatabase office;
    gui::CustomerListWidget list(office.rep2());
    ASSERT_EQ(list.model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        EXPECT_EQ(list.model()->index(row, gui::CustomerListModel::Owner).data().toString(), QStringLiteral("李娜"));
    EXPECT_FALSE(list.ownerFilter()->isVisibleTo(&list));
    list.searchField()->setText(QStringLiteral("shhl"));
    list.applyFilters();
    EXPECT_EQ(list.model()->rowCount(), 0); // rep1's customer stays invisible, even to a search
}

TEST(CustomerListWidget, FiltersByStatusAndRep)
{
    GuiTestDatabase office;
    gui::CustomerListWidget list(office.manager());
    ASSERT_EQ(list.model()->rowCount(), 5);
    list.statusFilter()->setCurrentIndex(list.statusFilter()->findData(QStringLiteral("lost")));
    EXPECT_EQ(names(*list.model()), QStringList{QStringLiteral("杭州西湖茶叶有限公司")});
    list.statusFilter()->setCurrentIndex(0);
    list.ownerFilter()->setCurrentIndex(list.ownerFilter()->findData(office.rep2().userId()));
    EXPECT_EQ(list.model()->rowCount(), 2);
}

TEST(CustomerListWidget, EnterOnARowOpensTheCustomer)
{
    GuiTestDatabase office;
    gui::CustomerListWidget list(office.rep1());
    list.show();
    QSignalSpy spy(&list, &gui::CustomerListWidget::openCustomer);
    list.searchField()->setText(QStringLiteral("shhl"));
    QTest::keyClick(list.searchField(), Qt::Key_Return);
    ASSERT_EQ(list.model()->rowCount(), 1);
    QTest::keyClick(list.view(), Qt::Key_Return);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.first().first().toLongLong(), office.huaLianId);
}
