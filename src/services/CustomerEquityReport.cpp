#include "services/CustomerEquityReport.h"

#include "analytics/DayNumber.h"
#include "core/Money.h"
#include "services/OfficeSettings.h"
#include "storage/queries/EquityQueries.h"
#include "storage/scores/RunModels.h"
#include "storage/scores/ScoreRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>

namespace carddesk::services {

namespace {

std::int32_t dayOf(const QDate& date)
{
    return analytics::dayNumber(date.year(), date.month(), date.day());
}

// Equity in the JSON is money: to the cent.
double cents(double value)
{
    return core::roundedToCents(value);
}

QJsonArray groupsJson(const std::vector<EquityGroup>& groups)
{
    QJsonArray array;
    for (const EquityGroup& g : groups)
        array.append(QJsonObject{{QStringLiteral("key"), g.key},
                                 {QStringLiteral("name"), g.name},
                                 {QStringLiteral("customers"), g.customers},
                                 {QStringLiteral("equity"), cents(g.equity)}});
    return array;
}

// Sums per key, then sorts: by equity (highest first) for areas and reps, by the key's own order otherwise.
struct Grouper
{
    std::map<QString, EquityGroup> groups;

    void add(const QString& key, const QString& name, double value)
    {
        EquityGroup& g = groups[key];
        g.key = key;
        g.name = name;
        ++g.customers;
        g.equity += value;
    }
    std::vector<EquityGroup> byEquity() const
    {
        std::vector<EquityGroup> out = inKeyOrder();
        std::stable_sort(out.begin(), out.end(),
                         [](const EquityGroup& a, const EquityGroup& b) { return a.equity > b.equity; });
        return out;
    }
    std::vector<EquityGroup> inKeyOrder() const
    {
        std::vector<EquityGroup> out;
        for (const auto& [key, g] : groups)
            out.push_back(g);
        return out;
    }
};

} // namespace

QJsonObject EquitySummary::toJson() const
{
    QJsonObject json{{QStringLiteral("available"), available}};
    if (!available)
        return json;
    json.insert(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
    json.insert(QStringLiteral("model"), model);
    json.insert(QStringLiteral("horizon_months"), months);
    json.insert(QStringLiteral("monthly_discount"), monthlyDiscount);
    json.insert(QStringLiteral("customers"), customers);
    json.insert(QStringLiteral("equity"), cents(total));
    json.insert(QStringLiteral("by_area"), groupsJson(byArea));
    json.insert(QStringLiteral("by_rep"), groupsJson(byRep));
    json.insert(QStringLiteral("by_abc"), groupsJson(byAbc));
    json.insert(QStringLiteral("by_stage"), groupsJson(byStage));
    if (!trend.empty()) {
        QJsonArray points;
        for (const EquityTrendPoint& p : trend)
            points.append(QJsonObject{{QStringLiteral("date"), p.day.toString(Qt::ISODate)},
                                      {QStringLiteral("equity"), cents(p.equity)}});
        json.insert(QStringLiteral("trend"), points);
    }
    return json;
}

analytics::EquityOptions CustomerEquityReport::options(storage::Database& db)
{
    analytics::EquityOptions options;
    options.months = OfficeSettings::integer(db, "analytics.equity_horizon_months");
    options.monthlyDiscount = OfficeSettings::value(db, "analytics.equity_discount_monthly").toDouble();
    return options;
}

core::Result<EquitySummary> CustomerEquityReport::build(int trendMonths, qint64 areaId)
{
    EquitySummary summary;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock(); // every thread of the process
    const analytics::EquityOptions options = CustomerEquityReport::options(m_session.db());
    summary.months = options.months;
    summary.monthlyDiscount = options.monthlyDiscount;
    storage::EquityQueries queries(m_session);
    auto scores = queries.scores(areaId);
    if (!scores)
        return scores.error();
    const storage::RunModels models(scores->parameters);
    if (scores->runId == 0 || !models.usable())
        return summary;
    summary.available = true;
    summary.asOf = scores->asOf;
    summary.model = QString::fromUtf8(analytics::purchaseModelId(models.purchase.kind()));

    // Valued: customers with orders and a stored P(alive); the others (potential customers) are worth nothing here.
    const std::size_t n = scores->customerIds.size();
    std::vector<std::uint8_t> include(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        include[i] = scores->hasOrders[i] && !std::isnan(scores->pAlive[i]) ? 1 : 0;
    const qint64 readNs = timer.nsecsElapsed();
    const std::clock_t readCpu = std::clock();
    const analytics::CustomerEquity equity(models.purchase, models.gammaGamma, options);
    const std::vector<double> values =
        equity.values({include, scores->x, scores->txDays, scores->TDays, scores->m, scores->pAlive});

    Grouper areas, reps, abc, stages;
    static const QString abcKeys[] = {QString(), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    for (std::size_t i = 0; i < n; ++i) {
        if (!include[i])
            continue;
        ++summary.customers;
        summary.total += values[i];
        const qint64 area = scores->areaIds[i], owner = scores->ownerIds[i];
        areas.add(area > 0 ? QString::number(area) : QString(), area > 0 ? scores->areaNames[area] : QString(),
                  values[i]);
        reps.add(owner > 0 ? QString::number(owner) : QString(), owner > 0 ? scores->ownerNames[owner] : QString(),
                 values[i]);
        abc.add(abcKeys[scores->abc[i]], abcKeys[scores->abc[i]], values[i]);
        const QString stage =
            storage::ScoreRepository::stageName(static_cast<analytics::LifecycleStage>(scores->stage[i]));
        stages.add(QStringLiteral("%1").arg(scores->stage[i]), stage, values[i]);
    }
    summary.byArea = areas.byEquity();
    summary.byRep = reps.byEquity();
    summary.byAbc = abc.inKeyOrder();
    // Stages in the lifecycle's order (their codes), keyed by name.
    summary.byStage = stages.inKeyOrder();
    for (EquityGroup& g : summary.byStage)
        g.key = g.name;

    const qint64 valuedNs = timer.nsecsElapsed();
    const std::clock_t valuedCpu = std::clock();
    qint64 ordersNs = valuedNs;
    if (trendMonths > 0) {
        auto orders = queries.orders(summary.asOf, areaId);
        ordersNs = timer.nsecsElapsed();
        if (!orders)
            return orders.error();
        std::vector<QDate> ends;
        for (int k = trendMonths - 1; k >= 0; --k) {
            const QDate month = QDate(summary.asOf.year(), summary.asOf.month(), 1).addMonths(-k);
            ends.push_back(k == 0 ? summary.asOf : month.addDays(month.daysInMonth() - 1));
        }
        std::vector<std::int32_t> days;
        for (const QDate& d : ends)
            days.push_back(dayOf(d));
        const std::vector<double> totals =
            equity.totalsOn({orders->customer, orders->day, orders->amount}, orders->customerIds.size(), days);
        if (totals.size() != days.size())
            return core::makeError(core::ErrorCode::Internal, QStringLiteral("the orders could not be summarised"));
        for (std::size_t k = 0; k < ends.size(); ++k)
            summary.trend.push_back({ends[k], totals[k]});
    }
    auto cpu = [](std::clock_t from, std::clock_t to) { return static_cast<double>(to - from) / CLOCKS_PER_SEC; };
    spdlog::debug("equity: {} customers, scores read {:.3f} s ({:.3f} s CPU), valued and grouped {:.3f} s ({:.3f} s "
                  "CPU), orders read {:.3f} s, {} month ends {:.3f} s; {:.3f} s of CPU",
                  n, readNs / 1e9, cpu(cpuStart, readCpu), (valuedNs - readNs) / 1e9, cpu(readCpu, valuedCpu),
                  (ordersNs - valuedNs) / 1e9, summary.trend.size(), (timer.nsecsElapsed() - ordersNs) / 1e9,
                  cpu(cpuStart, std::clock()));
    return summary;
}

core::Result<EquityChange> CustomerEquityReport::change(const QDate& previousEnd, const QDate& end, qint64 areaId)
{
    EquityChange result;
    result.end = end;
    result.previousEnd = previousEnd;
    auto run = storage::ScoreRepository(m_session).latestRun();
    if (!run)
        return run.error();
    if (!*run)
        return result;
    const storage::RunModels models((*run)->parameters);
    if (!models.usable())
        return result;
    QElapsedTimer timer;
    timer.start();
    auto orders = storage::EquityQueries(m_session).orders(end, areaId);
    if (!orders)
        return orders.error();
    const qint64 readNs = timer.nsecsElapsed();
    const analytics::CustomerEquity equity(models.purchase, models.gammaGamma, options(m_session.db()));
    const std::vector<std::int32_t> days{dayOf(previousEnd), dayOf(end)};
    const std::vector<double> totals =
        equity.totalsOn({orders->customer, orders->day, orders->amount}, orders->customerIds.size(), days);
    if (totals.size() != 2)
        return core::makeError(core::ErrorCode::Internal, QStringLiteral("the orders could not be summarised"));
    spdlog::debug("equity change: {} orders read {:.3f} s, two days valued {:.3f} s", orders->day.size(), readNs / 1e9,
                  (timer.nsecsElapsed() - readNs) / 1e9);
    result.available = true;
    result.previous = totals[0];
    result.equity = totals[1];
    return result;
}

} // namespace carddesk::services
