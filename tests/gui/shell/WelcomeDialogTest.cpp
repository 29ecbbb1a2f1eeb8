#include "GuiTestDatabase.h"

#include "gui/office/WelcomeDialog.h"
#include "gui/shell/LoginDialog.h"
#include "gui/shell/OfficeFile.h"
#include "gui/shell/Settings.h"
#include "gui/shell/Translations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace carddesk;

namespace {

class WelcomeDialogTest : public ::testing::Test
{
protected:
    // ctest runs tests in parallel processes: each test keeps its recent offices in its own settings folder.
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings().remove(QStringLiteral("offices/recent"));
    }
    void TearDown() override
    {
        QSettings().remove(QStringLiteral("offices/recent"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    static QLineEdit* field(gui::WelcomeDialog& dialog, const char* name)
    {
        auto* edit = dialog.findChild<QLineEdit*>(QLatin1String(name));
        EXPECT_NE(edit, nullptr) << name;
        return edit;
    }

    // Fills the new-office form the way a user does.
    void fill(gui::WelcomeDialog& dialog, const QString& folder, const QString& admin, const QString& password)
    {
        dialog.findChild<QPushButton*>(QStringLiteral("newOfficeButton"))->click();
        EXPECT_EQ(dialog.currentPage(), gui::WelcomeDialog::NewOfficePage);
        // Typed through an input method (QTest::keyClicks knows only ASCII keys).
        field(dialog, "officeNameEdit")->insert(QStringLiteral("上海办事处"));
        field(dialog, "areasEdit")->insert(QStringLiteral("华东区，华北区"));
        QTest::keyClicks(field(dialog, "adminNameEdit"), admin);
        QTest::keyClicks(field(dialog, "passwordEdit"), password);
        QTest::keyClicks(field(dialog, "repeatPasswordEdit"), password);
        field(dialog, "folderEdit")->setText(QDir::toNativeSeparators(folder));
    }

    QStringList filesInDir() const { return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden); }

    QTemporaryDir m_dir;
    QTemporaryDir m_config;
};

} // namespace

TEST_F(WelcomeDialogTest, CreatesAnOfficeIntoAFolderThenItsAdminLogsIn)
{
    gui::WelcomeDialog dialog;
    dialog.show();
    EXPECT_FALSE(dialog.findChild<QListWidget*>(QStringLiteral("recentList"))->isVisible());
    fill(dialog, m_dir.path(), QStringLiteral("boss"), QStringLiteral("good-password"));
    EXPECT_EQ(dialog.findChild<QLabel*>(QStringLiteral("targetPathLabel"))->text(),
              QStringLiteral("The office will be saved as %1")
                  .arg(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("上海办事处.db")))));
    dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->click();
    EXPECT_EQ(dialog.errorText(), QString());
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.officePath(), m_dir.filePath(QStringLiteral("上海办事处.db")));
    EXPECT_EQ(dialog.userName(), QStringLiteral("boss"));
    EXPECT_EQ(gui::Settings::recentOffices(), QStringList{dialog.officePath()});

    // What main() does next: open the file and log in.
    auto db = gui::OfficeFile::open(dialog.officePath());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    gui::LoginDialog login(**db);
    login.setUserName(dialog.userName());
    login.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("good-password"));
    ASSERT_TRUE(login.tryLogin());
    EXPECT_EQ(login.user().username, QStringLiteral("boss"));
    EXPECT_EQ(login.user().role, core::Role::Admin);
}

TEST_F(WelcomeDialogTest, APasswordAgainstTheRulesIsExplainedInlineAndNothingIsCreated)
{
    gui::WelcomeDialog dialog;
    dialog.show();
    fill(dialog, m_dir.path(), QStringLiteral("boss"), QStringLiteral("short"));
    EXPECT_FALSE(dialog.createOffice());
    EXPECT_EQ(dialog.errorText(), QStringLiteral("The password needs at least 8 characters."));
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());

    field(dialog, "adminNameEdit")->setText(QStringLiteral("administrator"));
    field(dialog, "passwordEdit")->setText(QStringLiteral("administrator"));
    field(dialog, "repeatPasswordEdit")->setText(QStringLiteral("administrator"));
    EXPECT_FALSE(dialog.createOffice());
    EXPECT_EQ(dialog.errorText(), QStringLiteral("The password must not be the user name."));

    field(dialog, "passwordEdit")->setText(QStringLiteral("good-password"));
    field(dialog, "repeatPasswordEdit")->setText(QStringLiteral("good-passwort"));
    EXPECT_FALSE(dialog.createOffice());
    EXPECT_EQ(dialog.errorText(), QStringLiteral("The two passwords differ: type the same password twice."));

    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(filesInDir().isEmpty());
}

TEST_F(WelcomeDialogTest, ANetworkPathIsRefusedWithTheReason)
{
    gui::WelcomeDialog dialog;
    dialog.show();
    fill(dialog, QStringLiteral("//fileserver/sales"), QStringLiteral("boss"), QStringLiteral("good-password"));
    EXPECT_FALSE(dialog.createOffice());
    EXPECT_TRUE(dialog.errorText().startsWith(QStringLiteral("//fileserver/sales is on a network drive.")))
        << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);

    // The same in Chinese: no English left but the path.
    gui::Translations::install(QStringLiteral("zh_CN"));
    EXPECT_FALSE(dialog.createOffice());
    const QString chinese = dialog.errorText();
    gui::Translations::install(QStringLiteral("en"));
    EXPECT_TRUE(chinese.contains(QStringLiteral("网络"))) << chinese.toStdString();
}

TEST_F(WelcomeDialogTest, ListsRecentOfficesAndOneClickOpensOne)
{
    GuiTestDatabase office;
    gui::Settings::addRecentOffice(m_dir.filePath(QStringLiteral("moved-away.db"))); // gone: not listed
    gui::Settings::addRecentOffice(office.path());
    gui::WelcomeDialog dialog;
    dialog.show();
    auto* recent = dialog.findChild<QListWidget*>(QStringLiteral("recentList"));
    ASSERT_EQ(recent->count(), 1);
    EXPECT_TRUE(recent->isVisible());
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, recent->visualItemRect(recent->item(0)).center());
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.officePath(), office.path());
}

TEST_F(WelcomeDialogTest, AMissingOfficeIsNamedAndNotCreated)
{
    const QString missing = m_dir.filePath(QStringLiteral("new.db"));
    gui::WelcomeDialog dialog(gui::OfficeFile::open(missing).error().message);
    dialog.show();
    EXPECT_EQ(dialog.noticeText(), QStringLiteral("The office file %1 does not exist.").arg(missing));
    EXPECT_FALSE(dialog.openOffice(missing));
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(filesInDir().isEmpty());
}

TEST_F(WelcomeDialogTest, TheDemoOfficeIsMadeOffTheGuiThreadThenOpened)
{
    const QString demo = gui::WelcomeDialog::demoOfficePath();
    QFile::remove(demo);
    gui::WelcomeDialog dialog;
    dialog.setDemoCustomers(60);
    dialog.show();
    QSignalSpy progress(&dialog, &gui::WelcomeDialog::demoProgress);
    dialog.findChild<QPushButton*>(QStringLiteral("demoButton"))->click();
    EXPECT_TRUE(dialog.demoRunning());
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("newOfficeButton"))->isEnabled());
    QElapsedTimer waited;
    waited.start();
    while (dialog.result() != QDialog::Accepted && dialog.noticeText().isEmpty() && waited.elapsed() < 60000)
        QTest::qWait(20);
    EXPECT_EQ(dialog.noticeText(), QString());
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_GT(progress.count(), 0);
    EXPECT_EQ(dialog.officePath(), demo);
    EXPECT_EQ(dialog.userName(), QStringLiteral("admin"));
    EXPECT_FALSE(QFileInfo::exists(demo + QStringLiteral(".creating")));
    auto db = gui::OfficeFile::open(demo);
    ASSERT_TRUE(db.ok());
    gui::LoginDialog login(**db);
    login.setUserName(QStringLiteral("admin"));
    login.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("admin1234"));
    EXPECT_TRUE(login.tryLogin());
    db->reset();
    QFile::remove(demo);
}
