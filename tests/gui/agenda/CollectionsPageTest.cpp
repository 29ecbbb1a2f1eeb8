#include "GuiTestDatabase.h"
#include "WaitFor.h"

#include "gui/agenda/CollectionsWidget.h"
#include "gui/common/DataChanges.h"
#include "gui/common/DateField.h"
#include "gui/common/PageLoader.h"
#include "gui/common/RecordTableModel.h"
#include "gui/common/StorageWorker.h"
#include "gui/common/TextPrompt.h"
#include "gui/customer/EditOrderDialog.h"
#include "gui/customer/OrderDialog.h"
#include "gui/customer/OrdersTab.h"
#include "gui/customer/PaymentDialog.h"
#include "gui/customer/ReceivablesTab.h"
#include "services/OrderEntry.h"
#include "storage/repositories/ProductRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <SQLiteCpp/SQLiteCpp.h>

#include <gtest/gtest.h>

using namespace carddesk;

namespace {

// rep1's customer 上海华联 with one invoice of 1000 (4 × 250), overdue by 5 days.
struct MoneyOffice
{
    GuiTestDatabase office;
    core::Product product;
    qint64 receivableId = 0;
    qint64 orderId = 0;

    MoneyOffice()
    {
        product.code = QStringLiteral("P-100");
        product.name = QStringLiteral("打印纸");
        product.unitPrice = 250;
        product = *storage::ProductRepository(office.admin()).create(product);
        services::OrderDraft draft;
        draft.customerId = office.huaLianId;
        draft.orderDate = QDate::currentDate().addDays(-35);
        draft.dueDate = QDate::currentDate().addDays(-5);
        draft.invoiceNo = QStringLiteral("INV-7");
        draft.lines.push_back({0, product.id, 4, 250, 0});
        auto recorded = services::OrderEntry(office.rep1()).record(draft);
        receivableId = recorded->receivable.id;
        orderId = recorded->order.order.id;
    }

    double scalar(const char* sql) { return office.db().sql().execAndGet(sql).getDouble(); }
};

// Runs `fill` on the modal dialog of type D once it is up.
template <typename D> void answerDialog(std::function<void(D*)> fill)
{
    QTimer::singleShot(20, [fill] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog) {
            answerDialog<D>(fill);
            return;
        }
        // Typed keys go where the focus is: on the offscreen platform the dialog is not always the active window
        // yet, and Enter then reached the page's own Enter shortcut, which opened a second dialog nobody answered.
        QApplication::setActiveWindow(dialog);
        dialog->setFocus();
        fill(dialog);
    });
}

} // namespace

TEST(CollectionsPage, APaymentTypedAndEnteredReducesTheOpenReceivable)
{
    MoneyOffice o;
    gui::StorageWorker worker(o.office.path(), o.office.rep1().user());
    gui::DataChanges changes;
    gui::CollectionsWidget page(o.office.rep1(), &worker, &changes);
    QAbstractItemModelTester tester(page.model());
    page.show();
    page.reload();
    ASSERT_TRUE(waitFor([&] { return page.model()->rowCount() == 1 && !page.loader()->isLoading(); }));
    EXPECT_EQ(page.model()->index(0, 7).data().toString(), QLocale().toString(1000.0, 'f', 2));
    EXPECT_EQ(page.model()->index(0, 0).data().toString(), QStringLiteral("Medium")); // 5 days overdue, no rating
    // Amounts right-aligned, as on the Today page (they were left-aligned); the customer's name is not.
    for (int column : {5, 6, 7})
        EXPECT_EQ(page.model()->index(0, column).data(Qt::TextAlignmentRole).toInt(),
                  int(Qt::AlignRight | Qt::AlignVCenter))
            << column;
    EXPECT_FALSE(page.model()->index(0, 3).data(Qt::TextAlignmentRole).isValid());
    page.view()->setCurrentIndex(page.model()->index(0, 0));

    // Keyboard only: the amount replaced by typing, the dialog completed with Enter.
    QString shownError;
    answerDialog<gui::PaymentDialog>([&shownError](gui::PaymentDialog* dialog) {
        dialog->amountEdit()->selectAll();
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("400"));
        QTest::keyClick(dialog->amountEdit(), Qt::Key_Return);
        shownError = dialog->errorText();
    });
    ASSERT_TRUE(page.recordPayment()) << shownError.toStdString();
    EXPECT_DOUBLE_EQ(o.scalar("SELECT paid_amount FROM receivables"), 400);
    EXPECT_DOUBLE_EQ(o.scalar("SELECT sum(amount) FROM payments"), 400);
    // The announcement reloads the page: 600 still open.
    ASSERT_TRUE(waitFor([&] {
        return !page.loader()->isLoading() && page.model()->rowCount() == 1 &&
               page.model()->index(0, 7).data().toString() == QLocale().toString(600.0, 'f', 2);
    }));

    // The rest, in full: the receivable leaves the plan.
    answerDialog<gui::PaymentDialog>(
        [](gui::PaymentDialog* dialog) { QTest::keyClick(dialog->amountEdit(), Qt::Key_Return); });
    ASSERT_TRUE(page.recordPayment());
    ASSERT_TRUE(waitFor([&] { return !page.loader()->isLoading() && page.model()->rowCount() == 0; }));
    EXPECT_DOUBLE_EQ(o.scalar("SELECT paid_amount FROM receivables"), 1000);
}

TEST(CollectionsPage, TooMuchZeroOrNotANumberIsRefusedInTheDialogAndNothingIsWritten)
{
    MoneyOffice o;
    core::Receivable receivable;
    receivable.id = o.receivableId;
    receivable.amount = 1000;
    gui::PaymentDialog dialog(o.office.rep1(), receivable, QStringLiteral("上海华联"));
    dialog.show();
    for (const char* typed : {"1000.01", "0", "-3", "abc"}) {
        dialog.amountEdit()->setText(QString::fromLatin1(typed));
        EXPECT_FALSE(dialog.submit()) << typed;
        EXPECT_FALSE(dialog.errorText().isEmpty()) << typed;
    }
    dialog.amountEdit()->setText(QStringLiteral("10"));
    dialog.dateEdit()->setText(QStringLiteral("not a date"));
    EXPECT_FALSE(dialog.submit());
    // The service's own rule: a payment dated tomorrow has not arrived.
    dialog.dateEdit()->setDate(QDate::currentDate().addDays(1));
    EXPECT_FALSE(dialog.submit());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("future"))) << dialog.errorText().toStdString();
    EXPECT_EQ(o.scalar("SELECT count(*) FROM payments"), 0);
    EXPECT_EQ(o.scalar("SELECT paid_amount FROM receivables"), 0);
}

TEST(CollectionsPage, TheCardsReceivablesTabRecordsAPaymentAndAnnouncesIt)
{
    MoneyOffice o;
    gui::ReceivablesTab tab(o.office.rep1(), nullptr);
    tab.setCustomerName(QStringLiteral("上海华联"));
    QSignalSpy changed(&tab, &gui::ReceivablesTab::receivablesChanged);
    tab.show();
    tab.showCustomer(o.office.huaLianId);
    ASSERT_EQ(tab.model()->rowCount(), 1);
    // The open invoice is chosen already: Record payment… is one keystroke away.
    EXPECT_EQ(tab.view()->currentIndex().row(), 0);
    EXPECT_TRUE(tab.paymentButton()->isEnabled());
    answerDialog<gui::PaymentDialog>([](gui::PaymentDialog* dialog) {
        dialog->amountEdit()->setText(QStringLiteral("250"));
        dialog->methodBox()->setCurrentIndex(1); // cash
        QTest::keyClick(dialog->amountEdit(), Qt::Key_Enter);
    });
    ASSERT_TRUE(tab.recordPayment());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.front().at(0).value<QList<qint64>>(), QList<qint64>{o.receivableId});
    EXPECT_EQ(o.office.db().sql().execAndGet("SELECT method FROM payments").getString(), "cash");
    tab.reload();
    EXPECT_EQ(tab.model()->index(0, 5).data().toString(), QLocale().toString(750.0, 'f', 2));
    EXPECT_EQ(tab.model()->index(0, 5).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
}

TEST(CollectionsPage, ANewOrderIsTypedAndSavedWithEnterAndWarnsAboveTheCreditLimit)
{
    MoneyOffice o;
    // The first invoice is overdue: a new order needs a reason.
    gui::OrderDialog dialog(o.office.rep1(), o.office.huaLianId, QStringLiteral("上海华联"), {o.product});
    dialog.show();
    QTest::keyClicks(dialog.quantityEdit(), QStringLiteral("2"));
    dialog.invoiceEdit()->setText(QStringLiteral("INV-8"));
    gui::TextPrompt::setNextCancel();
    QTest::keyClick(dialog.quantityEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(gui::TextPrompt::lastLabel().contains(QStringLiteral("overdue")))
        << gui::TextPrompt::lastLabel().toStdString();
    EXPECT_EQ(o.scalar("SELECT count(*) FROM orders"), 1); // cancelled: nothing written
    EXPECT_EQ(dialog.linesTable()->rowCount(), 1);         // the typed line was kept
    EXPECT_TRUE(dialog.totalText().contains(QLocale().toString(500.0, 'f', 2))) << dialog.totalText().toStdString();

    gui::TextPrompt::setNextAnswer(QStringLiteral("经理同意"));
    ASSERT_TRUE(dialog.submit()) << dialog.errorText().toStdString();
    EXPECT_EQ(o.scalar("SELECT count(*) FROM orders"), 2);
    EXPECT_EQ(o.scalar("SELECT amount FROM receivables WHERE invoice_no = 'INV-8'"), 500);
    EXPECT_EQ(o.scalar("SELECT count(*) FROM audit_log WHERE action = 'credit_override' AND new_value = '经理同意'"),
              1);
    EXPECT_TRUE(dialog.recorded().creditOverridden);
}

TEST(CollectionsPage, AnOrderWithoutLinesOrWithABadQuantityIsNotSaved)
{
    MoneyOffice o;
    gui::OrderDialog dialog(o.office.rep1(), o.office.huaLianId, QStringLiteral("上海华联"), {o.product});
    dialog.show();
    // Alt+Q reaches the quantity: its label (beside a row of fields) has the field as its buddy, so the & is a
    // mnemonic and not shown as text.
    bool quantityLabelled = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        quantityLabelled = quantityLabelled || label->buddy() == dialog.quantityEdit();
    EXPECT_TRUE(quantityLabelled);
    EXPECT_FALSE(dialog.submit());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    dialog.quantityEdit()->setText(QStringLiteral("-1"));
    EXPECT_FALSE(dialog.addLine());
    dialog.quantityEdit()->setText(QStringLiteral("0"));
    EXPECT_FALSE(dialog.submit());
    EXPECT_EQ(dialog.linesTable()->rowCount(), 0);
    EXPECT_EQ(o.scalar("SELECT count(*) FROM orders"), 1);
}

TEST(CollectionsPage, VoidingAnOrderAsksWhyAndLeavesTheAuditTrail)
{
    MoneyOffice o;
    gui::OrdersTab tab(o.office.rep1(), nullptr);
    QSignalSpy changed(&tab, &gui::OrdersTab::ordersChanged);
    tab.show();
    tab.showCustomer(o.office.huaLianId);
    ASSERT_EQ(tab.ordersModel()->rowCount(), 1);
    tab.ordersView()->setCurrentIndex(tab.ordersModel()->index(0, 0));
    ASSERT_TRUE(tab.voidOrderButton()->isEnabled());
    gui::TextPrompt::setNextCancel();
    EXPECT_FALSE(tab.voidOrder());
    EXPECT_EQ(o.scalar("SELECT count(*) FROM orders"), 1);
    gui::TextPrompt::setNextAnswer(QStringLiteral("录错客户"));
    ASSERT_TRUE(tab.voidOrder());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(o.scalar("SELECT count(*) FROM orders"), 0);
    EXPECT_EQ(o.scalar("SELECT count(*) FROM receivables"), 0);
    EXPECT_EQ(o.scalar("SELECT count(*) FROM audit_log WHERE action = 'void' AND new_value = '录错客户'"), 1);
}

TEST(CollectionsPage, AnImportedOrderIsMarkedAndOnlyTheAdministratorMayVoidIt)
{
    MoneyOffice o;
    // As import-orders writes them: no lines.
    o.office.db().sql().exec("DELETE FROM order_lines");
    o.office.db().sql().exec("UPDATE orders SET imported = 1");
    gui::OrdersTab tab(o.office.rep1(), nullptr);
    tab.show();
    tab.showCustomer(o.office.huaLianId);
    ASSERT_EQ(tab.ordersModel()->rowCount(), 1);
    EXPECT_EQ(tab.ordersModel()->index(0, 4).data().toString(), QStringLiteral("(imported from an orders file)"));
    tab.ordersView()->setCurrentIndex(tab.ordersModel()->index(0, 0));
    EXPECT_FALSE(tab.voidOrderButton()->isEnabled());
    EXPECT_TRUE(tab.voidOrderButton()->toolTip().contains(QStringLiteral("administrator")))
        << tab.voidOrderButton()->toolTip().toStdString();
    EXPECT_TRUE(tab.editOrderButton()->isEnabled());

    gui::OrdersTab asAdmin(o.office.admin(), nullptr);
    asAdmin.show();
    asAdmin.showCustomer(o.office.huaLianId);
    ASSERT_EQ(asAdmin.ordersModel()->rowCount(), 1);
    asAdmin.ordersView()->setCurrentIndex(asAdmin.ordersModel()->index(0, 0));
    EXPECT_TRUE(asAdmin.voidOrderButton()->isEnabled());
    EXPECT_TRUE(asAdmin.voidOrderButton()->toolTip().isEmpty());
}

TEST(CollectionsPage, EditingAnOrderChangesItsInvoiceDueDate)
{
    MoneyOffice o;
    gui::OrdersTab tab(o.office.rep1(), nullptr);
    tab.show();
    tab.showCustomer(o.office.huaLianId);
    ASSERT_EQ(tab.ordersModel()->rowCount(), 1);
    tab.ordersView()->setCurrentIndex(tab.ordersModel()->index(0, 0));
    ASSERT_TRUE(tab.editOrderButton()->isEnabled());
    const QDate due = QDate::currentDate().addDays(10);
    answerDialog<gui::EditOrderDialog>([due](gui::EditOrderDialog* dialog) {
        EXPECT_EQ(dialog->invoiceEdit()->text(), QStringLiteral("INV-7"));
        dialog->dueDateEdit()->clear();
        QTest::keyClicks(dialog->dueDateEdit(), due.toString(Qt::ISODate));
        QTest::keyClick(dialog->dueDateEdit(), Qt::Key_Return);
    });
    ASSERT_TRUE(tab.editOrder());
    EXPECT_EQ(QString::fromStdString(o.office.db().sql().execAndGet("SELECT due_date FROM receivables").getString()),
              due.toString(Qt::ISODate));
}
