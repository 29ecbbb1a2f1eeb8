#pragma once

#include "core/LifecycleEntry.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>
#include <QStringList>

#include <array>
#include <vector>

namespace carddesk::storage {

// One column of the lifecycle view: the customers whose latest scoring put them in `stage`.
struct StageSummary
{
    QString stage; // potential, exploration, formation, stability, decline, lost, won_back
    qint64 customers = 0;
    double revenue12m = 0; // sum of scores.revenue_12m: orders of the 12 months before the scoring's as-of date
    double revenue = 0;    // sum of scores.revenue: all orders up to the as-of date
    double clv12m = 0;     // sum of scores.clv_12m (customers without a fitted CLV add nothing)
};

// A scored customer as the stage list and the win-back queue show it.
struct StageCustomer
{
    qint64 customerId = 0;
    QString code;
    QString name;
    qint64 ownerId = 0;
    QString ownerName;
    QString stage;
    QString rule; // the classifier rule that put the customer there
    bool hasClv = false;
    double clv12m = 0;
    double revenue12m = 0;
    double revenue = 0;
    QString churnRisk;    // low, medium, high or empty
    QString churnReasons; // "; "-separated, as scoring wrote them
    QString advice;       // fight for, case by case, let go (decline and lost only)
    QDate lastOrderDate;
};

// The stage counts at one month end.
struct MonthStageCounts
{
    QDate monthEnd;                 // the last day of the month, or the as-of date for the current month
    std::array<qint64, 7> counts{}; // in LifecycleRepository::stages() order
};

// One lifecycle transition with the customer's names.
struct LifecycleTransition
{
    core::LifecycleEntry entry; // from/to stage, date, rule or manual + reason, user
    QString customerCode;
    QString customerName;
    QString ownerName;
};

// Reads for the lifecycle view (客户生命周期), scoped to the session's customers (AccessScope). Reads only.
//
// The current stage is scores.lifecycle_stage from the latest scoring run (which already honours a stage set
// by hand before that run); customers never scored are in no stage. "Value" is the 12-month CLV; customers
// without a fitted CLV come after those with one, by 12-month revenue.
class LifecycleQueries
{
public:
    explicit LifecycleQueries(Session& session) : m_session(session) {}

    // One row per stage, every stage present (zeros included), in LifecycleRepository::stages() order.
    core::Result<std::vector<StageSummary>> stageSummary();

    // The stage's customers by value, highest first. InvalidArgument (field "stage") for an unknown stage.
    core::Result<std::vector<StageCustomer>> customersInStage(const QString& stage, int offset = 0, int limit = 100);

    // The stage counts at the end of each of the last `months` months, oldest first; the current month ends at
    // asOf (default today). From a customer's first recorded event on (lifecycle_history, a first scoring's
    // stage, a stage set by hand) the customer is in the to_stage of their latest event dated on or before the
    // month end (by changed_on, then id). Before it, the stage is replayed from the orders with the scorer's
    // rules as if scored on that month end (analytics::StageReplay: no P(alive) on past days), so an office
    // never scored shows its past at once; a customer with no order by then counts as potential from the day
    // the card was entered.
    core::Result<std::vector<MonthStageCounts>> monthlyStageCounts(int months, const QDate& asOf = QDate());

    // Transitions dated on [from, to] (inclusive), newest first; `toStages` narrows to moves into those stages
    // (e.g. decline, lost, won_back for "this week's movement").
    core::Result<std::vector<LifecycleTransition>> transitions(const QDate& from, const QDate& to,
                                                               const QStringList& toStages = {});

    // Declining and lost customers by value, highest first, with advice, churn reasons and owner.
    core::Result<std::vector<StageCustomer>> winBackQueue(int offset = 0, int limit = 100);

private:
    core::Result<std::vector<StageCustomer>> scoredCustomers(const QStringList& stages, int offset, int limit);

    Session& m_session;
};

} // namespace carddesk::storage
