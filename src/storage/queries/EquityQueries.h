#pragma once

#include "core/Result.h"
#include "storage/access/Session.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace carddesk::storage {

// The scored customers of a scope as columns, for customer equity (客户资产): what the latest scoring run stored
// per customer (x, t_x, T, mean repeat spend, P(alive)) and what they are grouped by. Customer index i is
// customerIds[i]; ids ascend.
struct EquityScores
{
    qint64 runId = 0;
    QDate asOf;             // the run's as-of date: x, t_x and T are as of that day
    QJsonObject parameters; // the run's fitted models (RunModels reads them)

    std::vector<qint64> customerIds;
    std::vector<qint64> ownerIds;    // 0: unassigned
    std::vector<qint64> areaIds;     // the owner's area, or the card's own when unassigned (as AccessScope); 0: none
    std::vector<std::uint8_t> abc;   // scores.abc_code: 0 none, 1 A, 2 B, 3 C
    std::vector<std::uint8_t> stage; // scores.stage_code (analytics::LifecycleStage)
    std::vector<std::uint8_t> hasOrders;
    std::vector<std::int32_t> x;
    std::vector<std::int32_t> txDays;
    std::vector<std::int32_t> TDays;
    std::vector<double> m;
    std::vector<double> pAlive; // NaN where the run stored none

    std::map<qint64, QString> ownerNames; // display name, else user name, of every owner above
    std::map<qint64, QString> areaNames;
};

// A scope's orders up to a day as sorted columns (customer index into `customerIds`, ascending ids).
struct EquityOrders
{
    std::vector<qint64> customerIds;
    std::vector<std::int32_t> customer;
    std::vector<std::int32_t> day;
    std::vector<double> amount;
};

// Reads for customer equity, scoped by the session (AccessScope: a rep's own customers, a manager's area, the
// administrator's office) and optionally narrowed to one area. Reads only; nothing here values a customer
// (services::CustomerEquityReport does, with analytics::CustomerEquity).
class EquityQueries
{
public:
    explicit EquityQueries(Session& session) : m_session(session) {}

    // The scores of the newest run that scored a customer in scope, with that run's parameters; runId 0 when
    // nothing in scope was scored. areaId > 0: only that area's customers (still within the scope).
    core::Result<EquityScores> scores(qint64 areaId = 0);

    // Every order on or before `upTo` of the customers in scope (and in the area when areaId > 0), sorted by
    // (customer, day).
    core::Result<EquityOrders> orders(const QDate& upTo, qint64 areaId = 0);

private:
    std::string filter(qint64 areaId) const;

    Session& m_session;
};

} // namespace carddesk::storage
