#pragma once

#include "analytics/CustomerScorer.h"
#include "core/Result.h"
#include "storage/Session.h"

#include <QDate>
#include <QJsonObject>

#include <vector>

namespace carddesk::storage {

// The columns the analytics engine needs for every customer in the session's scope, owned here and lent to
// CustomerScorer as spans. Customer index i is ids[i]; ids ascend.
struct ScoringData
{
    std::vector<qint64> ids;
    std::vector<QString> codes;
    std::vector<std::int32_t> orderCustomer;
    std::vector<std::int32_t> orderDay;
    std::vector<double> orderAmount;
    std::vector<std::int32_t> openComplaints;
    std::vector<double> overdueAmount;
    std::vector<analytics::LifecycleStage> previousStage;
    std::vector<std::int32_t> previousStageDay;
    std::vector<analytics::LifecycleStage> manualStage;
    std::vector<std::int32_t> manualStageDay;

    analytics::ScoringInput input(std::int32_t asOfDay) const;
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

// Reads scoring inputs and stores scoring results: the scores table (one row per customer, replaced as a whole
// for the user's scope), score_runs (the as-of date and model parameters) and lifecycle_history (every stage
// change with the rule that fired), all in one transaction.
class ScoreRepository
{
public:
    explicit ScoreRepository(Session& session) : m_session(session) {}

    // Orders on or before asOf of every customer in scope, sorted by (customer, day).
    core::Result<ScoringData> load(const QDate& asOf);

    core::Status save(const QDate& asOf, const ScoringData& data, const analytics::ScoringResult& result,
                      double seconds, const QJsonObject& parameters);

    core::Result<std::vector<ScoreRow>> latest();

    // The as-of date and time of the newest run visible to this user, or an invalid date when never scored.
    core::Result<QDateTime> lastRunAt();

    static QString stageName(analytics::LifecycleStage stage);
    static analytics::LifecycleStage stageFromName(const QString& name);

private:
    Session& m_session;
};

} // namespace carddesk::storage
