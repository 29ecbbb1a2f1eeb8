#pragma once

#include "analytics/CustomerScorer.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

#include <array>
#include <map>
#include <optional>
#include <span>
#include <vector>

namespace carddesk::storage {

// The columns the analytics engine needs for every customer in the session's scope, owned here and lent to
// CustomerScorer as spans. Customer index i is ids[i]; ids ascend.
struct ScoringData
{
    std::vector<qint64> ids;
    std::vector<std::int32_t> orderCustomer;
    std::vector<std::int32_t> orderDay;
    std::vector<double> orderAmount;
    std::vector<std::int32_t> openComplaints;
    std::vector<double> overdueAmount;
    std::vector<analytics::LifecycleStage> previousStage;
    std::vector<std::int32_t> previousStageDay; // when the stored stage began (scores.stage_since); 0 = unknown
    // Storage's own: the rule that began the stored stage, and whether lifecycle_history has the row of its start
    // (a first classification is written there only when the stage next changes).
    std::vector<std::uint8_t> previousStageStartRule;
    std::vector<std::uint8_t> previousStageRecorded;
    std::vector<analytics::LifecycleStage> manualStage;
    std::vector<std::int32_t> manualStageDay;

    std::vector<double> revenue12m; // filled by keepRevenueAndReleaseOrders: the list column

    // The audit log's last entry when the customers were read: a customer deleted after it, and perhaps another
    // created with its id (ids are the largest + 1), must not get the first one's score (save skips those ids).
    qint64 lastAuditId = 0;
    // The newest scoring run when the data was read: if another run has been saved since, the save compares with
    // the stages stored now, not with the ones read (or it would record a stage change twice, or none).
    qint64 lastRunId = 0;

    analytics::ScoringInput input(std::int32_t asOfDay) const;
    // After the models have run the orders are needed only for the 12-month revenue: keep that, free the rest
    // (a tenth of a 1 M-customer run's memory) before the write fills SQLite's page cache.
    void keepRevenueAndReleaseOrders(std::int32_t asOfDay);
};

// One row of the latest scoring, as `scores` prints it.
struct ScoreRow
{
    QString customerCode;
    int x = 0;
    double tx = 0;
    double T = 0;
    double pAlive = 0;
    double expectedPurchases26w = 0;
    double expectedOrderValue = 0;
    double clv12m = 0;
    QString abc;
    QString rfmScore;
    QString rfmSegment;
    QString churnRisk;
    QString lifecycleStage;
    QString churnReasons;
    QString advice;
    QString asOf;
};

// One customer's latest score for the card: the stored codes (the GUI translates them) and the churn reasons
// as codes with their numbers. Model columns are empty when the model could not be used for this customer.
struct CustomerScore
{
    QDate asOf;
    int x = 0;
    QDate lastOrderDate; // invalid: no orders
    double revenue = 0;
    double revenue12m = 0;
    std::optional<double> pAlive;
    std::optional<double> expectedPurchases26w;
    std::optional<double> expectedOrderValue;
    std::optional<double> clv12m;
    QString abc;                                 // A | B | C | empty
    QString rfmScore;                            // "545" or empty
    QString rfmSegment;                          // "Can't Lose Them", ... as analytics::rfmSegmentName
    QString churnRisk;                           // low | medium | high | empty
    QString stage;                               // ScoreRepository::stageName
    QString stageRule;                           // analytics::lifecycleRuleId, e.g. "decline.gap"
    QString advice;                              // fight for | case by case | let go | empty
    QString reasonsText;                         // the English sentences, "; "-joined
    std::vector<analytics::ChurnReason> reasons; // empty for rows scored before schema v4 until the next run
};

// The scoring run behind the scores a user sees, with the model parameters stored with it.
struct ScoreRunInfo
{
    qint64 id = 0;
    QDate asOf;
    QDateTime runAt;
    qint64 customers = 0;
    double seconds = 0;
    QJsonObject parameters; // ScoringReport::toJson() without the per-segment counts: bgnbd, gamma_gamma, abc, ...
};

// What the analysis page draws, aggregated over the user's scope in SQL (the Pareto curve from the revenue
// column): the same numbers a ScoringReport of that scope carries.
struct ScoreOverview
{
    qint64 scored = 0;                 // customers with a score row
    qint64 withOrders = 0;             // ... and at least one order (the ones ABC, RFM and the models classify)
    std::array<qint64, 3> abcCounts{}; // A, B, C
    std::vector<analytics::ParetoPoint> pareto; // 101 points, 0% .. 100% of customers with orders
    std::map<QString, qint64> segmentCounts;    // RFM segment name (as stored) -> customers
    std::array<qint64, 10> pAliveBins{};        // P(alive) in [0, 0.1), ..., [0.9, 1.0] of customers with orders
    qint64 pAliveCount = 0;                     // customers in pAliveBins (a fitted model and orders)
};

// Reads scoring inputs and stores scoring results: the scores table (one narrow row per customer, replaced as a
// whole for the user's scope), score_runs (the as-of date and model parameters) and lifecycle_history (every stage
// change with the rule that fired), all in one transaction. Expected purchases and expected order value are not
// stored: readers compute them from the row's x, t_x, T and mean value with the run's fitted parameters, exactly
// as the run did.
class ScoreRepository
{
public:
    explicit ScoreRepository(Session& session) : m_session(session) {}

    // Orders on or before asOf of every customer in scope, sorted by (customer, day).
    core::Result<ScoringData> load(const QDate& asOf);

    core::Status save(const QDate& asOf, const ScoringData& data, const analytics::ScoringResult& result,
                      double seconds, const QJsonObject& parameters);

    core::Result<std::vector<ScoreRow>> latest();

    // The as-of date and time of the newest run (runs are office jobs), or an invalid date when never scored.
    core::Result<QDateTime> lastRunAt();

    // The ids of the customers in this user's scope, ascending (what of an office-wide run this user may see).
    core::Result<std::vector<qint64>> customerIdsInScope();

    // The latest score of one customer in scope; nullopt when the customer was never scored or is out of scope.
    core::Result<std::optional<CustomerScore>> forCustomer(qint64 customerId);

    // The newest run behind the scores in this user's scope; nullopt when nothing in scope was scored.
    core::Result<std::optional<ScoreRunInfo>> latestRun();

    // Counts and curves over the scores in scope.
    core::Result<ScoreOverview> overview();

    // The stored codes of scores.rfm_segment, lifecycle_rule and advice (analytics enum values) as their names;
    // empty for a code this version does not know.
    static QString segmentName(int code);
    static QString ruleId(int code);
    static QString adviceName(int code);

    static QString stageName(analytics::LifecycleStage stage);
    static analytics::LifecycleStage stageFromName(const QString& name);

private:
    Session& m_session;
};

} // namespace carddesk::storage
