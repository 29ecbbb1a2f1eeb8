#include "GuiTestDatabase.h"
#include "WaitFor.h"

#include "core/LunarCalendar.h"
#include "gui/agenda/SnoozeDialog.h"
#include "gui/agenda/TodayWidget.h"
#include "gui/agenda/VisitOutcomeDialog.h"
#include "gui/common/CareLabels.h"
#include "gui/common/DateField.h"
#include "gui/common/StorageWorker.h"
#include "gui/common/TextPrompt.h"
#include "gui/customer/CustomerCardWidget.h"
#include "gui/shell/MainWindow.h"
#include "services/Agenda.h"
#include "services/VisitPlanning.h"
#include "services/WeeklyReview.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/InteractionRepository.h"
#include "storage/repositories/VisitRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <set>

using namespace carddesk;

namespace {

// rep1's day: a follow-up due yesterday on 上海华联, a visit today and one left over from yesterday on another
// customer; rep2 has a follow-up of their own that rep1 must not see.
struct DueOffice
{
    GuiTestDatabase office;
    qint64 otherId = 0;
    qint64 todaysVisit = 0;
    qint64 yesterdaysVisit = 0;
    qint64 followUp = 0;

    DueOffice()
    {
        const QDate today = QDate::currentDate();
        core::Interaction call;
        call.customerId = office.huaLianId;
        call.channel = QStringLiteral("phone");
        call.occurredAt = QDateTime(today.addDays(-4), QTime(10, 0), Qt::UTC);
        call.summary = QStringLiteral("约好昨天再联系");
        call.nextFollowUp = today.addDays(-1);
        followUp = storage::InteractionRepository(office.rep1()).create(call)->id;
        otherId = office.addCustomer(office.rep1(), QStringLiteral("南京紫金文具有限公司")).id;
        todaysVisit = services::VisitPlanning(office.rep1(), today).plan(otherId, today, QStringLiteral("送样品"))->id;
        core::Visit old; // planned earlier for yesterday and never reported: storage takes it, the service would not
        old.customerId = otherId;
        old.plannedDate = today.addDays(-1);
        old.purpose = QStringLiteral("催款");
        yesterdaysVisit = storage::VisitRepository(office.rep1()).plan(old)->id;
        const qint64 rep2Customer = office.addCustomer(office.rep2(), QStringLiteral("广州白云贸易")).id;
        call.customerId = rep2Customer;
        storage::InteractionRepository(office.rep2()).create(call);
    }
};

bool load(gui::TodayWidget& page)
{
    page.reload();
    return waitFor([&] { return !page.isLoading(); });
}

QTreeWidgetItem* section(gui::TodayWidget& page, const QString& kind)
{
    return page.tree()->topLevelItem(int(services::Agenda::kinds().indexOf(kind)));
}

// Fills the modal visit outcome dialog once it is up and presses Complete.
void answerOutcome(const QString& result, const QDate& followUp)
{
    QTimer::singleShot(20, [result, followUp] {
        auto* dialog = qobject_cast<gui::VisitOutcomeDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            answerOutcome(result, followUp);
            return;
        }
        // Chinese text is typed by an input method, not keys: set it; the date is typed.
        dialog->resultEdit()->setPlainText(result);
        dialog->nextStepEdit()->setText(QStringLiteral("下周报价"));
        QTest::keyClicks(dialog->followUpEdit(), followUp.toString(Qt::ISODate));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    });
}

} // namespace

TEST(TodayPage, ListsExactlyTheDueItemsInSections)
{
    DueOffice o;
    gui::StorageWorker worker(o.office.path(), o.office.rep1().user());
    gui::TodayWidget page(o.office.rep1(), &worker);
    page.show();
    QSignalSpy loaded(&page, &gui::TodayWidget::loaded);
    ASSERT_TRUE(load(page));
    ASSERT_EQ(loaded.count(), 1);
    EXPECT_EQ(loaded.front().at(0).toInt(), 3);
    EXPECT_EQ(loaded.front().at(1).toInt(), 2); // yesterday's follow-up and yesterday's visit

    std::set<std::pair<QString, qint64>> shown;
    for (const core::AgendaItem& item : page.items())
        shown.emplace(item.kind, item.recordId);
    const std::set<std::pair<QString, qint64>> expected{{QStringLiteral("follow_up"), o.followUp},
                                                        {QStringLiteral("visit"), o.todaysVisit},
                                                        {QStringLiteral("visit"), o.yesterdaysVisit}};
    EXPECT_EQ(shown, expected);

    QTreeWidgetItem* followUps = section(page, QStringLiteral("follow_up"));
    ASSERT_NE(followUps, nullptr);
    EXPECT_EQ(followUps->text(0), QStringLiteral("Follow-ups (1, 1 overdue)"));
    ASSERT_EQ(followUps->childCount(), 1);
    EXPECT_TRUE(followUps->child(0)->text(0).startsWith(QStringLiteral("上海华联商贸有限公司")));
    EXPECT_EQ(followUps->child(0)->text(1),
              QStringLiteral("%1 overdue").arg(QDate::currentDate().addDays(-1).toString(Qt::ISODate)));
    EXPECT_EQ(followUps->child(0)->text(2), QStringLiteral("约好昨天再联系"));
    QTreeWidgetItem* visits = section(page, QStringLiteral("visit"));
    EXPECT_EQ(visits->text(0), QStringLiteral("Visits (2, 1 overdue)"));
    EXPECT_EQ(visits->childCount(), 2);
    EXPECT_EQ(section(page, QStringLiteral("complaint"))->text(0),
              QStringLiteral("Complaints near or past their deadline (0)"));

    // Enter on a line opens its card (as a double-click does: both are the view's activation).
    QSignalSpy open(&page, &gui::TodayWidget::openCustomer);
    page.tree()->setFocus();
    page.tree()->setCurrentItem(followUps->child(0));
    QTest::keyClick(page.tree(), Qt::Key_Return);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.front().at(0).toLongLong(), o.office.huaLianId);
}

TEST(TodayPage, AVisitGoesFromPlannedToDoneAndAnotherIsCancelled)
{
    DueOffice o;
    gui::StorageWorker worker(o.office.path(), o.office.rep1().user());
    gui::TodayWidget page(o.office.rep1(), &worker);
    page.show();
    ASSERT_TRUE(load(page));
    auto* complete = page.findChild<QPushButton*>(QStringLiteral("completeVisitButton"));
    ASSERT_NE(complete, nullptr);
    ASSERT_TRUE(page.selectItem(QStringLiteral("follow_up"), o.followUp));
    EXPECT_FALSE(complete->isEnabled()); // a follow-up is not a visit

    ASSERT_TRUE(page.selectItem(QStringLiteral("visit"), o.todaysVisit));
    ASSERT_TRUE(complete->isEnabled());
    const QDate followUp = QDate::currentDate().addDays(7);
    answerOutcome(QStringLiteral("客户确认下月订货"), followUp);
    complete->click();
    ASSERT_TRUE(waitFor([&] { return !page.isLoading(); }));

    auto visit = storage::VisitRepository(o.office.rep1()).get(o.todaysVisit);
    ASSERT_TRUE(visit);
    EXPECT_EQ(visit->status, QStringLiteral("done"));
    EXPECT_EQ(visit->result, QStringLiteral("客户确认下月订货"));
    auto interactions = storage::InteractionRepository(o.office.rep1()).listForCustomer(o.otherId);
    ASSERT_TRUE(interactions);
    ASSERT_EQ(interactions->size(), 1u);
    EXPECT_EQ(interactions->front().channel, QStringLiteral("visit"));
    EXPECT_EQ(interactions->front().nextFollowUp, followUp);
    EXPECT_EQ(interactions->front().summary, QStringLiteral("客户确认下月订货\n→ 下周报价"));
    // The manager's week counts it.
    services::WeeklyReview review(o.office.manager());
    const auto week = services::ReviewPeriod::containing(services::ReviewPeriod::Kind::Week, QDate::currentDate(),
                                                         review.firstDayOfWeek());
    auto report = review.build(week, QString(), false);
    ASSERT_TRUE(report);
    qint64 visitsDone = -1;
    for (const auto& row : report->rows)
        if (row.figures.rep.id == o.office.rep1().userId())
            visitsDone = row.figures.visitsDone;
    EXPECT_EQ(visitsDone, 1);
    // Gone from the day.
    for (const core::AgendaItem& item : page.items())
        EXPECT_FALSE(item.kind == QLatin1String("visit") && item.recordId == o.todaysVisit);

    // Yesterday's visit is cancelled with a reason.
    ASSERT_TRUE(page.selectItem(QStringLiteral("visit"), o.yesterdaysVisit));
    gui::TextPrompt::setNextAnswer(QStringLiteral("客户出差，改期"));
    ASSERT_TRUE(page.cancelVisit());
    ASSERT_TRUE(waitFor([&] { return !page.isLoading(); }));
    auto cancelled = storage::VisitRepository(o.office.rep1()).get(o.yesterdaysVisit);
    EXPECT_EQ(cancelled->status, QStringLiteral("cancelled"));
    EXPECT_EQ(cancelled->result, QStringLiteral("客户出差，改期"));
    EXPECT_EQ(section(page, QStringLiteral("visit"))->childCount(), 0);
}

TEST(TodayPage, ManagerPicksARep)
{
    DueOffice o;
    gui::StorageWorker worker(o.office.path(), o.office.manager().user());
    gui::TodayWidget page(o.office.manager(), &worker);
    page.show();
    ASSERT_TRUE(load(page));
    EXPECT_TRUE(page.items().empty()); // the manager owns no customer
    QComboBox* picker = page.userPicker();
    ASSERT_TRUE(picker->isVisible());
    // The picker says what it picks (the label was hidden: it copied the picker's visibility before either was shown).
    auto* label = page.findChild<QLabel*>(QStringLiteral("agendaUserLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisible());
    EXPECT_EQ(label->buddy(), picker);
    EXPECT_EQ(page.findChild<QLabel*>(QStringLiteral("agendaNote"))->text(),
              QStringLiteral("Nothing due today for you; pick a rep to see their day."));
    ASSERT_GE(picker->count(), 3); // the manager, then the area's two reps
    const int rep1 = picker->findData(o.office.rep1().userId());
    ASSERT_GE(rep1, 0);
    picker->setCurrentIndex(rep1);
    emit picker->activated(rep1);
    ASSERT_TRUE(waitFor([&] { return !page.isLoading(); }));
    EXPECT_EQ(page.items().size(), 3u);

    gui::TodayWidget repPage(o.office.rep1(), nullptr);
    EXPECT_FALSE(repPage.userPicker()->isVisibleTo(&repPage));
    EXPECT_FALSE(repPage.findChild<QLabel*>(QStringLiteral("agendaUserLabel"))->isVisibleTo(&repPage));
}

TEST(TodayPage, IsFirstInTheNavigationWithItsCountAndPlansFromTheCard)
{
    DueOffice o;
    gui::MainWindow window(o.office.rep1());
    window.show();
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(navigation->item(0)->data(Qt::UserRole).toInt(), gui::MainWindow::TodayView);
    window.showView(gui::MainWindow::TodayView);
    ASSERT_TRUE(waitFor([&] { return !window.today()->isLoading() && !window.today()->items().empty(); }));
    EXPECT_EQ(navigation->item(0)->text(), QStringLiteral("Today (3, 2 overdue)"));

    // Plan visit… from the card.
    ASSERT_TRUE(window.openCustomer(o.office.huaLianId));
    ASSERT_TRUE(waitFor([&] { return !window.card()->isLoading(); })); // read off the GUI thread
    QTimer::singleShot(20, [] {
        if (auto* dialog = QApplication::activeModalWidget()) {
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            buttons->button(QDialogButtonBox::Save)->click();
        }
    });
    auto* plan = window.card()->findChild<QPushButton*>(QStringLiteral("planVisitButton"));
    ASSERT_NE(plan, nullptr);
    plan->click();
    auto planned = storage::VisitRepository(o.office.rep1()).listForCustomer(o.office.huaLianId);
    ASSERT_TRUE(planned);
    ASSERT_EQ(planned->size(), 1u);
    EXPECT_EQ(planned->front().status, QStringLiteral("planned"));
    EXPECT_GE(planned->front().plannedDate, QDate::currentDate());
}

TEST(TodayPage, ACareReminderIsGreetedOrSnoozedInPlace)
{
    GuiTestDatabase office;
    const QDate today = QDate::currentDate();
    const QDate birthday = today.addDays(2);
    core::Contact contact;
    contact.customerId = office.huaLianId;
    contact.name = QStringLiteral("周敏");
    contact.birthdayLunar = core::LunarCalendar::fromGregorian(birthday);
    const qint64 contactId = storage::ContactRepository(office.rep1()).create(contact)->id;
    core::Contact second = contact;
    second.name = QStringLiteral("吴刚");
    second.birthdayLunar = {};
    second.birthday = QDate(1980, birthday.month(), birthday.day());
    const qint64 secondId = storage::ContactRepository(office.rep1()).create(second)->id;

    gui::StorageWorker worker(office.path(), office.rep1().user());
    gui::TodayWidget page(office.rep1(), &worker);
    page.show();
    ASSERT_TRUE(load(page));
    QTreeWidgetItem* care = section(page, QStringLiteral("reminder"));
    EXPECT_EQ(care->text(0), QStringLiteral("Care reminders (2)"));
    std::set<QString> texts;
    for (int i = 0; i < care->childCount(); ++i) {
        texts.insert(care->child(i)->text(2));
        EXPECT_EQ(care->child(i)->text(1), birthday.toString(Qt::ISODate));
    }
    const QString lunarDay = gui::CareLabels::lunarDate(core::LunarCalendar::fromGregorian(birthday));
    EXPECT_EQ(texts, (std::set<QString>{QStringLiteral("Lunar birthday of 周敏 (%1)").arg(lunarDay),
                                        QStringLiteral("Birthday of 吴刚")}));

    // Log greeting…: the interaction dialog comes with the greeting written; Save logs it and the reminder is done.
    ASSERT_TRUE(page.selectItem(QStringLiteral("reminder"), contactId));
    auto* greet = page.findChild<QPushButton*>(QStringLiteral("greetButton"));
    ASSERT_TRUE(greet->isEnabled());
    QString offered;
    QTimer::singleShot(20, [&offered] {
        if (auto* dialog = QApplication::activeModalWidget()) {
            if (auto* summary = dialog->findChild<QPlainTextEdit*>())
                offered = summary->toPlainText();
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        }
    });
    greet->click();
    EXPECT_EQ(offered, QStringLiteral("Birthday greetings to 周敏"));
    ASSERT_TRUE(waitFor([&] { return !page.isLoading(); }));
    auto logged = storage::InteractionRepository(office.rep1()).listForCustomer(office.huaLianId);
    ASSERT_TRUE(logged);
    ASSERT_FALSE(logged->empty());
    EXPECT_EQ(logged->front().contactId, contactId);
    EXPECT_FALSE(page.selectItem(QStringLiteral("reminder"), contactId));

    // Snooze…: a reason is required; the reminder is gone until its day.
    ASSERT_TRUE(page.selectItem(QStringLiteral("reminder"), secondId));
    QTimer::singleShot(20, [] {
        if (auto* dialog = qobject_cast<gui::SnoozeDialog*>(QApplication::activeModalWidget())) {
            EXPECT_FALSE(dialog->submit());
            EXPECT_FALSE(dialog->errorText().isEmpty());
            dialog->reasonEdit()->setText(QStringLiteral("客户出差"));
            dialog->daysBox()->setValue(1);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        }
    });
    page.findChild<QPushButton*>(QStringLiteral("snoozeButton"))->click();
    ASSERT_TRUE(waitFor([&] { return !page.isLoading(); }));
    EXPECT_FALSE(page.selectItem(QStringLiteral("reminder"), secondId));
    EXPECT_EQ(section(page, QStringLiteral("reminder"))->text(0), QStringLiteral("Care reminders (0)"));
    auto tomorrow = services::Agenda(office.rep1()).forDay(today.addDays(1));
    ASSERT_TRUE(tomorrow);
    bool back = false;
    for (const core::AgendaItem& item : *tomorrow)
        back = back || (item.recordId == secondId && item.snoozeReason == QStringLiteral("客户出差"));
    EXPECT_TRUE(back);
}
