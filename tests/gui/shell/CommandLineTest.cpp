#include "gui/shell/CommandLine.h"

#include <QSize>

#include <gtest/gtest.h>

#include <vector>

using carddesk::gui::CommandLine;

namespace {
bool onlyPrints(std::vector<const char*> args)
{
    args.insert(args.begin(), "carddesk");
    return CommandLine::onlyPrints(static_cast<int>(args.size()), const_cast<char**>(args.data()));
}
} // namespace

// Bug: `carddesk --help` aborted without a display because QApplication was created on the xcb platform first.
TEST(CommandLine, HelpAndVersionNeedNoDisplay)
{
    EXPECT_TRUE(onlyPrints({"--help"}));
    EXPECT_TRUE(onlyPrints({"-h"}));
    EXPECT_TRUE(onlyPrints({"--help-all"}));
    EXPECT_TRUE(onlyPrints({"--db", "x.db", "--version"}));
    EXPECT_FALSE(onlyPrints({"--db", "x.db"}));
    EXPECT_FALSE(onlyPrints({"--db", "help.db"}));
}

// Screenshots at a laptop's 1280x800, where clipped chart labels show (issue 15); a bad size says what is wrong.
TEST(CommandLine, ScreenshotSize)
{
    EXPECT_EQ(CommandLine::parse({"carddesk"}).size, QSize(1440, 900));
    const CommandLine small = CommandLine::parse({"carddesk", "--size", "1280x800"});
    EXPECT_TRUE(small.error.isEmpty()) << small.error.toStdString();
    EXPECT_EQ(small.size, QSize(1280, 800));
    for (const char* bad : {"1280", "1280x", "x800", "100x100", "1280*800", "99999x800"}) {
        const CommandLine parsed = CommandLine::parse({"carddesk", "--size", bad});
        EXPECT_TRUE(parsed.error.contains(QLatin1String("--size"))) << bad;
    }
}
