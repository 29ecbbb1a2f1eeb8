// The analysis page's satisfaction-loyalty matrix on a scored demo office: the cells' counts are the service's, a
// chosen cell lists its customers, a double-click asks for the card, and the page reads it off the GUI thread.
#include "ScoredOffice.h"
#include "WaitFor.h"

#include "gui/analysis/AnalysisWidget.h"
#include "gui/analysis/SatisfactionPanel.h"
#include "gui/common/PageLoader.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/StorageWorker.h"
#include "services/SatisfactionMatrix.h"

#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace carddesk;
using analytics::SatisfactionCell;

TEST(SatisfactionPanel, CellsCountTheMatrixAndListTheirCustomers)
{
    ScoredOffice office(true, 600);
    auto expected = services::SatisfactionMatrix(office.admin()).build();
    ASSERT_TRUE(expected);
    gui::StorageWorker worker(office.path(), office.admin().user());
    worker.setPollInterval(0);
    gui::AnalysisWidget page(office.admin(), nullptr, true, &worker);
    page.resize(1280, 800);
    page.show();
    gui::SatisfactionPanel* panel = page.satisfactionPanel();
    ASSERT_TRUE(waitFor([&] { return panel->report().has_value(); }, 20000));
    for (int i = 0; i < analytics::kSatisfactionCells; ++i) {
        const auto cell = static_cast<SatisfactionCell>(i);
        const qint64 n = expected->counts[static_cast<std::size_t>(i)];
        EXPECT_GT(n, 0) << i;
        EXPECT_TRUE(panel->cellButton(cell)->text().endsWith(QLocale().toString(n)))
            << panel->cellButton(cell)->text().toStdString();
    }
    // The first cell with customers is chosen at once; another is one click.
    ASSERT_EQ(panel->selectedCell(), SatisfactionCell::SatisfiedLoyal);
    EXPECT_EQ(panel->customerModel()->rowCount(), expected->counts[0]);
    panel->cellButton(SatisfactionCell::DissatisfiedLeaving)->click();
    EXPECT_EQ(panel->selectedCell(), SatisfactionCell::DissatisfiedLeaving);
    const auto defectors = expected->inCell(SatisfactionCell::DissatisfiedLeaving);
    ASSERT_EQ(panel->customerModel()->rowCount(), static_cast<int>(defectors.size()));
    EXPECT_EQ(panel->customerModel()->rowId(0), defectors.front()->facts.customerId);

    QSignalSpy opened(&page, &gui::AnalysisWidget::openCustomer);
    const QModelIndex first = panel->customerModel()->index(0, 1);
    emit panel->customerView()->doubleClicked(first);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toLongLong(), defectors.front()->facts.customerId);
}

TEST(SatisfactionPanel, WithoutSurveysItSaysWhereToRecordThem)
{
    ScoredOffice office(true, 200);
    office.exec("DELETE FROM satisfaction_surveys");
    office.exec("UPDATE complaints SET satisfaction = 0");
    gui::SatisfactionPanel panel(office.admin());
    panel.reload();
    ASSERT_TRUE(panel.report().has_value());
    EXPECT_EQ(panel.report()->rated, 0);
    EXPECT_FALSE(panel.selectedCell().has_value());
    EXPECT_EQ(panel.customerModel()->rowCount(), 0);
    for (int i = 0; i < analytics::kSatisfactionCells; ++i)
        EXPECT_TRUE(panel.cellButton(static_cast<SatisfactionCell>(i))->text().endsWith(QStringLiteral("\n0")));
}
