#include "StorageFixture.h"

#include "services/ScoringService.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace carddesk::storage::test {
namespace {

using services::ScoringReport;
using services::ScoringService;

class ScoringSettingsTest : public StorageFixture
{
protected:
    void setSetting(const char* key, const char* value)
    {
        SQLite::Statement st(db().sql(), "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
        st.bind(1, key);
        st.bind(2, value);
        st.exec();
    }
};

TEST_F(ScoringSettingsTest, DefaultsApplyWhenTheTableIsSilent)
{
    const analytics::ScoringSettings settings = ScoringService::settings(db());
    EXPECT_DOUBLE_EQ(settings.abc.aCutoff, 0.80);
    EXPECT_DOUBLE_EQ(settings.abc.bCutoff, 0.95);
    EXPECT_EQ(settings.revenueWindowDays, 365); // ABC over 12 months by default
    EXPECT_DOUBLE_EQ(settings.churn.mediumRisk, analytics::ChurnSettings{}.mediumRisk);
    EXPECT_EQ(settings.clv.months, 12);
}

TEST_F(ScoringSettingsTest, TheSettingsTableOverridesTheDefaults)
{
    setSetting("abc.cutoff_a", "0.7");
    setSetting("abc.cutoff_b", "0.9");
    setSetting("abc.window_months", "0");
    setSetting("churn.medium_risk", "0.25");
    setSetting("churn.high_risk", "0.5");
    setSetting("clv.months", "24");
    setSetting("clv.monthly_discount", "0.02");
    const analytics::ScoringSettings settings = ScoringService::settings(db());
    EXPECT_DOUBLE_EQ(settings.abc.aCutoff, 0.7);
    EXPECT_DOUBLE_EQ(settings.abc.bCutoff, 0.9);
    EXPECT_EQ(settings.revenueWindowDays, 0);
    EXPECT_DOUBLE_EQ(settings.churn.mediumRisk, 0.25);
    EXPECT_DOUBLE_EQ(settings.churn.highRisk, 0.5);
    EXPECT_EQ(settings.clv.months, 24);
    EXPECT_DOUBLE_EQ(settings.clv.monthlyDiscount, 0.02);
}

TEST_F(ScoringSettingsTest, ValuesOutOfRangeOrContradictoryAreIgnored)
{
    setSetting("abc.cutoff_a", "1.5");
    setSetting("clv.monthly_discount", "-1");
    setSetting("churn.medium_risk", "0.9");
    setSetting("churn.high_risk", "0.2"); // below medium: the pair is ignored
    const analytics::ScoringSettings settings = ScoringService::settings(db());
    EXPECT_DOUBLE_EQ(settings.abc.aCutoff, 0.80);
    EXPECT_DOUBLE_EQ(settings.clv.monthlyDiscount, 0.01);
    EXPECT_DOUBLE_EQ(settings.churn.mediumRisk, analytics::ChurnSettings{}.mediumRisk);
    EXPECT_DOUBLE_EQ(settings.churn.highRisk, analytics::ChurnSettings{}.highRisk);
}

} // namespace
} // namespace carddesk::storage::test
