#include "storage/db/CheckFindings.h"

#include <gtest/gtest.h>

namespace carddesk::storage {
namespace {

TEST(CheckFindingsTest, PagesTheDiskCouldNotReadAreNotDamage)
{
    const std::string unreadable = "*** in database main ***\nPage 32: unable to get the page. error code=266\n"
                                   "Page 33: unable to get the page. error code=266\n"
                                   "Page 34: unable to get the page. error code=10\n"
                                   "Page 35: unable to get the page. error code=266";
    EXPECT_TRUE(CheckFindings::areReadFailures(unreadable));
    EXPECT_EQ(CheckFindings::summary(unreadable), QStringLiteral("pages 32, 33, 34 and 1 more could not be read"));
    EXPECT_EQ(CheckFindings::summary("*** in database main ***\nPage 7: unable to get the page. error code=266"),
              QStringLiteral("page 7 could not be read"));
}

TEST(CheckFindingsTest, DamageIsSummarisedNotCalledADiskFailure)
{
    // error code=11 is SQLITE_CORRUPT: the page was read, and is garbage.
    const std::string damaged = "*** in database main ***\nPage 5: unable to get the page. error code=11\n"
                                "Page 9: btreeInitPage() returns error code 11\nrow 3 missing from index a\n"
                                "row 4 missing from index a\nrow 5 missing from index a";
    EXPECT_FALSE(CheckFindings::areReadFailures(damaged));
    EXPECT_EQ(CheckFindings::summary(damaged),
              QStringLiteral("Page 5: unable to get the page. error code=11; Page 9: btreeInitPage() returns error "
                             "code 11; row 3 missing from index a; and 2 more"));
    EXPECT_FALSE(CheckFindings::areReadFailures("ok"));
    EXPECT_FALSE(CheckFindings::areReadFailures(""));
}

} // namespace
} // namespace carddesk::storage
