#include "GuiTestDatabase.h"

#include "gui/common/MessageBox.h"
#include "gui/shell/IntegrityCheckRunner.h"
#include "gui/shell/MainWindow.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace carddesk;

// The start-up check of the database file runs on a worker thread and reports its findings as a signal.
TEST(IntegrityCheckRunner, ASoundFileReportsNoProblems)
{
    GuiTestDatabase office;
    gui::IntegrityCheckRunner runner(office.path());
    QSignalSpy finished(&runner, &gui::IntegrityCheckRunner::finished);
    runner.start();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.at(0).at(0).toStringList().isEmpty());
    EXPECT_TRUE(finished.at(0).at(1).toString().isEmpty());
}

TEST(IntegrityCheckRunner, AFileThatIsNotADatabaseIsReportedAsAnError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.db"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    gui::IntegrityCheckRunner runner(path);
    QSignalSpy finished(&runner, &gui::IntegrityCheckRunner::finished);
    runner.start();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.at(0).at(1).toString().isEmpty());
}

// Tools → Check database runs the same check off the GUI thread and says the result in a message box.
TEST(IntegrityCheckRunner, ToolsCheckDatabaseSaysASoundFileIsSound)
{
    GuiTestDatabase office;
    gui::MainWindow window(office.admin());
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    gui::IntegrityCheckRunner* runner = window.checkDatabase();
    QSignalSpy finished(runner, &gui::IntegrityCheckRunner::finished);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(gui::MessageBox::lastText(), QStringLiteral("The database is sound."));
}
