#include "gui/shell/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

namespace carddesk::gui {
namespace {

// Issue #17, finding 1: log lines name files and users; the log folder and file are their owner's only.
TEST(Logging, TheLogFolderAndFileAreTheOwnersOnly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const mode_t umaskBefore = ::umask(022);
    const auto loggerBefore = spdlog::default_logger();
    Logging::init(dir.path());
    spdlog::warn("a line for the log file");
    spdlog::default_logger()->flush();
    // Back to the test run's own logger and Qt's default message handler.
    spdlog::set_default_logger(loggerBefore);
    qInstallMessageHandler(nullptr);
    ::umask(umaskBefore);

    const QString file = Logging::logFilePath(dir.path());
    const QString folder = QFileInfo(file).absolutePath();
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    ASSERT_TRUE(QFileInfo::exists(file));
    EXPECT_EQ(QFile::permissions(file) & others, QFileDevice::Permissions());
    EXPECT_EQ(QFile::permissions(folder) & others, QFileDevice::Permissions());
    QFile log(file);
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    EXPECT_TRUE(log.readAll().contains("a line for the log file"));
}

} // namespace
} // namespace carddesk::gui
