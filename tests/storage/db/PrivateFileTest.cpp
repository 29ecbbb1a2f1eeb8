#include "storage/db/PrivateFile.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace carddesk::storage {
namespace {

using core::ErrorCode;

TEST(PrivateFile, CreatesTheOwnersOnlyFileWhateverTheUmask)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const mode_t before = ::umask(0); // the worst case: nothing taken away
    const QString path = dir.filePath(QStringLiteral("office.carddesk"));
    const core::Status made = PrivateFile::create(path);
    ::umask(before);
    ASSERT_TRUE(made) << made.error().toString().toStdString();
    EXPECT_EQ(PrivateFile::mode(path), 0600);
    EXPECT_FALSE(PrivateFile::openToOthers(path));
    EXPECT_TRUE(PrivateFile::warningFor(path).isEmpty());
    // Never over an existing file (someone else's, or a link).
    EXPECT_EQ(PrivateFile::create(path).error().code, ErrorCode::Conflict);
}

TEST(PrivateFile, AFileOpenToOthersIsWarnedAboutAndCanBeRestricted)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("office.carddesk"));
    ASSERT_TRUE(PrivateFile::create(path));
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    EXPECT_TRUE(PrivateFile::openToOthers(path));
    const QString warning = PrivateFile::warningFor(path);
    EXPECT_TRUE(warning.contains(QLatin1String("0644"))) << warning.toStdString();
    EXPECT_TRUE(warning.contains(QLatin1String("chmod 600"))) << warning.toStdString();
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0640), 0); // a group is "others" too
    EXPECT_TRUE(PrivateFile::openToOthers(path));
    ASSERT_TRUE(PrivateFile::restrict(path));
    EXPECT_EQ(PrivateFile::mode(path), 0600);
    ASSERT_TRUE(PrivateFile::restrict(dir.path()));
    EXPECT_EQ(PrivateFile::mode(dir.path()), 0700);
    EXPECT_EQ(PrivateFile::mode(dir.filePath(QStringLiteral("missing"))), -1);
    EXPECT_FALSE(PrivateFile::openToOthers(dir.filePath(QStringLiteral("missing"))));
}

} // namespace
} // namespace carddesk::storage
