#include "GuiTestDatabase.h"
#include "WaitFor.h"

#include "gui/common/FileDialog.h"
#include "gui/common/FrozenColumnTableView.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/TextPrompt.h"
#include "gui/review/WeeklyReviewChartsPanel.h"
#include "gui/review/WeeklyReviewModel.h"
#include "gui/review/WeeklyReviewRunner.h"
#include "gui/review/WeeklyReviewWidget.h"
#include "gui/shell/Settings.h"
#include "report/WeeklyReportPainter.h"
#include "services/WeeklyReview.h"
#include "storage/repositories/SalesTargetRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QValueAxis>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

using namespace carddesk;

namespace {

// Orders of rep1's customer 上海华联 in the last full week (the page's default period) and one the week before.
void addOrders(GuiTestDatabase& office, const services::ReviewPeriod& week)
{
    SQLite::Statement order(office.db().sql(), "INSERT INTO orders (customer_id, order_date, amount) VALUES (?, ?, ?)");
    const std::pair<QDate, double> orders[] = {
        {week.from(), 1000.25}, {week.to(), 500}, {week.from().addDays(-1), 7000}};
    for (const auto& [day, amount] : orders) {
        order.bind(1, static_cast<int64_t>(office.huaLianId));
        order.bind(2, day.toString(Qt::ISODate).toStdString());
        order.bind(3, amount);
        order.exec();
        order.reset();
    }
}

} // namespace

TEST(WeeklyReviewWidget, ShowsEachRepsFiguresDrillsDownAndMarksReviewed)
{
    GuiTestDatabase office;
    const services::ReviewPeriod week = services::ReviewPeriod::lastFullWeek(QDate::currentDate());
    addOrders(office, week);
    gui::WeeklyReviewWidget widget(office.manager());
    widget.resize(1400, 700);
    widget.show();
    widget.runner()->waitForFinished();
    QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    EXPECT_EQ(widget.period().label(), week.label());
    gui::WeeklyReviewModel* model = widget.model();
    ASSERT_EQ(model->rowCount(), 3); // two reps and the total
    auto expected = services::WeeklyReview(office.manager()).build(week, {}, true);
    ASSERT_TRUE(expected);
    int rep1Row = -1;
    for (int row = 0; row < 2; ++row) {
        const auto& figures = expected->rows[static_cast<std::size_t>(row)].figures;
        EXPECT_EQ(model->repId(row), figures.rep.id);
        EXPECT_DOUBLE_EQ(model->value(row, gui::WeeklyReviewModel::SalesColumn), figures.sales);
        if (figures.rep.id == office.rep1().userId())
            rep1Row = row;
    }
    ASSERT_GE(rep1Row, 0);
    EXPECT_DOUBLE_EQ(model->value(rep1Row, gui::WeeklyReviewModel::SalesColumn), 1500.25);
    EXPECT_DOUBLE_EQ(model->value(2, gui::WeeklyReviewModel::SalesColumn), 1500.25);
    // The previous week's 7000 is the comparison: sales went down, shown with an arrow and in red.
    const QModelIndex sales = model->index(rep1Row, gui::WeeklyReviewModel::SalesColumn);
    EXPECT_TRUE(sales.data().toString().endsWith(QStringLiteral("▼"))) << sales.data().toString().toStdString();
    EXPECT_TRUE(sales.data(Qt::ToolTipRole).toString().contains(QStringLiteral("7,000")));
    EXPECT_TRUE(widget.findChildren<QLabel*>().size() > 0);

    // Double-click on the sales number: the dialog lists the two orders behind it.
    ASSERT_TRUE(widget.drillDown(rep1Row, gui::WeeklyReviewModel::SalesColumn));
    widget.runner()->waitForFinished();
    ASSERT_NE(widget.lastDrillDown(), nullptr);
    EXPECT_TRUE(widget.lastDrillDown()->isVisible());
    EXPECT_EQ(widget.drillDownModel()->rowCount(), 2);
    EXPECT_FALSE(widget.drillDown(2, gui::WeeklyReviewModel::SalesColumn)); // the total row has no single rep

    // Mark rep1's week reviewed with a comment: stored, and the page shows it.
    widget.table()->selectRow(rep1Row);
    gui::TextPrompt::setNextAnswer(QStringLiteral("Good week; chase the overdue invoices."));
    ASSERT_TRUE(widget.markReviewed());
    widget.runner()->waitForFinished();
    EXPECT_EQ(
        office.db()
            .sql()
            .execAndGet("SELECT count(*) FROM weekly_reviews WHERE rep_id = " + std::to_string(office.rep1().userId()))
            .getInt64(),
        1);
    EXPECT_EQ(model->data(model->index(rep1Row, gui::WeeklyReviewModel::ReviewedColumn)).toString(),
              QStringLiteral("Yes"));
}

// The week going on can be picked (it was not listed: only a month or quarter could be looked at before its end): it
// is first in the list, the last full week under it stays the default, and picked it is counted to today.
TEST(WeeklyReviewWidget, TheWeekGoingOnIsListedAboveTheDefaultAndCountedToToday)
{
    GuiTestDatabase office;
    const QDate today = QDate::currentDate();
    const services::ReviewPeriod lastWeek = services::ReviewPeriod::lastFullWeek(today);
    const services::ReviewPeriod thisWeek = lastWeek.next();
    SQLite::Statement order(office.db().sql(),
                            "INSERT INTO orders (customer_id, order_date, amount) VALUES (?, ?, 42)");
    order.bind(1, static_cast<int64_t>(office.huaLianId));
    order.bind(2, today.toString(Qt::ISODate).toStdString());
    order.exec();
    gui::WeeklyReviewWidget widget(office.manager());
    widget.runner()->waitForFinished();
    EXPECT_EQ(widget.period().label(), lastWeek.label());
    EXPECT_EQ(widget.periodList()->currentIndex(), 1);
    EXPECT_EQ(widget.periodList()->itemData(0).toString(), thisWeek.label());
    EXPECT_TRUE(widget.periodList()->itemText(0).contains(QStringLiteral("so far")))
        << widget.periodList()->itemText(0).toStdString();

    widget.periodList()->setCurrentIndex(0);
    emit widget.periodList()->activated(0);
    widget.runner()->waitForFinished();
    EXPECT_EQ(widget.period().label(), thisWeek.label());
    EXPECT_EQ(widget.period().lastDay(), today);
    EXPECT_TRUE(widget.titleLabel()->text().contains(QStringLiteral("still going on")))
        << widget.titleLabel()->text().toStdString();
    EXPECT_DOUBLE_EQ(widget.model()->value(widget.model()->rowCount() - 1, gui::WeeklyReviewModel::SalesColumn), 42);
}

// The Charts tab draws the report the table shows: the bars are the table's sales and collections, the trend ends
// with the period's figures and follows the rep selected in the table, and a bar lists the records behind it.

TEST(WeeklyReviewWidget, TheChartsShowTheTablesFiguresFollowTheSelectionAndDrillDown)
{
    GuiTestDatabase office;
    const services::ReviewPeriod week = services::ReviewPeriod::lastFullWeek(QDate::currentDate());
    addOrders(office, week);
    gui::WeeklyReviewWidget widget(office.manager());
    widget.resize(1400, 800);
    widget.show();
    widget.runner()->waitForFinished();
    widget.showCharts();
    EXPECT_EQ(widget.findChild<QTabWidget*>(QStringLiteral("weeklyReviewTabs"))->currentWidget(), widget.charts());

    gui::WeeklyReviewModel* model = widget.model();
    gui::WeeklyReviewChartsPanel* charts = widget.charts();
    ASSERT_EQ(charts->charts().size(), 4u);
    ASSERT_EQ(charts->views().size(), 4u);
    // Sales vs collections: the bar sets hold the table's numbers, rep by rep.
    QChart* money = charts->views()[0]->chart();
    ASSERT_EQ(money->series().size(), 1);
    auto* bars = qobject_cast<QBarSeries*>(money->series().front());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 2);
    int rep1Row = -1;
    for (int row = 0; row < 2; ++row) {
        EXPECT_DOUBLE_EQ(bars->barSets()[0]->at(row), model->value(row, gui::WeeklyReviewModel::SalesColumn));
        EXPECT_DOUBLE_EQ(bars->barSets()[1]->at(row), model->value(row, gui::WeeklyReviewModel::CollectionsColumn));
        if (model->repId(row) == office.rep1().userId())
            rep1Row = row;
    }
    ASSERT_GE(rep1Row, 0);
    // The area's trend: 8 weeks ending with this one (1,500.25), the week before with 7,000.
    auto trendLine = [&] {
        QChart* trend = charts->views()[1]->chart();
        auto* line = qobject_cast<QLineSeries*>(trend->series().front());
        EXPECT_NE(line, nullptr);
        return line;
    };
    QLineSeries* sales = trendLine();
    ASSERT_EQ(sales->count(), services::kTrendPeriods);
    EXPECT_DOUBLE_EQ(sales->at(services::kTrendPeriods - 1).y(), 1500.25);
    EXPECT_DOUBLE_EQ(sales->at(services::kTrendPeriods - 2).y(), 7000);
    EXPECT_EQ(charts->trendRep(), 0);
    // The value axis starts at 0, whatever the lines' range (a line series narrows it when attached).
    const auto valueAxes = charts->views()[1]->chart()->axes(Qt::Vertical);
    ASSERT_EQ(valueAxes.size(), 1);
    EXPECT_DOUBLE_EQ(qobject_cast<QValueAxis*>(valueAxes.front())->min(), 0);
    // Selecting the other rep in the table shows that rep's trend (no sales).
    const int otherRow = 1 - rep1Row;
    widget.table()->selectRow(otherRow);
    EXPECT_EQ(charts->trendRep(), model->repId(otherRow));
    EXPECT_DOUBLE_EQ(trendLine()->at(services::kTrendPeriods - 1).y(), 0);
    EXPECT_EQ(charts->findChild<QComboBox*>(QStringLiteral("trendOf"))->currentData().toLongLong(),
              model->repId(otherRow));
    // The ageing bars add up to the overdue figure.
    const report::WeeklyChart& ageing = charts->charts()[2];
    for (int row = 0; row < 2; ++row) {
        double bar = 0;
        for (const report::WeeklyChartSeries& bucket : ageing.series)
            bar += bucket.values[static_cast<std::size_t>(row)];
        EXPECT_NEAR(bar, model->value(row, gui::WeeklyReviewModel::OverdueColumn), 0.005);
    }
    // A click on rep1's sales bar lists the two orders behind it.
    emit bars->barSets()[0]->clicked(rep1Row);
    widget.runner()->waitForFinished();
    ASSERT_NE(widget.lastDrillDown(), nullptr);
    EXPECT_TRUE(widget.lastDrillDown()->isVisible());
    EXPECT_EQ(widget.drillDownModel()->rowCount(), 2);
    EXPECT_TRUE(widget.lastDrillDown()->windowTitle().contains(QStringLiteral("Sales")))
        << widget.lastDrillDown()->windowTitle().toStdString();
}

// The month's target and the year's plan as a share of the sales to date, "–" without a target.
TEST(WeeklyReviewWidget, ShowsTheSalesAgainstTheMonthsTargetAndTheYearsPlan)
{
    GuiTestDatabase office;
    const services::ReviewPeriod week = services::ReviewPeriod::lastFullWeek(QDate::currentDate());
    addOrders(office, week);
    const QDate to = week.to();
    std::vector<core::SalesTarget> plan;
    for (int month = 1; month <= 12; ++month)
        plan.push_back({office.rep1().userId(), 0, to.year(), month, 100000.0, 50000.0});
    ASSERT_TRUE(storage::SalesTargetRepository(office.manager()).set(plan).ok());
    gui::WeeklyReviewWidget widget(office.manager());
    widget.runner()->waitForFinished();
    gui::WeeklyReviewModel* model = widget.model();
    auto expected = services::WeeklyReview(office.manager()).build(week, {}, false);
    ASSERT_TRUE(expected);
    for (int row = 0; row < 2; ++row) {
        const services::TargetAttainment& a = expected->rows[static_cast<std::size_t>(row)].targets;
        const QString month = model->data(model->index(row, gui::WeeklyReviewModel::MonthTargetColumn)).toString();
        if (model->repId(row) == office.rep1().userId()) {
            EXPECT_DOUBLE_EQ(model->value(row, gui::WeeklyReviewModel::MonthTargetColumn), a.monthSales / 100000.0);
            EXPECT_DOUBLE_EQ(model->value(row, gui::WeeklyReviewModel::YearTargetColumn), a.yearSales / 1200000.0);
            EXPECT_TRUE(month.endsWith(QLatin1Char('%'))) << month.toStdString();
            EXPECT_GT(a.monthSales, 0.0);
        } else {
            EXPECT_EQ(month, QStringLiteral("–"));
        }
    }
}

// The figures are many: a column group can be hidden from the Columns menu, and the next page remembers it.
TEST(WeeklyReviewWidget, ColumnGroupsCanBeHiddenAndStayHidden)
{
    GuiTestDatabase office;
    gui::Settings::setHiddenReviewColumnGroups({});
    {
        gui::WeeklyReviewWidget widget(office.manager(), nullptr, false);
        auto* table = widget.findChild<QTableView*>();
        ASSERT_NE(table, nullptr);
        EXPECT_FALSE(table->isColumnHidden(gui::WeeklyReviewModel::ComplaintsColumn));
        QAction* complaints = nullptr;
        for (auto* button : widget.findChildren<QToolButton*>())
            for (QAction* action : button->menu() ? button->menu()->actions() : QList<QAction*>{})
                if (action->data().toString() == QLatin1String("complaints"))
                    complaints = action;
        ASSERT_NE(complaints, nullptr);
        complaints->setChecked(false);
        EXPECT_TRUE(table->isColumnHidden(gui::WeeklyReviewModel::ComplaintsColumn));
        EXPECT_TRUE(table->isColumnHidden(gui::WeeklyReviewModel::SatisfactionColumn));
        EXPECT_FALSE(table->isColumnHidden(gui::WeeklyReviewModel::SalesColumn));
        EXPECT_FALSE(table->isColumnHidden(gui::WeeklyReviewModel::RepColumn));
    }
    gui::WeeklyReviewWidget again(office.manager(), nullptr, false);
    EXPECT_TRUE(again.findChild<QTableView*>()->isColumnHidden(gui::WeeklyReviewModel::EscalatedColumn));
    gui::Settings::setHiddenReviewColumnGroups({});
}

// The reps' names stay in sight when the figures scroll sideways (about 30 columns do not fit 1280 px): the first
// column is frozen over the table's left edge, with the same rows and selection. It scrolled away before.
TEST(WeeklyReviewWidget, TheRepColumnStaysInSightWhenTheFiguresScrollSideways)
{
    GuiTestDatabase office;
    const services::ReviewPeriod week = services::ReviewPeriod::lastFullWeek(QDate::currentDate());
    addOrders(office, week);
    gui::WeeklyReviewWidget widget(office.manager());
    widget.resize(900, 600); // narrower than the figures
    widget.show();
    widget.runner()->waitForFinished();
    QApplication::processEvents();
    auto* table = qobject_cast<gui::FrozenColumnTableView*>(widget.table());
    ASSERT_NE(table, nullptr);
    QTableView* frozen = table->frozenView();
    ASSERT_TRUE(frozen->isVisible());
    ASSERT_EQ(frozen->model(), table->model());
    ASSERT_GT(table->horizontalScrollBar()->maximum(), 0); // the figures do scroll
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QApplication::processEvents();
    // The table's own column 0 has scrolled out of the viewport; the frozen one is where it was, with the names.
    EXPECT_LT(table->columnViewportPosition(gui::WeeklyReviewModel::RepColumn), 0);
    EXPECT_EQ(frozen->geometry().left(), table->frameWidth());
    EXPECT_EQ(frozen->columnWidth(gui::WeeklyReviewModel::RepColumn),
              table->columnWidth(gui::WeeklyReviewModel::RepColumn));
    EXPECT_FALSE(frozen->isColumnHidden(gui::WeeklyReviewModel::RepColumn));
    EXPECT_TRUE(frozen->isColumnHidden(gui::WeeklyReviewModel::SalesColumn));
    EXPECT_GE(frozen->columnViewportPosition(gui::WeeklyReviewModel::RepColumn), 0);
    // Row for row at the same height: the headers are as high as each other.
    EXPECT_EQ(frozen->horizontalHeader()->height(), table->horizontalHeader()->height());
    EXPECT_EQ(frozen->rowViewportPosition(1), table->rowViewportPosition(1));
    EXPECT_EQ(frozen->model()->index(0, gui::WeeklyReviewModel::RepColumn).data().toString(),
              table->model()->index(0, gui::WeeklyReviewModel::RepColumn).data().toString());
    // One selection: a row picked in the table is picked in the frozen column too.
    table->selectRow(1);
    EXPECT_EQ(frozen->selectionModel(), table->selectionModel());
    EXPECT_TRUE(frozen->selectionModel()->isRowSelected(1, QModelIndex()));
}

// Routes…: the route review of the chosen period, read off the GUI thread, row for row what the service gives.
TEST(WeeklyReviewWidget, RoutesListEachRepsRegionsForThePeriod)
{
    GuiTestDatabase office;
    const services::ReviewPeriod week = services::ReviewPeriod::lastFullWeek(QDate::currentDate());
    addOrders(office, week);
    gui::WeeklyReviewWidget widget(office.manager());
    widget.runner()->waitForFinished();
    QDialog* dialog = widget.showRoutes();
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("routesTable"));
    ASSERT_NE(table, nullptr);
    auto expected = services::WeeklyReview(office.manager()).routes(week, {});
    ASSERT_TRUE(expected);
    ASSERT_FALSE(expected->empty());
    ASSERT_TRUE(waitFor([&] { return table->model()->rowCount() == static_cast<int>(expected->size()); }, 10000));
    double shown = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown += QLocale().toDouble(table->model()->index(row, 4).data().toString());
    double sales = 0;
    for (const auto& r : *expected)
        sales += r.sales;
    EXPECT_NEAR(shown, sales, 0.005);
    EXPECT_NEAR(sales, 1500.25, 0.005); // the week's two orders of 上海华联
    dialog->close();
}

TEST(WeeklyReviewWidget, ARepSeesOnlyTheirOwnRowAndCannotMark)
{
    GuiTestDatabase office;
    gui::WeeklyReviewWidget widget(office.rep2());
    widget.runner()->waitForFinished();
    ASSERT_EQ(widget.model()->rowCount(), 2); // their row and the total
    EXPECT_EQ(widget.model()->repId(0), office.rep2().userId());
    // Bug: the title named the area, as if the row and the customer equity under it were the area's.
    EXPECT_TRUE(widget.titleLabel()->text().endsWith(QStringLiteral("your customers")))
        << widget.titleLabel()->text().toStdString();
    gui::TextPrompt::setNextAnswer(QStringLiteral("x"));
    widget.table()->selectRow(0);
    widget.markReviewed();
    widget.runner()->waitForFinished();
    EXPECT_EQ(office.db().sql().execAndGet("SELECT count(*) FROM weekly_reviews").getInt64(), 0);
    EXPECT_FALSE(widget.messageLabel()->isHidden()); // the refusal is shown inline
}

TEST(WeeklyReviewWidget, ExportsThePdfAndWorkbookOffTheGuiThreadAndShowsAnUnwritablePathInline)
{
    GuiTestDatabase office;
    const services::ReviewPeriod week = services::ReviewPeriod::lastFullWeek(QDate::currentDate());
    addOrders(office, week);
    gui::WeeklyReviewWidget widget(office.manager());
    widget.show();
    widget.runner()->waitForFinished();
    ASSERT_TRUE(widget.exportPdfButton()->isEnabled());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    const QString pdf = dir.filePath(QStringLiteral("week.pdf"));
    gui::FileDialog::setNextFileName(pdf);
    ASSERT_TRUE(widget.exportReport(report::WeeklyReportExport::Format::Pdf));
    EXPECT_TRUE(widget.runner()->isRunning()); // rendered on the worker, the page stays responsive
    widget.runner()->waitForFinished();
    ASSERT_TRUE(QFile::exists(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(pdfText.contains(week.label())) << pdfText.toStdString();
    EXPECT_TRUE(pdfText.contains(QStringLiteral("1,500.25"))) << pdfText.toStdString();

    const QString xlsx = dir.filePath(QStringLiteral("week.xlsx"));
    gui::FileDialog::setNextFileName(xlsx);
    ASSERT_TRUE(widget.exportReport(report::WeeklyReportExport::Format::Xlsx));
    widget.runner()->waitForFinished();
    EXPECT_TRUE(QFile::exists(xlsx));
    EXPECT_FALSE(widget.messageLabel()->isVisible());
    SQLite::Statement logged(office.db().sql(), "SELECT count(*) FROM access_log WHERE action = 'export'");
    ASSERT_TRUE(logged.executeStep());
    EXPECT_EQ(logged.getColumn(0).getInt64(), 2);

    // A folder that does not exist: the message is on the page, and nothing is written.
    gui::FileDialog::setNextFileName(dir.filePath(QStringLiteral("missing/week.pdf")));
    ASSERT_TRUE(widget.exportReport(report::WeeklyReportExport::Format::Pdf));
    widget.runner()->waitForFinished();
    EXPECT_TRUE(widget.messageLabel()->isVisible());
    EXPECT_TRUE(widget.messageLabel()->text().contains(QStringLiteral("missing")))
        << widget.messageLabel()->text().toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
              (QStringList{QStringLiteral("week.pdf"), QStringLiteral("week.xlsx")}));

    // Cancelling the file dialog does nothing.
    gui::FileDialog::setNextFileName(QString());
    EXPECT_FALSE(widget.exportReport(report::WeeklyReportExport::Format::Xlsx));
}

TEST(WeeklyReviewWidget, TheReportPrintsThroughTheSameDrawing)
{
    GuiTestDatabase office;
    gui::WeeklyReviewWidget widget(office.manager());
    widget.runner()->waitForFinished();
    QTemporaryDir dir;
    // A printer printing to a file stands in for the one chosen in the print preview.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    report::WeeklyReportPainter painter(widget.model()->report(), QDateTime::currentDateTime());
    ASSERT_TRUE(painter.paint(printer));
    EXPECT_GE(painter.pageCount(), 1);
    EXPECT_GT(QFileInfo(printer.outputFileName()).size(), 0);
}
