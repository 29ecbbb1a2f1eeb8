#include "GuiTestDatabase.h"
#include "ScoredOffice.h"
#include "TickWatch.h"
#include "WaitFor.h"

#include "gui/analysis/AnalysisWidget.h"
#include "gui/analysis/ScoringRunner.h"
#include "gui/common/DataChanges.h"
#include "gui/common/Labels.h"
#include "gui/common/PageLoader.h"
#include "gui/common/StorageWorker.h"
#include "gui/shell/MainWindow.h"
#include "storage/db/Database.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QValueAxis>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

using namespace carddesk;

TEST(AnalysisPage, BuildsItsChartsFromTheScores)
{
    ScoredOffice office;
    const analytics::ScoringResult& r = office.report().result;
    gui::AnalysisWidget page(office.admin());
    ASSERT_TRUE(page.hasScores());

    // Pareto: 101 points, the report's curve in percent.
    QLineSeries* pareto = page.paretoSeries();
    ASSERT_EQ(pareto->count(), static_cast<int>(r.abcSummary.pareto.size()));
    ASSERT_EQ(pareto->count(), 101);
    for (int k = 0; k < pareto->count(); ++k) {
        EXPECT_NEAR(pareto->at(k).x(), r.abcSummary.pareto[static_cast<std::size_t>(k)].customerShare * 100.0, 1e-9);
        EXPECT_NEAR(pareto->at(k).y(), r.abcSummary.pareto[static_cast<std::size_t>(k)].revenueShare * 100.0, 1e-6);
    }
    EXPECT_EQ(page.overview()->abcCounts[0], static_cast<qint64>(r.abcSummary.countA));
    // The axes' ticks come out of floating-point steps (24.999…): labels round, they do not truncate to
    // "24% 49% 74% 99%" (seen on a screenshot with "%d%").
    for (QAbstractAxis* axis : pareto->attachedAxes()) {
        auto* values = qobject_cast<QValueAxis*>(axis);
        ASSERT_NE(values, nullptr);
        EXPECT_EQ(QString::asprintf(qPrintable(values->labelFormat()), 100.0 * (1.0 - 1e-12)), QStringLiteral("100%"));
        EXPECT_EQ(QString::asprintf(qPrintable(values->labelFormat()), 24.999999999), QStringLiteral("25%"));
    }

    // RFM: one bar per segment, the report's counts.
    QBarSet* segments = page.segmentSet();
    ASSERT_EQ(segments->count(), 10);
    double total = 0;
    for (int k = 0; k < segments->count(); ++k) {
        const QString name = page.segmentCategories().at(k);
        std::size_t expected = 0;
        for (std::size_t s = 1; s < r.segmentCounts.size(); ++s)
            if (QString::fromStdString(std::string(analytics::rfmSegmentName(static_cast<analytics::RfmSegment>(s)))) ==
                name)
                expected = r.segmentCounts[s];
        EXPECT_EQ(segments->at(k), static_cast<double>(expected)) << name.toStdString();
        total += segments->at(k);
    }
    EXPECT_EQ(total, static_cast<double>(r.customersWithOrders));
    // The segments' names are shown whole: in English they became "…" at 1280x800 (Qt Charts truncates an axis's
    // labels to its share of the chart).
    auto* rfmSeries = qobject_cast<QAbstractBarSeries*>(segments->parent());
    ASSERT_NE(rfmSeries, nullptr);
    int categoryAxes = 0;
    for (QAbstractAxis* axis : rfmSeries->attachedAxes()) {
        if (qobject_cast<QBarCategoryAxis*>(axis)) {
            ++categoryAxes;
            EXPECT_FALSE(axis->truncateLabels());
        }
    }
    EXPECT_EQ(categoryAxes, 1);

    // P(alive): ten bins of the customers with orders.
    QBarSet* bins = page.pAliveSet();
    ASSERT_EQ(bins->count(), 10);
    std::array<double, 10> expected{};
    for (std::size_t i = 0; i < r.pAlive.size(); ++i)
        if (r.summary.hasOrders[i])
            expected[static_cast<std::size_t>(std::min(9, static_cast<int>(r.pAlive[i] * 10)))] += 1;
    for (int b = 0; b < 10; ++b)
        EXPECT_EQ(bins->at(b), expected[static_cast<std::size_t>(b)]) << "bin " << b;

    // Fit: the purchase model the run chose, named, with why, and its parameters as the report has them.
    const QString fit = page.fitLabel()->text();
    const QString modelName = QString::fromUtf8(analytics::purchaseModelName(r.model));
    EXPECT_TRUE(fit.contains(modelName + QStringLiteral(" purchase model"))) << fit.toStdString();
    EXPECT_TRUE(fit.contains(QStringLiteral("Chosen automatically"))) << fit.toStdString();
    EXPECT_TRUE(fit.contains(QLocale().toString(r.purchaseModel().params()[0], 'f', 4))) << fit.toStdString();
    EXPECT_TRUE(fit.contains(QLocale().toString(r.purchaseModel().params()[1], 'f', 4)));
    EXPECT_TRUE(fit.contains(QLocale().toString(r.gammaGamma.params.q, 'f', 4)));
}

TEST(AnalysisPage, RunsABacktestOffTheGuiThread)
{
    ScoredOffice office;
    gui::AnalysisWidget page(office.admin());
    QSignalSpy done(page.backtestRunner(), &gui::ScoringRunner::backtested);
    ASSERT_TRUE(page.runBacktest());
    EXPECT_FALSE(page.backtestButton()->isEnabled());
    ASSERT_TRUE(done.wait(60000));
    EXPECT_TRUE(page.backtestButton()->isEnabled());
    const QDate asOf = QDate::currentDate();
    auto direct = services::ScoringService::backtest(office.admin(), asOf.addDays(-7 * 26), asOf);
    ASSERT_TRUE(direct.ok());
    const QString text = page.backtestLabel()->text();
    EXPECT_TRUE(text.contains(QLocale().toString(direct->result.actualRepeat, 'f', 0))) << text.toStdString();
    // Each purchase model's error and AUC on the same periods, and the one the scoring's rule takes.
    const analytics::ModelSelection& models = direct->models;
    ASSERT_TRUE(models.backtested);
    for (const analytics::ModelBacktest& m : models.models) {
        if (!m.ok)
            continue;
        EXPECT_TRUE(text.contains(QLocale().toString(m.meanAbsoluteError, 'f', 4))) << text.toStdString();
        EXPECT_TRUE(text.contains(QLocale().toString(m.auc, 'f', 3))) << text.toStdString();
    }
    const std::string_view best = analytics::purchaseModelName(models.chosen);
    EXPECT_TRUE(text.contains(
        QStringLiteral("Best by the scoring's rule (of the models within 1 % of the lowest error, the highest AUC): ") +
        QString::fromLatin1(best.data(), static_cast<qsizetype>(best.size()))))
        << text.toStdString();
}

TEST(AnalysisPage, WithoutScoresOffersToRescore)
{
    GuiTestDatabase office;
    gui::AnalysisWidget page(office.admin());
    EXPECT_FALSE(page.hasScores());
    auto* button = page.findChild<QPushButton*>(QStringLiteral("emptyRescoreButton"));
    ASSERT_NE(button, nullptr);
    QSignalSpy asked(&page, &gui::AnalysisWidget::rescoreRequested);
    button->click();
    EXPECT_EQ(asked.count(), 1);
}

TEST(AnalysisPage, KeepsTheWindowPaintingWhileItsQueriesRunAndShowsThatItIsBusy)
{
    ScoredOffice office;
    gui::StorageWorker worker(office.path(), office.admin().user());
    const SlowStorage slow(2000);
    gui::AnalysisWidget page(office.admin(), nullptr, true, &worker);
    page.resize(1200, 800);
    page.show();
    TickWatch ticks;
    EXPECT_TRUE(page.loader()->isLoading());
    EXPECT_FALSE(page.hasScores());
    ASSERT_TRUE(waitFor([&] { return page.loader()->busyIndicator()->isVisible(); }, 1500));
    // 2 s of slowed storage and the page's reads: about 3 s, over 6 s under AddressSanitizer beside another test (the
    // sanitizer suite of 2026-12-07 failed here). The bound is what the test waits, not what it checks.
    ASSERT_TRUE(waitFor([&] { return !page.loader()->isLoading(); }, 30000));
    EXPECT_GE(ticks.elapsed(), 1900);
    EXPECT_TRUE(page.hasScores());
    EXPECT_EQ(page.overview()->scored, office.scalar("SELECT count(*) FROM scores"));
    EXPECT_FALSE(page.loader()->busyIndicator()->isVisible());
    EXPECT_GE(ticks.ticks(), 50);
    EXPECT_LT(ticks.longestGap(), 250);
}

TEST(AnalysisPage, ScoresChangedThroughAnotherConnectionShowWithinFiveSeconds)
{
    ScoredOffice office;
    gui::MainWindow window(office.admin());
    window.showView(gui::MainWindow::AnalysisView);
    gui::AnalysisWidget* page = window.analysis();
    const qint64 scored = office.scalar("SELECT count(*) FROM scores");
    ASSERT_TRUE(waitFor([&] { return page->hasScores() && page->overview()->scored == scored; }, 5000));

    auto other = storage::Database::open(office.path());
    ASSERT_TRUE(other.ok());
    (*other)->sql().exec("DELETE FROM scores WHERE customer_id IN (SELECT customer_id FROM scores LIMIT 10)");

    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(waitFor([&] { return page->overview() && page->overview()->scored == scored - 10; }, 5000));
    EXPECT_LT(clock.elapsed(), 5000);
}

TEST(AnalysisPage, ARescoringRunIsAnnouncedAndTheShownPagesReadAgain)
{
    ScoredOffice office;
    gui::MainWindow window(office.admin());
    window.storageWorker()->setPollInterval(0); // only the announcement can make the pages read again
    window.showView(gui::MainWindow::AnalysisView);
    gui::AnalysisWidget* page = window.analysis();
    ASSERT_TRUE(waitFor([&] { return page->hasScores() && !page->loader()->isLoading(); }, 5000));
    const QDateTime before = page->run()->runAt;
    QSignalSpy announced(window.dataChanges(), &gui::DataChanges::changed);
    QSignalSpy scored(window.scoringRunner(), &gui::ScoringRunner::scored);
    QTest::qWait(1100); // a later run_at (seconds)
    ASSERT_TRUE(window.rescore());
    ASSERT_TRUE(scored.wait(60000));
    ASSERT_GE(announced.count(), 1);
    EXPECT_EQ(announced.at(0).at(0).value<gui::Entity>(), gui::Entity::Scores);
    ASSERT_TRUE(
        waitFor([&] { return !page->loader()->isLoading() && page->run() && page->run()->runAt > before; }, 5000));
}
