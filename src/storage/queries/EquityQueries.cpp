#include "storage/queries/EquityQueries.h"

#include "storage/access/AccessScope.h"
#include "storage/db/RawStatement.h"
#include "storage/scores/CustomerIndex.h"
#include "storage/scores/OrderScan.h"
#include "storage/scores/ScoreRepository.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace carddesk::storage {

std::string EquityQueries::filter(qint64 areaId) const
{
    std::string where = AccessScope::customerFilter(m_session, "c");
    if (areaId > 0) {
        // The area as AccessScope draws it for a manager: the owner's area, or the card's own when unassigned.
        const std::string area = std::to_string(areaId);
        where += " AND (c.owner_id IN (SELECT id FROM users WHERE area_id = " + area +
                 ") OR (c.owner_id IS NULL AND c.area_id = " + area + "))";
    }
    return where;
}

core::Result<EquityScores> EquityQueries::scores(qint64 areaId)
{
    EquityScores out;
    auto status = m_session.db().read([&]() -> core::Status {
        auto run = ScoreRepository(m_session).latestRun();
        if (!run)
            return run.error();
        if (!*run)
            return {};
        out.runId = (*run)->id;
        out.asOf = (*run)->asOf;
        out.parameters = (*run)->parameters;
        auto& db = m_session.db().sql();
        std::map<qint64, qint64> ownerArea;
        {
            RawStatement q(db, "SELECT id, coalesce(nullif(display_name, ''), username), area_id FROM users");
            while (q.step()) {
                out.ownerNames[q.int64(0)] =
                    QString::fromUtf8(q.text(1).data(), static_cast<qsizetype>(q.text(1).size()));
                ownerArea[q.int64(0)] = q.int64(2);
            }
            RawStatement a(db, "SELECT id, name FROM areas");
            while (a.step())
                out.areaNames[a.int64(0)] =
                    QString::fromUtf8(a.text(1).data(), static_cast<qsizetype>(a.text(1).size()));
        }
        // The scope's customers walked first (CROSS JOIN keeps that order), each one's score row fetched by key,
        // as ScoreRepository::overview does. An area is a large share of the office: walking the customers in
        // rowid order (NOT INDEXED) reads the file front to back, where the owner index's order jumps about it
        // (manager.east on the 1 M office: 0.5 s of CPU against 0.8 s in the shell, and a third of the wall time).
        // A rep's customers are few: their index finds them.
        const bool wide = areaId > 0 || m_session.user().role != core::Role::Rep;
        RawStatement q(db, std::string("SELECT c.id, coalesce(c.owner_id, 0), coalesce(c.area_id, 0), s.abc_code, "
                                       "s.stage_code, s.last_order_date IS NOT NULL, s.x, s.tx_days, s.t_days, "
                                       "s.monetary_mean, s.p_alive FROM customers c ") +
                               (wide ? "NOT INDEXED " : "") + "CROSS JOIN scores s ON s.customer_id = c.id WHERE " +
                               filter(areaId));
        while (q.step()) {
            out.customerIds.push_back(q.int64(0));
            const qint64 owner = q.int64(1);
            out.ownerIds.push_back(owner);
            const auto area = ownerArea.find(owner);
            out.areaIds.push_back(owner > 0 && area != ownerArea.end() && area->second > 0 ? area->second : q.int64(2));
            out.abc.push_back(static_cast<std::uint8_t>(std::clamp<std::int64_t>(q.int64(3), 0, 3)));
            out.stage.push_back(static_cast<std::uint8_t>(std::clamp<std::int64_t>(q.int64(4), 0, 7)));
            out.hasOrders.push_back(q.int64(5) != 0 ? 1 : 0);
            out.x.push_back(static_cast<std::int32_t>(q.int64(6)));
            out.txDays.push_back(static_cast<std::int32_t>(q.int64(7)));
            out.TDays.push_back(static_cast<std::int32_t>(q.int64(8)));
            out.m.push_back(q.real(9));
            out.pAlive.push_back(q.isNull(10) ? std::numeric_limits<double>::quiet_NaN() : q.real(10));
        }
        return {};
    });
    if (!status)
        return status.error();
    return out;
}

core::Result<EquityOrders> EquityQueries::orders(const QDate& upTo, qint64 areaId)
{
    EquityOrders out;
    auto status = m_session.db().read([&]() -> core::Status {
        auto& db = m_session.db().sql();
        {
            RawStatement q(db, "SELECT c.id FROM customers c WHERE " + filter(areaId));
            while (q.step())
                out.customerIds.push_back(q.int64(0));
            if (!std::is_sorted(out.customerIds.begin(), out.customerIds.end()))
                std::sort(out.customerIds.begin(), out.customerIds.end());
        }
        const CustomerIndex index(out.customerIds);
        const std::size_t n = out.customerIds.size();
        const std::vector<OrderScan::Order> orders = OrderScan::read(
            db, upTo.toString(Qt::ISODate).toStdString(), [&index, n](std::int64_t id) { return index.of(id) < n; });
        // A counting sort by customer, then by day within each customer's few orders.
        std::vector<std::uint32_t> start(n + 1, 0);
        for (const OrderScan::Order& o : orders)
            ++start[index.of(o.customerId) + 1];
        for (std::size_t i = 0; i < n; ++i)
            start[i + 1] += start[i];
        out.customer.resize(orders.size());
        out.day.resize(orders.size());
        out.amount.resize(orders.size());
        std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
        for (const OrderScan::Order& o : orders) {
            const std::size_t i = index.of(o.customerId);
            const std::uint32_t at = next[i]++;
            out.customer[at] = static_cast<std::int32_t>(i);
            out.day[at] = o.day;
            out.amount[at] = o.amount;
        }
        for (std::size_t i = 0; i < n; ++i)
            for (std::uint32_t k = start[i] + 1; k < start[i + 1]; ++k)
                for (std::uint32_t j = k; j > start[i] && out.day[j - 1] > out.day[j]; --j) {
                    std::swap(out.day[j - 1], out.day[j]);
                    std::swap(out.amount[j - 1], out.amount[j]);
                }
        return {};
    });
    if (!status)
        return status.error();
    return out;
}

} // namespace carddesk::storage
