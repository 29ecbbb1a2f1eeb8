#include "ScoredOffice.h"
#include "WaitFor.h"

#include "gui/analysis/AnalysisWidget.h"
#include "gui/analysis/ScoringRunner.h"
#include "gui/customer/CustomerListModel.h"
#include "gui/customer/CustomerListWidget.h"
#include "gui/shell/MainWindow.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace carddesk;

TEST(Rescoring, StartUpRescoresWhenThereAreNoScoresAndRefreshesThePages)
{
    ScoredOffice office(false);
    gui::MainWindow window(office.admin());
    EXPECT_FALSE(window.analysis()->hasScores());
    QSignalSpy scored(window.scoringRunner(), &gui::ScoringRunner::scored);
    QSignalSpy checked(&window, &gui::MainWindow::rescoreChecked);
    window.rescoreIfStale(); // the age of the scores is read on the worker
    ASSERT_TRUE(checked.wait(10000));
    ASSERT_TRUE(checked.takeFirst().at(0).toBool());
    EXPECT_TRUE(window.scoringRunner()->isRunning());
    EXPECT_FALSE(window.scoringProgress()->isHidden());
    ASSERT_TRUE(scored.wait(60000));
    EXPECT_TRUE(window.scoringProgress()->isHidden());
    EXPECT_EQ(office.scalar("SELECT count(*) FROM scores"), static_cast<qint64>(office.ids().size()));
    // Pages read their data when first shown: the analysis page, never shown yet, has read nothing so far.
    EXPECT_FALSE(window.analysis()->hasScores());
    window.showView(gui::MainWindow::AnalysisView);
    // It reads on the window's storage worker: the scores arrive a moment later.
    ASSERT_TRUE(waitFor([&] { return window.analysis()->hasScores(); }));
    // The list was reloaded: the ABC column is filled in now.
    gui::CustomerListModel* model = window.customerList()->model();
    ASSERT_TRUE(waitFor([&] { return !model->isLoading(); }));
    bool anyAbc = false;
    for (int row = 0; row < model->rowCount(); ++row)
        anyAbc = anyAbc || !model->index(row, gui::CustomerListModel::Abc).data().toString().isEmpty();
    EXPECT_TRUE(anyAbc);

    // Fresh scores: nothing starts.
    window.rescoreIfStale();
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_FALSE(checked.takeFirst().at(0).toBool());
    EXPECT_FALSE(window.scoringRunner()->isRunning());
    // Older than a day: it starts again.
    office.exec("UPDATE score_runs SET run_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-25 hours')");
    window.rescoreIfStale();
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_TRUE(checked.takeFirst().at(0).toBool());
    ASSERT_TRUE(scored.wait(60000));
    EXPECT_EQ(office.scalar("SELECT count(*) FROM score_runs"), 2);
}

TEST(Rescoring, CancelLeavesTheScoresUnchanged)
{
    ScoredOffice office(true, 2000);
    const qint64 runBefore = office.scalar("SELECT max(run_id) FROM scores");
    const qint64 runs = office.scalar("SELECT count(*) FROM score_runs");
    gui::MainWindow window(office.admin());
    QSignalSpy cancelled(window.scoringRunner(), &gui::ScoringRunner::cancelled);
    QSignalSpy scored(window.scoringRunner(), &gui::ScoringRunner::scored);
    ASSERT_TRUE(window.rescore());
    EXPECT_FALSE(window.rescore()); // one run at a time
    QPushButton* cancel = window.cancelScoringButton();
    ASSERT_FALSE(cancel->isHidden());
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(cancelled.wait(60000));
    EXPECT_EQ(scored.count(), 0);
    EXPECT_EQ(office.scalar("SELECT count(*) FROM score_runs"), runs);
    EXPECT_EQ(office.scalar(("SELECT count(*) FROM scores WHERE run_id <> " + std::to_string(runBefore)).c_str()), 0);
    EXPECT_TRUE(cancel->isHidden());
}
