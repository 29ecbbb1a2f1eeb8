#include "GuiTestDatabase.h"
#include "ScoredOffice.h"

#include "gui/common/MessageBox.h"
#include "gui/customer/CustomerCardWidget.h"
#include "gui/customer/InteractionDialog.h"
#include "gui/customer/VisitPlanDialog.h"
#include "gui/lifecycle/LifecycleWidget.h"
#include "gui/lifecycle/StageCustomerModel.h"
#include "gui/lifecycle/StageHistoryPanel.h"
#include "storage/queries/LifecycleQueries.h"
#include "storage/repositories/InteractionRepository.h"
#include "storage/repositories/LifecycleRepository.h"
#include "storage/repositories/VisitRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

using namespace carddesk;

namespace {
qint64 scoresInStage(ScoredOffice& office, const QString& stage)
{
    SQLite::Statement q(office.db().sql(), "SELECT COUNT(*) FROM scores WHERE lifecycle_stage = ?");
    q.bind(1, stage.toStdString());
    q.executeStep();
    return q.getColumn(0).getInt64();
}
} // namespace

TEST(LifecycleWidget, StageCountsMatchTheScoresAndAClickListsTheStageByValue)
{
    ScoredOffice office;
    gui::LifecycleWidget widget(office.admin());
    widget.resize(1400, 900);
    widget.show();
    storage::LifecycleQueries queries(office.admin());
    auto summary = queries.stageSummary();
    ASSERT_TRUE(summary.ok());
    qint64 total = 0;
    for (const storage::StageSummary& s : *summary) {
        EXPECT_EQ(widget.stageCount(s.stage), s.customers) << s.stage.toStdString();
        EXPECT_EQ(widget.stageCount(s.stage), scoresInStage(office, s.stage)) << s.stage.toStdString();
        EXPECT_TRUE(widget.stageButton(s.stage)->text().contains(QString::number(s.customers)));
        total += s.customers;
    }
    EXPECT_EQ(total, office.scalar("SELECT COUNT(*) FROM scores"));

    QAbstractItemModelTester tester(widget.stageModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester winBackTester(widget.winBackModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Warning);
    for (const QString& stage : {QStringLiteral("formation"), QStringLiteral("lost")}) {
        QTest::mouseClick(widget.stageButton(stage), Qt::LeftButton);
        EXPECT_EQ(widget.currentStage(), stage);
        EXPECT_TRUE(widget.stageButton(stage)->isChecked());
        const int rows = widget.stageModel()->rowCount();
        EXPECT_EQ(rows, std::min<qint64>(500, scoresInStage(office, stage)));
        ASSERT_GT(rows, 1);
        double previous = std::numeric_limits<double>::infinity();
        bool sawUnfitted = false;
        for (int row = 0; row < rows; ++row) {
            const storage::StageCustomer* c = widget.stageModel()->rowAt(row);
            EXPECT_EQ(c->stage, stage);
            // By 12-month CLV, highest first; customers without a fitted CLV come last.
            if (c->hasClv) {
                EXPECT_FALSE(sawUnfitted);
                EXPECT_LE(c->clv12m, previous);
                previous = c->clv12m;
            } else {
                sawUnfitted = true;
            }
        }
    }
    // Double-clicking a customer asks the shell to open the card.
    qint64 opened = 0;
    QObject::connect(&widget, &gui::LifecycleWidget::openCustomer, [&](qint64 id) { opened = id; });
    const QModelIndex first = widget.stageModel()->index(0, 0);
    const QPoint at = widget.stageView()->visualRect(first).center();
    QTest::mouseClick(widget.stageView()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(widget.stageView()->viewport(), Qt::LeftButton, {}, at);
    EXPECT_EQ(opened, widget.stageModel()->rowAt(0)->customerId);
}

TEST(LifecycleWidget, WinBackQueueIsByValueAndLogCallStoresAPhoneInteraction)
{
    ScoredOffice office;
    gui::LifecycleWidget widget(office.admin());
    const int rows = widget.winBackModel()->rowCount();
    ASSERT_GT(rows, 0);
    for (int row = 0; row < rows; ++row) {
        const storage::StageCustomer* c = widget.winBackModel()->rowAt(row);
        EXPECT_TRUE(c->stage == QLatin1String("decline") || c->stage == QLatin1String("lost"));
        EXPECT_FALSE(
            widget.winBackModel()->index(row, gui::StageCustomerModel::AdviceColumn).data().toString().isEmpty());
    }
    const qint64 customerId = widget.winBackModel()->rowAt(0)->customerId;
    storage::InteractionRepository interactions(office.admin());
    const size_t before = interactions.listForCustomer(customerId)->size();

    // The dialog is modal: fill and submit it once it is up.
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<gui::InteractionDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->setSummary(QStringLiteral("Called about the missing spring order"));
        dialog->submit();
    });
    EXPECT_TRUE(widget.logCall(0));
    auto after = interactions.listForCustomer(customerId);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), before + 1);
    EXPECT_EQ(after->front().channel, QStringLiteral("phone"));
    EXPECT_EQ(after->front().summary, QStringLiteral("Called about the missing spring order"));

    // Cancelled: nothing stored.
    QTimer::singleShot(0, [] {
        if (auto* dialog = QApplication::activeModalWidget())
            qobject_cast<QDialog*>(dialog)->reject();
    });
    EXPECT_FALSE(widget.logCall(0));
    EXPECT_EQ(interactions.listForCustomer(customerId)->size(), before + 1);
}

TEST(LifecycleWidget, PlanVisitFromTheWinBackQueueStoresAPlannedVisit)
{
    ScoredOffice office;
    gui::LifecycleWidget widget(office.admin());
    ASSERT_GT(widget.winBackModel()->rowCount(), 0);
    const qint64 customerId = widget.winBackModel()->rowAt(0)->customerId;
    const QDate when = QDate::currentDate().addDays(5);
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<gui::VisitPlanDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->setDate(when);
        dialog->setPurpose(QStringLiteral("Talk about the lost orders"));
        dialog->submit();
    });
    ASSERT_TRUE(widget.planVisit(0));
    storage::VisitRepository visits(office.admin());
    auto list = visits.listForCustomer(customerId);
    ASSERT_TRUE(list.ok());
    // The demo office has visits of its own: find ours by its purpose.
    const core::Visit* ours = nullptr;
    for (const core::Visit& visit : *list) {
        if (visit.purpose == QStringLiteral("Talk about the lost orders"))
            ours = &visit;
    }
    ASSERT_NE(ours, nullptr);
    EXPECT_EQ(ours->plannedDate, when);
    EXPECT_EQ(ours->status, QStringLiteral("planned"));
    EXPECT_EQ(ours->userId, office.admin().userId());
}

TEST(StageHistoryPanel, SettingTheStageByHandWritesHistoryAndTheCardReloads)
{
    GuiTestDatabase office;
    gui::CustomerCardWidget card(office.rep1());
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    auto* panel = card.findChild<gui::StageHistoryPanel*>();
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel->history()->topLevelItemCount(), 0);
    const qint64 versionBefore = card.customer().rowVersion;

    // No reason: refused by the storage, with the message shown (answered in advance).
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(panel->setStage(QStringLiteral("stability"), QString()));

    ASSERT_TRUE(panel->setStage(QStringLiteral("stability"), QStringLiteral("Signed a three-year contract")));
    storage::LifecycleRepository repository(office.rep1());
    auto history = repository.history(office.huaLianId);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1u);
    EXPECT_TRUE(history->front().manual);
    EXPECT_EQ(history->front().toStage, QStringLiteral("stability"));
    EXPECT_EQ(history->front().reason, QStringLiteral("Signed a three-year contract"));
    EXPECT_EQ(history->front().userId, office.rep1().userId());
    // The card re-read itself (the stage moved its row_version on), so saving later does not conflict.
    EXPECT_GT(card.customer().rowVersion, versionBefore);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto* fresh = card.findChild<gui::StageHistoryPanel*>();
    ASSERT_NE(fresh, nullptr);
    EXPECT_EQ(fresh->history()->topLevelItemCount(), 1);
    EXPECT_EQ(fresh->currentStage(), QStringLiteral("stability"));
}
