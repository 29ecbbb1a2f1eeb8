#include "GuiTestDatabase.h"
#include "WaitFor.h"

#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/customer/ContactsTab.h"
#include "gui/customer/CustomerCardWidget.h"
#include "gui/customer/PersonalDataExporter.h"
#include "gui/shell/MainWindow.h"
#include "storage/repositories/ContactRepository.h"

#include <SQLiteCpp/Database.h>

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace carddesk;
using report::PersonalDataExport;

namespace {

qint64 exportsLogged(GuiTestDatabase& office)
{
    return office.db().sql().execAndGet("SELECT count(*) FROM access_log WHERE action = 'export'").getInt64();
}

} // namespace

TEST(PersonalDataExporter, AManagerSavesAPersonsDataAsJsonAndTheExportIsLogged)
{
    GuiTestDatabase office;
    QTemporaryDir dir;
    const auto contacts = storage::ContactRepository(office.manager()).listForCustomer(office.huaLianId);
    ASSERT_TRUE(contacts && contacts->size() == 1);
    const qint64 before = exportsLogged(office);
    const QString file = dir.filePath(QStringLiteral("chen.json"));
    gui::FileDialog::setNextFileName(file);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(gui::PersonalDataExporter::run(nullptr, office.manager(), PersonalDataExport::Subject::Contact,
                                               contacts->front().id, QStringLiteral("陈静")));
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray json = written.readAll();
    EXPECT_TRUE(json.contains("chen.jing@hualian.example.com")) << json.left(300).toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(json).isObject());
    EXPECT_EQ(exportsLogged(office), before + 1);
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("chen.json")));
}

TEST(PersonalDataExporter, ACustomersDataBecomesAPdfFromTheFileMenuOfTheOpenCard)
{
    GuiTestDatabase office;
    QTemporaryDir dir;
    gui::MainWindow window(office.admin());
    window.show();
    ASSERT_TRUE(window.openCustomer(office.huaLianId));
    ASSERT_TRUE(waitFor([&] { return !window.card()->isLoading(); }));
    auto* action = window.findChild<QAction*>(QStringLiteral("exportCustomerDataAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());
    const QString file = dir.filePath(QStringLiteral("hualian")); // no suffix: a PDF
    gui::FileDialog::setNextFileName(file);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(window.exportCustomerData());
    QFile pdf(file + QStringLiteral(".pdf"));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
}

TEST(PersonalDataExporter, ARepIsNotOfferedItAndTheStorageRefusesWhatIsAskedAnyway)
{
    GuiTestDatabase office;
    QTemporaryDir dir;
    gui::ContactsTab tab(office.rep1(), nullptr);
    EXPECT_EQ(tab.findChild<QPushButton*>(QStringLiteral("exportContactDataButton")), nullptr);
    gui::ContactsTab managers(office.manager(), nullptr);
    EXPECT_NE(managers.findChild<QPushButton*>(QStringLiteral("exportContactDataButton")), nullptr);

    const auto contacts = storage::ContactRepository(office.rep1()).listForCustomer(office.huaLianId);
    ASSERT_TRUE(contacts && !contacts->empty());
    const QString file = dir.filePath(QStringLiteral("rep.json"));
    gui::FileDialog::setNextFileName(file);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(gui::PersonalDataExporter::run(nullptr, office.rep1(), PersonalDataExport::Subject::Contact,
                                                contacts->front().id, QStringLiteral("陈静")));
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_TRUE(gui::MessageBox::lastText().startsWith(QStringLiteral("Nothing was written")))
        << gui::MessageBox::lastText().toStdString();
}
