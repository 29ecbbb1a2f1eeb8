#include "analytics/PurchaseModel.h"

#include "analytics/ParallelRunner.h"
#include "analytics/SpecialFunctions.h"

#include <algorithm>
#include <cmath>

namespace carddesk::analytics {

std::string_view purchaseModelId(PurchaseModelKind kind)
{
    switch (kind) {
    case PurchaseModelKind::BgNbd:
        return "bgnbd";
    case PurchaseModelKind::ModifiedBgNbd:
        return "mbgnbd";
    case PurchaseModelKind::ParetoNbd:
        return "paretonbd";
    }
    return "bgnbd";
}

std::string_view purchaseModelName(PurchaseModelKind kind)
{
    switch (kind) {
    case PurchaseModelKind::BgNbd:
        return "BG/NBD";
    case PurchaseModelKind::ModifiedBgNbd:
        return "MBG/NBD";
    case PurchaseModelKind::ParetoNbd:
        return "Pareto/NBD";
    }
    return "BG/NBD";
}

std::string_view purchaseModelChoiceId(PurchaseModelChoice choice)
{
    switch (choice) {
    case PurchaseModelChoice::Auto:
        return "auto";
    case PurchaseModelChoice::BgNbd:
        return "bgnbd";
    case PurchaseModelChoice::ModifiedBgNbd:
        return "mbgnbd";
    case PurchaseModelChoice::ParetoNbd:
        return "paretonbd";
    }
    return "auto";
}

std::optional<PurchaseModelChoice> parsePurchaseModelChoice(std::string_view id)
{
    for (PurchaseModelChoice c : {PurchaseModelChoice::Auto, PurchaseModelChoice::BgNbd,
                                  PurchaseModelChoice::ModifiedBgNbd, PurchaseModelChoice::ParetoNbd}) {
        if (purchaseModelChoiceId(c) == id) {
            return c;
        }
    }
    return std::nullopt;
}

std::optional<PurchaseModelKind> parsePurchaseModelKind(std::string_view id)
{
    for (PurchaseModelKind k :
         {PurchaseModelKind::BgNbd, PurchaseModelKind::ModifiedBgNbd, PurchaseModelKind::ParetoNbd}) {
        if (purchaseModelId(k) == id) {
            return k;
        }
    }
    return std::nullopt;
}

double PurchaseModel::probabilityAlive(int x, double tx, double T) const
{
    const auto& p = m_params;
    switch (m_kind) {
    case PurchaseModelKind::BgNbd:
        return BgNbdModel({p[0], p[1], p[2], p[3]}).probabilityAlive(x, tx, T);
    case PurchaseModelKind::ModifiedBgNbd:
        return ModifiedBgNbdModel({p[0], p[1], p[2], p[3]}).probabilityAlive(x, tx, T);
    case PurchaseModelKind::ParetoNbd:
        return ParetoNbdModel({p[0], p[1], p[2], p[3]}).probabilityAlive(x, tx, T);
    }
    return 1.0;
}

double PurchaseModel::expectedIfAlive(double t, int x, double T) const
{
    const auto& p = m_params;
    switch (m_kind) {
    case PurchaseModelKind::BgNbd:
        return BgNbdModel({p[0], p[1], p[2], p[3]}).expectedIfAlive(t, x, T);
    case PurchaseModelKind::ModifiedBgNbd:
        return ModifiedBgNbdModel({p[0], p[1], p[2], p[3]}).expectedIfAlive(t, x, T);
    case PurchaseModelKind::ParetoNbd:
        return ParetoNbdModel({p[0], p[1], p[2], p[3]}).expectedIfAlive(t, x, T);
    }
    return 0.0;
}

double PurchaseModel::expectedPurchases(double t, int x, double tx, double T) const
{
    return expectedIfAlive(t, x, T) * probabilityAlive(x, tx, T);
}

namespace {

// Slots for the distinct (x, day) pairs among the included customers: dense when x and day are small, as in
// any real office (x below a few hundred, days below a few thousand), sorted keys otherwise.
class DayPairIndex
{
public:
    DayPairIndex(std::span<const std::int32_t> x, std::span<const std::int32_t> dayA,
                 std::span<const std::int32_t> dayB, std::span<const std::uint8_t> include)
    {
        std::int32_t maxX = 0, maxDay = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (include[i]) {
                maxX = std::max(maxX, x[i]);
                maxDay = std::max({maxDay, dayA[i], dayB.empty() ? 0 : dayB[i]});
            }
        }
        m_stride = static_cast<std::uint64_t>(maxDay) + 1;
        const std::uint64_t size = (static_cast<std::uint64_t>(maxX) + 1) * m_stride;
        auto add = [&](std::int32_t xv, std::int32_t d) {
            if (m_dense.empty()) {
                m_keys.push_back(key(xv, d));
                return;
            }
            std::int32_t& slot = m_dense[static_cast<std::uint64_t>(xv) * m_stride + d];
            if (slot < 0) {
                slot = static_cast<std::int32_t>(m_pairs.size());
                m_pairs.push_back({xv, d});
            }
        };
        if (size <= (std::uint64_t{1} << 24)) {
            m_dense.assign(size, -1);
        }
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (include[i]) {
                add(x[i], dayA[i]);
                if (!dayB.empty()) {
                    add(x[i], dayB[i]);
                }
            }
        }
        if (m_dense.empty()) {
            std::sort(m_keys.begin(), m_keys.end());
            m_keys.erase(std::unique(m_keys.begin(), m_keys.end()), m_keys.end());
            for (std::uint64_t k : m_keys) {
                m_pairs.push_back({static_cast<std::int32_t>(k >> 32), static_cast<std::int32_t>(k & 0xffffffffu)});
            }
        }
    }

    std::size_t size() const { return m_pairs.size(); }
    std::int32_t x(std::size_t k) const { return m_pairs[k].first; }
    std::int32_t day(std::size_t k) const { return m_pairs[k].second; }
    std::size_t slot(std::int32_t xv, std::int32_t d) const
    {
        if (!m_dense.empty()) {
            return static_cast<std::size_t>(m_dense[static_cast<std::uint64_t>(xv) * m_stride + d]);
        }
        return static_cast<std::size_t>(std::lower_bound(m_keys.begin(), m_keys.end(), key(xv, d)) - m_keys.begin());
    }

private:
    static std::uint64_t key(std::int32_t xv, std::int32_t d)
    {
        return (static_cast<std::uint64_t>(xv) << 32) | static_cast<std::uint32_t>(d);
    }

    std::uint64_t m_stride = 1;
    std::vector<std::int32_t> m_dense;
    std::vector<std::uint64_t> m_keys;
    std::vector<std::pair<std::int32_t, std::int32_t>> m_pairs;
};

} // namespace

std::vector<double> PurchaseModel::probabilityAliveByDays(std::span<const std::int32_t> x,
                                                          std::span<const std::int32_t> txDays,
                                                          std::span<const std::int32_t> TDays,
                                                          std::span<const std::uint8_t> include, int threads) const
{
    const std::size_t n = x.size();
    std::vector<double> alive(n, 0.0);
    const ParallelRunner runner(threads);
    const auto& p = m_params;
    if (m_kind == PurchaseModelKind::ParetoNbd) {
        const ParetoNbdModel model({p[0], p[1], p[2], p[3]});
        const DayPairIndex pairs(x, txDays, TDays, include);
        std::vector<double> tail(pairs.size());
        runner.run(
            pairs.size(),
            [&](std::size_t, std::size_t begin, std::size_t end) {
                for (std::size_t k = begin; k < end; ++k) {
                    tail[k] = model.logTail(pairs.x(k), pairs.day(k) / 7.0);
                }
            },
            2000);
        runner.run(n, [&](std::size_t, std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) {
                if (include[i]) {
                    alive[i] = model.probabilityAliveFromTails(x[i], TDays[i] / 7.0, tail[pairs.slot(x[i], txDays[i])],
                                                               tail[pairs.slot(x[i], TDays[i])]);
                }
            }
        });
        return alive;
    }
    // BG/NBD and MBG/NBD: a logistic of the log odds of having dropped out, with log(alpha + day/7) per day.
    std::int32_t maxT = 0;
    for (std::size_t i = 0; i < n; ++i) {
        maxT = include[i] ? std::max(maxT, TDays[i]) : maxT;
    }
    std::vector<double> logAt(static_cast<std::size_t>(maxT) + 1);
    for (std::size_t d = 0; d < logAt.size(); ++d) {
        logAt[d] = std::log(p[1] + static_cast<double>(d) / 7.0);
    }
    const double logA = std::log(p[2]);
    const bool modified = m_kind == PurchaseModelKind::ModifiedBgNbd;
    runner.run(n, [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            if (!include[i]) {
                continue;
            }
            const std::int32_t xi = x[i];
            if (!modified && xi == 0) {
                alive[i] = 1.0; // BG/NBD: no drop-out before the first repeat purchase
                continue;
            }
            const double logB = std::log(p[3] + (modified ? xi : xi - 1.0));
            alive[i] = logistic(-(logA - logB + (p[0] + xi) * (logAt[TDays[i]] - logAt[txDays[i]])));
        }
    });
    return alive;
}

std::vector<double> PurchaseModel::expectedIfAliveByDays(double t, std::span<const std::int32_t> x,
                                                         std::span<const std::int32_t> TDays,
                                                         std::span<const std::uint8_t> include, int threads) const
{
    const DayPairIndex pairs(x, TDays, {}, include);
    std::vector<double> value(pairs.size());
    const ParallelRunner runner(threads);
    runner.run(
        pairs.size(),
        [&](std::size_t, std::size_t begin, std::size_t end) {
            for (std::size_t k = begin; k < end; ++k) {
                value[k] = expectedIfAlive(t, pairs.x(k), pairs.day(k) / 7.0);
            }
        },
        64);
    std::vector<double> out(x.size(), 0.0);
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (include[i]) {
            out[i] = value[pairs.slot(x[i], TDays[i])];
        }
    }
    return out;
}

} // namespace carddesk::analytics
