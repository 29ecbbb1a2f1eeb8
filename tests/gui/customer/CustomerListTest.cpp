#include "GuiTestDatabase.h"

#include "gui/customer/CustomerListModel.h"
#include "gui/customer/CustomerListWidget.h"
#include "storage/queries/CustomerListQueries.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <SQLiteCpp/SQLiteCpp.h>
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
    storage::CustomerListQueries queries(office.admin());
    gui::CustomerListModel model(queries);
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

namespace {
// Many customers at once, in one transaction (the repository would write and audit them one by one).
void addManyCustomers(GuiTestDatabase& office, int n)
{
    auto& sql = office.db().sql();
    sql.exec("BEGIN");
    SQLite::Statement insert(sql, "INSERT INTO customers (code, name, name_pinyin, name_initials, owner_id, area_id, "
                                  "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00', "
                                  "'2026-01-01T00:00:00')");
    for (int i = 0; i < n; ++i) {
        insert.bind(1, QStringLiteral("M%1").arg(i, 6, 10, QLatin1Char('0')).toStdString());
        insert.bind(2, QStringLiteral("客户%1").arg(i).toStdString());
        insert.bind(3, QStringLiteral("kehu%1").arg(i).toStdString());
        insert.bind(4, QStringLiteral("kh%1").arg(i).toStdString());
        insert.bind(5, static_cast<int64_t>(office.rep2().userId()));
        insert.bind(6, static_cast<int64_t>(office.areaId));
        insert.exec();
        insert.reset();
    }
    sql.exec("COMMIT");
}
} // namespace

TEST(CustomerListModel, CountsUpToTheCapAndEverythingOnlyOnDemand)
{
    GuiTestDatabase office;
    addManyCustomers(office, 1100); // 1,105 in all
    storage::CustomerListQueries queries(office.admin());
    gui::CustomerListModel model(queries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false);
    model.reload();
    EXPECT_FALSE(model.totalIsExact());
    EXPECT_EQ(model.totalCount(), gui::CustomerListModel::CountCap + 1);
    EXPECT_EQ(model.rowCount(), gui::CustomerListModel::PageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    // Another order: the same rows, the count stands.
    model.sort(gui::CustomerListModel::Name, Qt::DescendingOrder);
    EXPECT_FALSE(model.totalIsExact());
    EXPECT_EQ(model.rowCount(), gui::CustomerListModel::PageSize);
    QSignalSpy counted(&model, &gui::CustomerListModel::totalCountChanged);
    model.countAll();
    EXPECT_TRUE(model.totalIsExact());
    EXPECT_EQ(model.totalCount(), 1105);
    ASSERT_EQ(counted.count(), 1);
    EXPECT_EQ(counted.first().first().toLongLong(), 1105);

    // Without a count, paging runs until a short page and then knows the total.
    model.reload();
    EXPECT_FALSE(model.totalIsExact());
    int pages = 0;
    while (model.canFetchMore({}) && ++pages < 100)
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 1105);
    EXPECT_TRUE(model.totalIsExact());
    EXPECT_EQ(model.totalCount(), 1105);

    // A filter with few matches is counted exactly at once: its first page is all of it.
    storage::CustomerQuery lost;
    lost.status = QStringLiteral("lost");
    model.setQuery(lost);
    EXPECT_TRUE(model.totalIsExact());
    EXPECT_EQ(model.totalCount(), 1);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST(CustomerListWidget, SaysMoreThanTheCapAndCountsOnRequest)
{
    GuiTestDatabase office;
    addManyCustomers(office, 1100);
    gui::CustomerListWidget list(office.admin());
    auto* label = list.findChild<QLabel*>(QStringLiteral("countLabel"));
    ASSERT_NE(label, nullptr);
    const QLocale locale;
    EXPECT_TRUE(label->text().contains(locale.toString(gui::CustomerListModel::CountCap)))
        << label->text().toStdString();
    EXPECT_TRUE(label->text().contains(QStringLiteral("href"))) << label->text().toStdString();
    emit label->linkActivated(QStringLiteral("count"));
    EXPECT_TRUE(label->text().startsWith(locale.toString(1105))) << label->text().toStdString();
    // A search with few matches: counted at once, and the label is plain text again.
    list.searchField()->setText(QStringLiteral("<b>shhl"));
    list.applyFilters();
    EXPECT_EQ(label->textFormat(), Qt::PlainText);
    EXPECT_TRUE(label->text().contains(QStringLiteral("<b>shhl"))) << label->text().toStdString();
}

TEST(CustomerListWidget, DateColumnsShowTheWholeDate)
{
    GuiTestDatabase office;
    gui::CustomerListWidget list(office.admin());
    auto* view = list.findChild<QTableView*>();
    ASSERT_NE(view, nullptr);
    // A clipped "2026-08-…" hid the day (seen on a screenshot); the text plus the cell's margins must fit.
    const int needed = view->fontMetrics().horizontalAdvance(QStringLiteral("2026-08-27")) + 12;
    EXPECT_GE(view->columnWidth(gui::CustomerListModel::LastOrder), needed);
    EXPECT_GE(view->columnWidth(gui::CustomerListModel::NextFollowUp), needed);
}

TEST(CustomerListModel, SortsAndFiltersInSql)
{
    GuiTestDatabase office;
    storage::CustomerListQueries queries(office.admin());
    gui::CustomerListModel model(queries);
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

// "(no rep)" in the rep filter lists the cards no one owns (the Users page sends the administrator there).
TEST(CustomerListWidget, TheRepFilterListsTheCustomersWithoutARep)
{
    GuiTestDatabase office;
    const core::Customer orphan = office.addCustomer(office.rep1(), QStringLiteral("无主商贸有限公司"));
    office.db().sql().exec("UPDATE customers SET owner_id = NULL WHERE id = " + std::to_string(orphan.id));
    gui::CustomerListWidget list(office.manager());
    EXPECT_TRUE(list.ownerFilter()->isVisibleTo(&list));
    const int noRep = list.ownerFilter()->findData(storage::CustomerQuery::kNoOwner);
    ASSERT_GE(noRep, 0);
    list.ownerFilter()->setCurrentIndex(noRep);
    EXPECT_EQ(names(*list.model()), QStringList{QStringLiteral("无主商贸有限公司")});
    list.ownerFilter()->setCurrentIndex(0);
    EXPECT_EQ(list.model()->rowCount(), 6);
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
