#include "StorageFixture.h"

#include "services/OfficeSettings.h"
#include "services/ScoringService.h"
#include "storage/repositories/ComplaintDeadline.h"

namespace carddesk::storage::test {
namespace {

using core::ErrorCode;
using services::OfficeSettings;

class OfficeSettingsTest : public StorageFixture
{
};

TEST_F(OfficeSettingsTest, DefaultsUntilSavedThenAppliedByTheirUseCasesWithoutARestart)
{
    EXPECT_EQ(OfficeSettings::value(db(), "complaint.deadline_days.1"), QStringLiteral("7"));
    EXPECT_EQ(OfficeSettings::value(db(), "backup.keep_daily"), QStringLiteral("7"));
    ASSERT_TRUE(OfficeSettings::save(*m_adminSession, {{"complaint.deadline_days.1", QStringLiteral(" 10 ")},
                                                       {"abc.cutoff_a", QStringLiteral("0.7")},
                                                       {"complaint.admin_escalation_days", QStringLiteral("5")}})
                    .ok());
    EXPECT_EQ(OfficeSettings::value(db(), "complaint.deadline_days.1"), QStringLiteral("10"));
    // The use cases read them on the same connection, at once.
    EXPECT_EQ(ComplaintDeadline::daysForLevel(db(), 1), 10);
    EXPECT_EQ(ComplaintDeadline::adminEscalationDays(db()), 5);
    EXPECT_DOUBLE_EQ(services::ScoringService::settings(db()).abc.aCutoff, 0.7);
    // One audit row per changed value, with the old and the new value.
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'settings'"), 3);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'settings' AND field = "
                     "'complaint.deadline_days.1' AND new_value = '10'"),
              1);
}

TEST_F(OfficeSettingsTest, AWrongValueNamesItsSettingAndNothingIsWritten)
{
    auto wrong = OfficeSettings::save(*m_adminSession, {{"complaint.deadline_days.2", QStringLiteral("9")},
                                                        {"backup.keep_daily", QStringLiteral("zero")}});
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(wrong.error().field, QStringLiteral("backup.keep_daily"));
    EXPECT_EQ(OfficeSettings::value(db(), "complaint.deadline_days.2"), QStringLiteral("5"));

    auto crossed = OfficeSettings::save(*m_adminSession, {{"abc.cutoff_b", QStringLiteral("0.5")}});
    ASSERT_FALSE(crossed);
    EXPECT_EQ(crossed.error().field, QStringLiteral("abc.cutoff_b"));
    EXPECT_EQ(
        OfficeSettings::save(*m_adminSession, {{"backup.folder", QStringLiteral("relative/folder")}}).error().field,
        QStringLiteral("backup.folder"));
    EXPECT_EQ(OfficeSettings::save(*m_adminSession, {{"no.such.key", QStringLiteral("1")}}).error().code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE table_name = 'settings'"), 0);
}

TEST_F(OfficeSettingsTest, OnlyTheAdministratorChangesSettings)
{
    auto denied = OfficeSettings::save(*m_manager1Session, {{"backup.keep_daily", QStringLiteral("3")}});
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(OfficeSettings::value(db(), "backup.keep_daily"), QStringLiteral("7"));
}

TEST_F(OfficeSettingsTest, AValueSetByHandOutsideItsRangeReadsAsTheDefault)
{
    db().sql().exec("INSERT OR REPLACE INTO settings (key, value) VALUES ('scoring.rescore_after_hours', '-5')");
    EXPECT_EQ(OfficeSettings::integer(db(), "scoring.rescore_after_hours"), 24);
}

} // namespace
} // namespace carddesk::storage::test
