#include "GuiTestDatabase.h"

#include "gui/common/MessageBox.h"
#include "gui/shell/DatabaseOptimizeRunner.h"
#include "gui/shell/MainWindow.h"
#include "storage/db/Database.h"
#include "storage/db/FileSpace.h"

#include <QSignalSpy>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

using namespace carddesk;

// Tools → Optimize database: the file's free space is measured and given back off the GUI thread, after asking.
TEST(OptimizeDatabase, TheAdministratorIsToldTheFreeSpaceAndGetsItBack)
{
    GuiTestDatabase office;
    office.db().sql().exec("CREATE TABLE scratch (payload TEXT)");
    office.db().sql().exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) "
                           "INSERT INTO scratch SELECT hex(randomblob(500)) FROM n");
    office.db().sql().exec("DROP TABLE scratch");
    ASSERT_GT(storage::FileSpace::of(office.db())->freePages, 0);

    gui::MainWindow window(office.admin());
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    gui::DatabaseOptimizeRunner* runner = window.optimizeDatabase();
    QSignalSpy measured(runner, &gui::DatabaseOptimizeRunner::measured);
    QSignalSpy optimized(runner, &gui::DatabaseOptimizeRunner::optimized);
    ASSERT_TRUE(measured.wait(30000));
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("rewrites the file")))
        << gui::MessageBox::lastText().toStdString();
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(optimized.wait(30000));
    EXPECT_TRUE(gui::MessageBox::lastText().startsWith(QStringLiteral("Done: the office file went from")))
        << gui::MessageBox::lastText().toStdString();
    EXPECT_EQ(storage::FileSpace::of(office.db())->freePages, 0);
}

TEST(OptimizeDatabase, SayingNoChangesNothing)
{
    GuiTestDatabase office;
    office.db().sql().exec("CREATE TABLE scratch (payload TEXT)");
    office.db().sql().exec("INSERT INTO scratch VALUES (hex(randomblob(100000)))");
    office.db().sql().exec("DROP TABLE scratch");
    const qint64 freeBefore = storage::FileSpace::of(office.db())->freePages;
    ASSERT_GT(freeBefore, 0);
    gui::MainWindow window(office.admin());
    gui::MessageBox::setNextAnswer(QMessageBox::No);
    gui::DatabaseOptimizeRunner* runner = window.optimizeDatabase();
    QSignalSpy measured(runner, &gui::DatabaseOptimizeRunner::measured);
    ASSERT_TRUE(measured.wait(30000));
    EXPECT_EQ(storage::FileSpace::of(office.db())->freePages, freeBefore);
}
