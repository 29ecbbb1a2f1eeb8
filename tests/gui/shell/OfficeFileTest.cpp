#include "GuiTestDatabase.h"

#include "gui/shell/OfficeFile.h"
#include "gui/shell/Translations.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace carddesk;

// `carddesk --db new.db` used to create new.db, then say it had no users and quit; `carddesk-cli init` then
// refused the file because it existed. Looking at a file must never create it.
TEST(OfficeFile, AMissingFileIsNotCreatedAndTheReasonIsInTheUsersLanguage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    gui::Translations::install(QStringLiteral("zh_CN"));
    auto db = gui::OfficeFile::open(path);
    gui::Translations::install(QStringLiteral("en"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, core::ErrorCode::NotFound);
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    // Chinese, and no English word once the path is taken out.
    QString text = db.error().message;
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(path)));
    text.remove(QDir::toNativeSeparators(path));
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("不存在"))) << text.toStdString();

    auto english = gui::OfficeFile::open(path);
    ASSERT_FALSE(english.ok());
    EXPECT_EQ(english.error().message, QStringLiteral("The office file %1 does not exist.").arg(path));
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(OfficeFile, OpensAnExistingOffice)
{
    QString path;
    {
        GuiTestDatabase office;
        path = office.path();
        auto db = gui::OfficeFile::open(path);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_GT((*db)->schemaVersion(), 0);
    }
}

TEST(OfficeFile, AFolderIsNotAnOfficeFile)
{
    QTemporaryDir dir;
    auto db = gui::OfficeFile::open(dir.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, core::ErrorCode::NotFound);
}
