#include "core/RegularFile.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using carddesk::core::ErrorCode;
using carddesk::core::requireRegularFile;

TEST(RegularFileTest, OrdinaryAndMissingFilesPassAndTheCallerAnswersForMissingOnes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("orders.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    EXPECT_TRUE(requireRegularFile(file.fileName()));
    EXPECT_TRUE(requireRegularFile(dir.filePath(QStringLiteral("missing.csv"))));
}

TEST(RegularFileTest, APipeAFolderAndADeviceAreRefusedByNameWithoutOpeningThem)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString pipe = dir.filePath(QStringLiteral("orders.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const auto piped = requireRegularFile(pipe); // would block forever if it opened the pipe
    ASSERT_FALSE(piped);
    EXPECT_EQ(piped.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(piped.error().field, QStringLiteral("file"));
    EXPECT_TRUE(piped.error().message.startsWith(QStringLiteral("orders.csv is a named pipe, not a file")))
        << piped.error().message.toStdString();

    const auto folder = requireRegularFile(dir.path());
    ASSERT_FALSE(folder);
    EXPECT_TRUE(folder.error().message.contains(QStringLiteral("is a folder"))) << folder.error().message.toStdString();

    const auto device = requireRegularFile(QStringLiteral("/dev/zero"));
    ASSERT_FALSE(device);
    EXPECT_TRUE(device.error().message.startsWith(QStringLiteral("zero is a device")))
        << device.error().message.toStdString();
}
