#pragma once

#include "analytics/LifecycleClassifier.h"
#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace carddesk::storage {

// What one customer's place in the satisfaction-loyalty matrix rests on: the latest survey, the satisfaction of the
// closed complaints that count beside it, and the latest score.
struct SatisfactionFacts
{
    qint64 customerId = 0;
    QString code;
    QString name;
    QString ownerName;
    std::optional<double> latestSurveyMean; // mean of the latest survey's four aspects
    QDate latestSurveyOn;
    // Closed complaints with a satisfaction 1-5 received (local day) on or after the latest survey's day; all of
    // them when there is no survey.
    double complaintSatisfactionSum = 0;
    int complaintSatisfactionCount = 0;
    bool scored = false; // a score row exists
    int repeatPurchases = 0;
    std::optional<double> pAlive;
    analytics::LifecycleStage stage = analytics::LifecycleStage::None;
    QDate lastOrderDate;
};

struct SatisfactionScope
{
    qint64 customers = 0;                 // customers in the user's scope
    std::vector<SatisfactionFacts> rated; // those with a survey or a closed complaint's satisfaction, by id
};

// Reads the satisfaction evidence of the customers in the session's scope (rep: own, manager: area, admin: all).
class SatisfactionQueries
{
public:
    explicit SatisfactionQueries(Session& session) : m_session(session) {}

    core::Result<SatisfactionScope> evidence();

private:
    Session& m_session;
};

} // namespace carddesk::storage
