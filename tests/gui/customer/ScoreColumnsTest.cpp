#include "ScoredOffice.h"

#include "gui/common/Labels.h"
#include "gui/customer/CustomerListModel.h"
#include "gui/customer/CustomerListWidget.h"
#include "storage/queries/CustomerListQueries.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTableView>

#include <gtest/gtest.h>

using namespace carddesk;
using gui::CustomerListModel;

namespace {
// The number of rows the model holds after fetching everything.
int fetchAll(CustomerListModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    return model.rowCount();
}
} // namespace

TEST(ScoreColumns, ListShowsAbcRiskStageAndClvAndSortsAndFiltersByThem)
{
    ScoredOffice office;
    const analytics::ScoringResult& r = office.report().result;
    storage::CustomerListQueries queries(office.admin());
    CustomerListModel model(queries);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false);
    model.reload();
    EXPECT_EQ(model.headerData(CustomerListModel::Abc, Qt::Horizontal).toString(), QStringLiteral("ABC"));
    EXPECT_EQ(model.headerData(CustomerListModel::Clv, Qt::Horizontal).toString(), QStringLiteral("CLV 12 m"));

    // Every row shows what the report computed for that customer.
    const int rows = fetchAll(model);
    ASSERT_EQ(rows, static_cast<int>(office.ids().size()));
    for (int row = 0; row < rows; ++row) {
        const qint64 id = model.customerId(row);
        const auto i =
            static_cast<std::size_t>(std::find(office.ids().begin(), office.ids().end(), id) - office.ids().begin());
        const QString abc = QString::fromStdString(std::string(analytics::abcClassName(r.abc[i])));
        EXPECT_EQ(model.index(row, CustomerListModel::Abc).data().toString(),
                  abc == QLatin1String("none") ? QString() : abc);
        const QString stage = QString::fromStdString(std::string(analytics::lifecycleStageName(r.stage[i])))
                                  .replace(QLatin1Char(' '), QLatin1Char('_'));
        EXPECT_EQ(model.index(row, CustomerListModel::Stage).data().toString(), gui::Labels::stage(stage));
        const QString risk = QString::fromStdString(std::string(analytics::churnLevelName(r.churnLevel[i])));
        EXPECT_EQ(model.index(row, CustomerListModel::ChurnRisk).data().toString(), gui::Labels::churnRisk(risk));
    }

    // Sorting by CLV is SQL's: descending values down the column.
    model.sort(CustomerListModel::Clv, Qt::DescendingOrder);
    EXPECT_EQ(model.query().sort, storage::CustomerQuery::SortColumn::Clv);
    fetchAll(model);
    const double top = *std::max_element(r.clv.begin(), r.clv.end());
    EXPECT_NEAR(QLocale().toDouble(model.index(0, CustomerListModel::Clv).data().toString()), top, 1.0);
    model.sort(CustomerListModel::Abc, Qt::AscendingOrder);
    EXPECT_EQ(model.query().sort, storage::CustomerQuery::SortColumn::Abc);
    model.sort(CustomerListModel::ChurnRisk, Qt::AscendingOrder);
    EXPECT_EQ(model.query().sort, storage::CustomerQuery::SortColumn::ChurnRisk);
    model.sort(CustomerListModel::Stage, Qt::AscendingOrder);
    EXPECT_EQ(model.query().sort, storage::CustomerQuery::SortColumn::Stage);

    // Filters: the counts are the report's.
    storage::CustomerQuery query;
    query.abc = QStringLiteral("A");
    model.setQuery(query);
    EXPECT_EQ(model.totalCount(), static_cast<qint64>(r.abcSummary.countA));
    for (int row = 0; row < fetchAll(model); ++row)
        EXPECT_EQ(model.index(row, CustomerListModel::Abc).data().toString(), QStringLiteral("A"));
    query = {};
    query.churnRisk = QStringLiteral("high");
    model.setQuery(query);
    EXPECT_EQ(fetchAll(model), static_cast<int>(r.churnLevelCounts[static_cast<int>(analytics::ChurnLevel::High)]));
    EXPECT_GT(model.rowCount(), 0);
}

TEST(ScoreColumns, WidgetFiltersDriveTheQuery)
{
    ScoredOffice office;
    const analytics::ScoringResult& r = office.report().result;
    gui::CustomerListWidget widget(office.admin());
    QComboBox* stage = widget.stageFilter();
    const int stability = stage->findData(QStringLiteral("stability"));
    ASSERT_GE(stability, 0);
    stage->setCurrentIndex(stability);
    EXPECT_EQ(widget.model()->query().stage, QStringLiteral("stability"));
    EXPECT_EQ(widget.model()->totalCount(),
              static_cast<qint64>(r.stageCounts[static_cast<int>(analytics::LifecycleStage::Stability)]));
    widget.riskFilter()->setCurrentIndex(widget.riskFilter()->findData(QStringLiteral("low")));
    widget.abcFilter()->setCurrentIndex(widget.abcFilter()->findData(QStringLiteral("A")));
    EXPECT_EQ(widget.model()->query().churnRisk, QStringLiteral("low"));
    EXPECT_EQ(widget.model()->query().abc, QStringLiteral("A"));
    for (int row = 0; row < widget.model()->rowCount(); ++row) {
        EXPECT_EQ(widget.model()->index(row, CustomerListModel::Abc).data().toString(), QStringLiteral("A"));
        EXPECT_EQ(widget.model()->index(row, CustomerListModel::Stage).data().toString(),
                  gui::Labels::stage(QStringLiteral("stability")));
    }
}
