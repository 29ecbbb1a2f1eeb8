#include "StorageFixture.h"

#include "services/OfficeMaintenance.h"

#include <QFileInfo>

namespace carddesk::storage::test {
namespace {

using services::OfficeMaintenance;

class OfficeMaintenanceTest : public StorageFixture
{
protected:
    // Fills the file with rows and deletes them again: their pages become free pages.
    void leaveFreePages()
    {
        m_db->sql().exec("CREATE TABLE scratch (payload TEXT)");
        m_db->sql().exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) "
                         "INSERT INTO scratch SELECT hex(randomblob(500)) FROM n");
        m_db->sql().exec("DROP TABLE scratch");
    }
};

TEST_F(OfficeMaintenanceTest, MuchFreeSpaceIsGivenBackToTheDisk)
{
    leaveFreePages();
    auto before = FileSpace::of(db());
    ASSERT_TRUE(before);
    EXPECT_TRUE(OfficeMaintenance::worthVacuuming(*before)) << before->freeShare();

    auto outcome = OfficeMaintenance::optimize(*m_adminSession, false);
    ASSERT_TRUE(outcome) << outcome.error().toString().toStdString();
    EXPECT_TRUE(outcome->vacuumed);
    EXPECT_EQ(outcome->before.freePages, before->freePages);
    EXPECT_EQ(outcome->after.freePages, 0);
    EXPECT_LT(outcome->after.pageCount, before->pageCount);
    // The file itself shrank (the checkpoint moved the rewritten pages in and truncated it).
    EXPECT_LE(QFileInfo(m_path).size(), outcome->after.bytes());
    EXPECT_EQ(scalar("SELECT count(*) FROM users"), 6);
    EXPECT_TRUE(db().check()->isEmpty());
}

TEST_F(OfficeMaintenanceTest, LittleFreeSpaceOnlyRefreshesStatisticsUnlessAVacuumIsAsked)
{
    auto outcome = OfficeMaintenance::optimize(*m_adminSession, false);
    ASSERT_TRUE(outcome);
    EXPECT_FALSE(OfficeMaintenance::worthVacuuming(outcome->before));
    EXPECT_FALSE(outcome->vacuumed);
    auto forced = OfficeMaintenance::optimize(*m_adminSession, true);
    ASSERT_TRUE(forced);
    EXPECT_TRUE(forced->vacuumed);
}

TEST_F(OfficeMaintenanceTest, OnlyTheAdministratorOptimizes)
{
    for (Session* session : {m_rep1aSession.get(), m_manager1Session.get()}) {
        auto refused = OfficeMaintenance::optimize(*session, true);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, core::ErrorCode::AccessDenied);
    }
}

} // namespace
} // namespace carddesk::storage::test
