#include "gui/shell/CommandLine.h"

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
