#include "../../report/PdfText.h"
#include "GuiTestDatabase.h"
#include "WaitFor.h"

#include "gui/agenda/TodayWidget.h"
#include "gui/agenda/VisitSheetOutput.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/common/StorageWorker.h"
#include "gui/customer/CustomerCardWidget.h"
#include "services/VisitPlanning.h"
#include "storage/repositories/ContactRepository.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace carddesk;

namespace {

using carddesk::test::pdfFileText;

// rep1 visits 南京紫金文具 today (contact 李红) and 上海华联 tomorrow.
struct VisitOffice
{
    GuiTestDatabase office;
    qint64 todayId = 0;

    VisitOffice()
    {
        const QDate today = QDate::currentDate();
        todayId = office.addCustomer(office.rep1(), QStringLiteral("南京紫金文具有限公司")).id;
        core::Contact contact;
        contact.customerId = todayId;
        contact.name = QStringLiteral("李红");
        contact.mobile = QStringLiteral("13912345678");
        storage::ContactRepository(office.rep1()).create(contact);
        services::VisitPlanning(office.rep1(), today).plan(todayId, today, QStringLiteral("送样品"));
        services::VisitPlanning(office.rep1(), today).plan(office.huaLianId, today.addDays(1), QStringLiteral("催款"));
    }

    qint64 logged(const char* action, qint64 customerId)
    {
        SQLite::Statement q(office.db().sql(),
                            "SELECT count(*) FROM access_log WHERE action = ? AND customer_id = ? AND user_id = ?");
        q.bind(1, action);
        q.bind(2, static_cast<int64_t>(customerId));
        q.bind(3, static_cast<int64_t>(office.rep1().userId()));
        q.executeStep();
        return q.getColumn(0).getInt64();
    }
};

bool waitForFinished(QSignalSpy& spy)
{
    return waitFor([&] { return !spy.isEmpty(); }, 30000);
}

} // namespace

TEST(VisitSheetOutput, TodayPageSavesTheDaysSheetOffTheGuiThreadAndLogsIt)
{
    VisitOffice o;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("today.pdf"));
    gui::StorageWorker worker(o.office.path(), o.office.rep1().user());
    gui::TodayWidget page(o.office.rep1(), &worker);
    page.show();
    QSignalSpy finished(page.visitSheet(), &gui::VisitSheetOutput::finished);
    gui::FileDialog::setNextFileName(pdf);
    page.saveVisitSheet(false);
    ASSERT_TRUE(waitForFinished(finished));
    EXPECT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
    const QString text = pdfFileText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("南京紫金文具有限公司"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("李红")));
    EXPECT_TRUE(text.contains(QStringLiteral("送样品")));
    EXPECT_FALSE(text.contains(QStringLiteral("催款"))); // tomorrow's visit
    EXPECT_EQ(o.logged("export", o.todayId), 1);
    EXPECT_EQ(o.logged("export", o.office.huaLianId), 0);

    // The week's sheet has tomorrow's customer too.
    finished.clear();
    gui::FileDialog::setNextFileName(dir.filePath(QStringLiteral("week.pdf")));
    page.saveVisitSheet(true);
    ASSERT_TRUE(waitForFinished(finished));
    EXPECT_TRUE(pdfFileText(dir.filePath(QStringLiteral("week.pdf"))).contains(QStringLiteral("催款")));
    EXPECT_EQ(o.logged("export", o.office.huaLianId), 1);
}

TEST(VisitSheetOutput, APrintIsLoggedPerCustomer)
{
    VisitOffice o;
    QTemporaryDir dir;
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    gui::VisitSheetOutput::setTestPrintFile(printed);
    gui::TodayWidget page(o.office.rep1(), nullptr);
    QSignalSpy finished(page.visitSheet(), &gui::VisitSheetOutput::finished);
    page.printVisitSheet(false);
    gui::VisitSheetOutput::setTestPrintFile({});
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.front().at(0).toBool());
    EXPECT_TRUE(pdfFileText(printed).contains(QStringLiteral("送样品")));
    EXPECT_EQ(o.logged("print", o.todayId), 1);
    EXPECT_EQ(o.logged("export", o.todayId), 0);
}

TEST(VisitSheetOutput, ADayWithoutVisitsSaysSoAndWritesNothing)
{
    VisitOffice o;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("empty.pdf"));
    QWidget parent;
    gui::VisitSheetOutput output(o.office.rep1(), nullptr, &parent);
    QSignalSpy finished(&output, &gui::VisitSheetOutput::finished);
    const QDate empty = QDate::currentDate().addDays(4);
    gui::FileDialog::setNextFileName(pdf);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    output.saveSheet(empty, empty, {});
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.front().at(0).toBool());
    EXPECT_TRUE(gui::MessageBox::lastText().contains(empty.toString(Qt::ISODate)))
        << gui::MessageBox::lastText().toStdString();
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
    EXPECT_EQ(o.office.db().sql().execAndGet("SELECT count(*) FROM access_log WHERE action = 'export'").getInt64(), 0);
}

TEST(VisitSheetOutput, TheCardPrintsAndSavesAsPdf)
{
    VisitOffice o;
    QTemporaryDir dir;
    gui::CustomerCardWidget card(o.office.rep1());
    ASSERT_TRUE(card.loadCustomer(o.todayId));
    QSignalSpy finished(card.cardOutput(), &gui::VisitSheetOutput::finished);
    const QString pdf = dir.filePath(QStringLiteral("card.pdf"));
    gui::FileDialog::setNextFileName(pdf);
    ASSERT_TRUE(card.saveCardPdf());
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
    const QString text = pdfFileText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("南京紫金文具有限公司")));
    EXPECT_TRUE(text.contains(card.customer().code));
    EXPECT_TRUE(text.contains(QStringLiteral("李红")));
    EXPECT_EQ(o.logged("export", o.todayId), 1);

    gui::VisitSheetOutput::setTestPrintFile(dir.filePath(QStringLiteral("printed.pdf")));
    ASSERT_TRUE(card.printCard());
    gui::VisitSheetOutput::setTestPrintFile({});
    EXPECT_EQ(o.logged("print", o.todayId), 1);
}
