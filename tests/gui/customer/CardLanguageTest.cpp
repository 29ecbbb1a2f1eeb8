#include "GuiTestDatabase.h"

#include "gui/common/Labels.h"
#include "gui/customer/CustomerCardWidget.h"
#include "gui/shell/Translations.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/InteractionRepository.h"

#include <SQLiteCpp/Database.h>

#include <QAbstractItemModel>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>

#include <gtest/gtest.h>

using namespace carddesk;
using F = gui::CustomerFields::Field;

namespace {
class ChineseCard : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(gui::Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN")); }
    void TearDown() override { gui::Translations::install(QStringLiteral("en")); }
};

// All texts of the change-history tab, row by row, columns joined with '|'.
QStringList historyRows(gui::CustomerCardWidget& card)
{
    QStringList rows;
    for (int i = 0; i < card.tabs()->count(); ++i) {
        if (card.tabs()->tabText(i) != QStringLiteral("变更记录"))
            continue;
        auto* view = card.tabs()->widget(i)->findChild<QTableView*>();
        if (!view)
            return rows;
        const QAbstractItemModel* model = view->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(); ++c)
                cells << model->index(r, c).data().toString();
            rows << cells.join(QLatin1Char('|'));
        }
    }
    return rows;
}
} // namespace

TEST_F(ChineseCard, ValidationMessagesAreChinese)
{
    GuiTestDatabase office;
    gui::CustomerCardWidget card(office.rep1());
    card.show();
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    qobject_cast<QLineEdit*>(card.editor(F::Email))->setText(QStringLiteral("not-an-address"));
    const QString text = card.errorLabel(F::Email)->text();
    EXPECT_TRUE(card.errorLabel(F::Email)->isVisible());
    EXPECT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.contains(QStringLiteral("电子邮件")) || text.contains(QStringLiteral("邮件地址")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QLatin1String("e-mail address")));
}

// A card with no recorded change says so instead of showing a bare table.
TEST_F(ChineseCard, ChangeHistoryOfAnUnchangedCardSaysThatNothingIsRecordedYet)
{
    GuiTestDatabase office;
    // Written as a bulk load or another tool writes cards: no audit row (a card created in CardDesk has its
    // creation in the trail).
    office.db().sql().exec("INSERT INTO customers (code, name, owner_id, created_at, updated_at) VALUES ('C9001', "
                           "'南京新街口百货', " +
                           std::to_string(office.rep1().userId()) +
                           ", '2026-01-05T08:00:00Z', '2026-01-05T08:00:00Z')");
    const qint64 fresh = office.db().sql().getLastInsertRowid();
    gui::CustomerCardWidget card(office.rep1());
    card.resize(1100, 800);
    card.show();
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    ASSERT_TRUE(card.loadCustomer(fresh));
    QLabel* note = nullptr;
    for (int i = 0; i < card.tabs()->count(); ++i) {
        if (card.tabs()->tabText(i) == QStringLiteral("变更记录")) {
            card.tabs()->setCurrentIndex(i);
            note = card.tabs()->widget(i)->findChild<QLabel*>(QStringLiteral("changeHistoryEmpty"));
        }
    }
    ASSERT_NE(note, nullptr);
    ASSERT_TRUE(historyRows(card).isEmpty()) << historyRows(card).join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("此资料卡还没有变更记录"))) << note->text().toStdString();
}

TEST_F(ChineseCard, ChangeHistoryShowsFieldAndValueLabels)
{
    GuiTestDatabase office;
    storage::CustomerRepository customers(office.rep1());
    auto customer = customers.get(office.huaLianId, false);
    ASSERT_TRUE(customer.ok());
    core::Customer changed = *customer;
    changed.status = QStringLiteral("lost");
    ASSERT_TRUE(customers.update(changed).ok());
    storage::InteractionRepository interactions(office.rep1());
    core::Interaction call;
    call.customerId = office.huaLianId;
    call.channel = QStringLiteral("phone");
    call.occurredAt = QDateTime::currentDateTimeUtc();
    call.summary = QStringLiteral("报价");
    call.nextFollowUp = QDate(2026, 12, 20);
    ASSERT_TRUE(interactions.create(call).ok());

    gui::CustomerCardWidget card(office.rep1());
    card.resize(1100, 800);
    card.show();
    ASSERT_TRUE(card.loadCustomer(office.huaLianId));
    const QStringList rows = historyRows(card);
    ASSERT_FALSE(rows.isEmpty());
    const QString all = rows.join(QLatin1Char('\n'));
    // customers.status current → lost, as the card's field label and the status labels.
    EXPECT_TRUE(all.contains(QStringLiteral("|状态|") + gui::Labels::status(QStringLiteral("current")) +
                             QStringLiteral("|流失客户")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("互动：下次跟进"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("互动：渠道"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QLatin1String("next_follow_up"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QLatin1String("interactions."))) << all.toStdString();
    EXPECT_FALSE(all.contains(QLatin1String("|lost"))) << all.toStdString();
}
