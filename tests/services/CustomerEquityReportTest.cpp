#include "ScoredDemoSuite.h"

#include "services/CustomerEquityReport.h"
#include "services/OfficeSettings.h"
#include "services/WeeklyReview.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cmath>

namespace carddesk::services::test {
namespace {

class CustomerEquityReportTest : public ScoredDemoSuite<600>
{
protected:
    static double scalar(const std::string& sql) { return s_db->sql().execAndGet(sql).getDouble(); }
    static qint64 userId(const char* name)
    {
        return s_db->sql().execAndGet(std::string("SELECT id FROM users WHERE username = '") + name + "'").getInt64();
    }
    static double sumOf(const std::vector<EquityGroup>& groups, qint64* customers)
    {
        double sum = 0;
        *customers = 0;
        for (const EquityGroup& g : groups) {
            sum += g.equity;
            *customers += g.customers;
        }
        return sum;
    }
};

TEST_F(CustomerEquityReportTest, EveryGroupingAddsUpToTheTotal)
{
    storage::Session admin = session(QStringLiteral("admin"), "admin1234");
    auto summary = CustomerEquityReport(admin).build();
    ASSERT_TRUE(summary) << summary.error().toString().toStdString();
    ASSERT_TRUE(summary->available);
    EXPECT_EQ(summary->months, 36);
    EXPECT_DOUBLE_EQ(summary->monthlyDiscount, 0.01);
    EXPECT_GT(summary->total, 0.0);
    // Valued: every scored customer with an order and a P(alive).
    EXPECT_EQ(summary->customers,
              static_cast<qint64>(scalar("SELECT count(*) FROM scores WHERE last_order_date IS NOT NULL "
                                         "AND p_alive IS NOT NULL")));
    for (const auto* groups : {&summary->byArea, &summary->byRep, &summary->byAbc, &summary->byStage}) {
        qint64 customers = 0;
        EXPECT_NEAR(sumOf(*groups, &customers), summary->total, 1e-6 * summary->total);
        EXPECT_EQ(customers, summary->customers);
    }
    // ABC in class order, A first and worth the most per customer.
    ASSERT_GE(summary->byAbc.size(), 3u);
    EXPECT_EQ(summary->byAbc[0].key, QStringLiteral("A"));
    EXPECT_GT(summary->byAbc[0].equity / summary->byAbc[0].customers,
              summary->byAbc[2].equity / summary->byAbc[2].customers);
}

TEST_F(CustomerEquityReportTest, TwelveMonthsAtTheClvRateIsTheStoredClv)
{
    // The scorer stored each customer's 12-month CLV at 1 % a month: the equity over the same horizon and rate,
    // computed at read time from x, t_x, T, the mean spend and P(alive), must be their sum.
    storage::Session admin = session(QStringLiteral("admin"), "admin1234");
    ASSERT_TRUE(OfficeSettings::save(admin, {{"analytics.equity_horizon_months", QStringLiteral("12")},
                                             {"analytics.equity_discount_monthly", QStringLiteral("0.01")}}));
    auto summary = CustomerEquityReport(admin).build();
    ASSERT_TRUE(summary);
    const double stored = scalar("SELECT total(clv_12m) FROM scores WHERE last_order_date IS NOT NULL");
    EXPECT_NEAR(summary->total, stored, 1e-6 * stored);
    // A higher rate values the same customers lower.
    ASSERT_TRUE(OfficeSettings::save(admin, {{"analytics.equity_discount_monthly", QStringLiteral("0.05")}}));
    auto discounted = CustomerEquityReport(admin).build();
    ASSERT_TRUE(discounted);
    EXPECT_LT(discounted->total, summary->total);
    ASSERT_TRUE(OfficeSettings::save(admin, {{"analytics.equity_horizon_months", QStringLiteral("36")},
                                             {"analytics.equity_discount_monthly", QStringLiteral("0.01")}}));
}

TEST_F(CustomerEquityReportTest, ARepSeesOnlyTheirOwnCustomersAndAManagerTheirArea)
{
    storage::Session admin = session(QStringLiteral("admin"), "admin1234");
    auto office = CustomerEquityReport(admin).build();
    ASSERT_TRUE(office);
    const qint64 rep01 = userId("rep01");

    storage::Session rep = session(QStringLiteral("rep01"));
    auto own = CustomerEquityReport(rep).build(3);
    ASSERT_TRUE(own);
    ASSERT_EQ(own->byRep.size(), 1u);
    EXPECT_EQ(own->byRep[0].key, QString::number(rep01));
    EXPECT_EQ(own->customers,
              static_cast<qint64>(scalar("SELECT count(*) FROM scores s JOIN customers c ON c.id = s.customer_id WHERE "
                                         "c.owner_id = " +
                                         std::to_string(rep01) + " AND s.last_order_date IS NOT NULL")));
    // The same figure the administrator sees for rep01.
    const auto inOffice = std::find_if(office->byRep.begin(), office->byRep.end(),
                                       [&](const EquityGroup& g) { return g.key == QString::number(rep01); });
    ASSERT_NE(inOffice, office->byRep.end());
    EXPECT_NEAR(own->total, inOffice->equity, 1e-9 * own->total);
    EXPECT_LT(own->total, office->total);

    storage::Session manager = session(QStringLiteral("manager.east"));
    auto area = CustomerEquityReport(manager).build();
    ASSERT_TRUE(area);
    ASSERT_EQ(area->byArea.size(), 1u);
    EXPECT_EQ(area->byArea[0].key, QString::number(manager.user().areaId));
    for (const EquityGroup& g : area->byRep)
        EXPECT_EQ(scalar("SELECT area_id FROM users WHERE id = " + g.key.toStdString()), manager.user().areaId);
    EXPECT_LT(area->total, office->total);
}

TEST_F(CustomerEquityReportTest, TheTrendEndsAtTheStoredEquity)
{
    storage::Session admin = session(QStringLiteral("admin"), "admin1234");
    auto summary = CustomerEquityReport(admin).build(12);
    ASSERT_TRUE(summary);
    ASSERT_EQ(summary->trend.size(), 12u);
    EXPECT_EQ(summary->trend.back().day, summary->asOf);
    for (std::size_t k = 0; k + 1 < summary->trend.size(); ++k) {
        const QDate d = summary->trend[k].day;
        EXPECT_EQ(d, QDate(d.year(), d.month(), d.daysInMonth())); // month ends
        EXPECT_LT(d, summary->trend[k + 1].day);
    }
    // The last point is computed from the orders up to the as-of date with the model's own P(alive): the same
    // customers and figures the run stored, so the same equity.
    EXPECT_NEAR(summary->trend.back().equity, summary->total, 1e-6 * summary->total);

    // The weekly review's change uses the same computation on its two days.
    auto change = CustomerEquityReport(admin).change(summary->trend[10].day, summary->asOf);
    ASSERT_TRUE(change);
    ASSERT_TRUE(change->available);
    EXPECT_NEAR(change->equity, summary->total, 1e-6 * summary->total);
    EXPECT_NEAR(change->previous, summary->trend[10].equity, 1e-6 * summary->total);
}

TEST_F(CustomerEquityReportTest, TheWeeklyReportCarriesTheAreasEquity)
{
    storage::Session manager = session(QStringLiteral("manager.east"));
    WeeklyReview review(manager);
    auto period = WeeklyReview::period(QString(), QDate::currentDate());
    ASSERT_TRUE(period);
    auto report = review.build(*period, QString(), false);
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    ASSERT_TRUE(report->equity.available);
    auto direct = CustomerEquityReport(manager).change(period->previous().to(), period->to());
    ASSERT_TRUE(direct);
    EXPECT_NEAR(report->equity.equity, direct->equity, 1e-9 * direct->equity);
    EXPECT_NEAR(report->equity.previous, direct->previous, 1e-9 * direct->equity);
    EXPECT_GT(report->equity.equity, 0.0);
}

TEST_F(CustomerEquityReportTest, SettingsOutsideTheirRangeAreRefusedByName)
{
    for (const auto& [key, value] :
         std::vector<std::pair<std::string, QString>>{{"analytics.equity_horizon_months", QStringLiteral("0")},
                                                      {"analytics.equity_horizon_months", QStringLiteral("121")},
                                                      {"analytics.equity_horizon_months", QStringLiteral("twelve")},
                                                      {"analytics.equity_discount_monthly", QStringLiteral("-0.01")},
                                                      {"analytics.equity_discount_monthly", QStringLiteral("0.5")}}) {
        auto status = OfficeSettings::check(key, value);
        ASSERT_FALSE(status) << key << " " << value.toStdString();
        EXPECT_EQ(status.error().field, QString::fromStdString(key));
        EXPECT_TRUE(status.error().message.contains(QString::fromStdString(key)));
    }
    EXPECT_TRUE(OfficeSettings::check("analytics.equity_horizon_months", QStringLiteral("60")));
    EXPECT_TRUE(OfficeSettings::check("analytics.equity_discount_monthly", QStringLiteral("0")));
    storage::Session admin = session(QStringLiteral("admin"), "admin1234");
    EXPECT_FALSE(OfficeSettings::save(admin, {{"analytics.equity_discount_monthly", QStringLiteral("0.3")}}));
    EXPECT_EQ(OfficeSettings::value(*s_db, "analytics.equity_discount_monthly"), QStringLiteral("0.01"));
}

} // namespace
} // namespace carddesk::services::test
