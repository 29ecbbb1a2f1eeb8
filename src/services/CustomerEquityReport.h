#pragma once

#include "analytics/CustomerEquity.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace carddesk::storage {
class Database;
}

namespace carddesk::services {

// One group's share of the equity: an area, a rep, an ABC class or a lifecycle stage.
struct EquityGroup
{
    QString key;  // area or user id as text, "A"/"B"/"C", the stage's name (ScoreRepository::stageName); "" = none
    QString name; // area name, rep's display name; the key again for ABC and stage (the GUI translates those)
    qint64 customers = 0;
    double equity = 0;
};

// The equity on one day of the trend.
struct EquityTrendPoint
{
    QDate day;
    double equity = 0;
};

// Customer equity (客户资产) over the session's scope.
struct EquitySummary
{
    bool available = false; // false: never scored, or the run has no usable spend model (then all else is empty)
    QDate asOf;             // the scoring run's as-of date
    QString model;          // the purchase model the run chose: bgnbd, mbgnbd, paretonbd
    int months = 0;
    double monthlyDiscount = 0;
    qint64 customers = 0; // customers with orders and a P(alive), the ones valued
    double total = 0;
    std::vector<EquityGroup> byArea, byRep, byAbc, byStage; // by equity, highest first (ABC and stage: in order)
    std::vector<EquityTrendPoint> trend;                    // oldest first; empty unless asked for

    QJsonObject toJson() const; // equities rounded to the cent
};

// The area's equity at the end of a weekly review's period and of the period before.
struct EquityChange
{
    bool available = false;
    QDate end, previousEnd;
    double equity = 0;
    double previous = 0;
    double change() const { return equity - previous; }
};

// Customer equity from end to end: reads the scope's stored scores (storage::EquityQueries), values every customer
// with the run's fitted models (analytics::CustomerEquity) over the office's horizon and rate, and groups. A rep
// sees their own customers' equity only, a manager their area's, the administrator the office's.
class CustomerEquityReport
{
public:
    explicit CustomerEquityReport(storage::Session& session) : m_session(session) {}

    // analytics.equity_horizon_months and analytics.equity_discount_monthly (OfficeSettings, defaults 36 and 0.01).
    static analytics::EquityOptions options(storage::Database& db);

    // The equity as of the latest scoring run, grouped four ways; with `trendMonths` > 0 also the equity at each
    // of that many month ends, the last being the run's as-of date, from the orders up to each day with the run's
    // parameters. areaId > 0: that area only (within the scope).
    core::Result<EquitySummary> build(int trendMonths = 0, qint64 areaId = 0);

    // The equity on `end` and on `previousEnd`, each from the orders up to that day with the latest run's
    // parameters (the weekly review's area summary).
    core::Result<EquityChange> change(const QDate& previousEnd, const QDate& end, qint64 areaId = 0);

private:
    storage::Session& m_session;
};

} // namespace carddesk::services
