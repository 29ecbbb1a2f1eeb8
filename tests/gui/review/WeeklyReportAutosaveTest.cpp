#include "GuiTestDatabase.h"

#include "gui/shell/MainWindow.h"
#include "report/WeeklyReportAutosave.h"
#include "services/OfficeSettings.h"
#include "services/ReviewPeriod.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

using namespace carddesk;

// "Ready on Monday": with a report folder set, a manager's first start of the week saves last week's report of
// their area as a PDF there, once; a rep's start saves nothing; no folder, nothing.
TEST(WeeklyReportAutosave, LastWeeksReportIsSavedOncePerWeekForTheManagersArea)
{
    GuiTestDatabase office;
    QTemporaryDir folder;
    const QDate today = QDate::currentDate();
    EXPECT_TRUE(report::WeeklyReportAutosave::saveLastWeek(office.manager(), today)->isEmpty()); // no folder yet
    ASSERT_TRUE(services::OfficeSettings::save(office.admin(), {{"report.pdf_folder", folder.path()}}).ok());

    EXPECT_TRUE(report::WeeklyReportAutosave::saveLastWeek(office.rep1(), today)->isEmpty());
    EXPECT_TRUE(QDir(folder.path()).entryList(QDir::Files).isEmpty());

    gui::MainWindow window(office.manager());
    QFuture<QString> job = window.saveLastWeeksReport();
    job.waitForFinished();
    const QString week = services::ReviewPeriod::lastFullWeek(today).label();
    const QStringList files = QDir(folder.path()).entryList(QDir::Files);
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(files.first().startsWith(QStringLiteral("CardDesk-weekly-") + week)) << files.first().toStdString();
    EXPECT_TRUE(job.result().contains(files.first())) << job.result().toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QDir(folder.path()).filePath(files.first()), QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    EXPECT_TRUE(QString::fromUtf8(text.readAllStandardOutput()).contains(week));
    // Saved through the export: in the access log like any export.
    EXPECT_EQ(office.db().sql().execAndGet("SELECT count(*) FROM access_log WHERE action = 'export'").getInt(), 1);

    // The next start of the same week finds the file and writes nothing.
    EXPECT_TRUE(report::WeeklyReportAutosave::saveLastWeek(office.manager(), today)->isEmpty());
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files).size(), 1);
}
