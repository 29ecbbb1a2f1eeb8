// Finding a user by name, as the CLI's --from, --to and --rep do: scoped like every read.
#include "StorageFixture.h"

#include "storage/repositories/UserRepository.h"

namespace carddesk::storage::test {
namespace {

class UserLookupTest : public StorageFixture
{
};

// Bug (walkthrough): a manager asking for another area's rep was told "no user named 'rep06'", as if rep06 did not
// exist. The answer stays the same for both (no existence leak), and now says which users it looked among.
TEST_F(UserLookupTest, AUserOutOfSightIsNotFoundAmongTheUsersYouMaySee)
{
    auto own = UserRepository::findByName(*m_manager1Session, QStringLiteral("REP1A"));
    ASSERT_TRUE(own) << own.error().toString().toStdString();
    EXPECT_EQ(own->id, m_rep1a.id);
    auto other = UserRepository::findByName(*m_manager1Session, QStringLiteral("rep2"));
    ASSERT_FALSE(other);
    auto none = UserRepository::findByName(*m_manager1Session, QStringLiteral("nobody"));
    ASSERT_FALSE(none);
    EXPECT_EQ(other.error().code, core::ErrorCode::NotFound);
    EXPECT_EQ(none.error().code, core::ErrorCode::NotFound);
    EXPECT_EQ(other.error().message, QStringLiteral("no user named 'rep2' among the users you may see"));
    EXPECT_EQ(none.error().message, QStringLiteral("no user named 'nobody' among the users you may see"));
    EXPECT_TRUE(UserRepository::findByName(*m_adminSession, QStringLiteral("rep2")));
}

} // namespace
} // namespace carddesk::storage::test
