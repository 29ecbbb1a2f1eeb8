#include "analytics/CustomerEquity.h"

#include "analytics/CustomerSummary.h"
#include "analytics/ParallelRunner.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace carddesk::analytics {

namespace {

// The discounted expected purchases per distinct (x, T days), kept across calls (the trend values the same
// pairs on many days): a dense table when x and T are small enough, as in every office, else a hash map.
class FactorCache
{
public:
    FactorCache(const CustomerEquity& equity, std::int32_t maxX, std::int32_t maxT, int threads)
        : m_equity(equity), m_threads(threads)
    {
        const std::uint64_t size = (std::uint64_t(std::max(0, maxX)) + 1) * (std::uint64_t(std::max(0, maxT)) + 1);
        if (size <= (std::uint64_t{1} << 22)) {
            m_stride = maxT + 1;
            m_maxX = maxX;
            m_dense.assign(size, std::numeric_limits<double>::quiet_NaN());
        }
    }

    // Computes the pairs of these customers not yet known, spread over the threads.
    void prepare(std::span<const std::uint8_t> include, std::span<const std::int32_t> x,
                 std::span<const std::int32_t> TDays)
    {
        std::vector<std::uint64_t> missing;
        for (std::size_t i = 0; i < include.size(); ++i) {
            if (!include[i])
                continue;
            if (double* slot = denseSlot(x[i], TDays[i])) {
                if (std::isnan(*slot)) {
                    *slot = -1.0; // queued
                    missing.push_back(key(x[i], TDays[i]));
                }
            } else if (!m_sparse.contains(key(x[i], TDays[i]))) {
                m_sparse.emplace(key(x[i], TDays[i]), -1.0);
                missing.push_back(key(x[i], TDays[i]));
            }
        }
        std::vector<double> computed(missing.size());
        ParallelRunner(m_threads).run(
            missing.size(),
            [&](std::size_t, std::size_t begin, std::size_t end) {
                for (std::size_t k = begin; k < end; ++k)
                    computed[k] = m_equity.discountedPurchasesIfAlive(static_cast<std::int32_t>(missing[k] >> 32),
                                                                      static_cast<std::int32_t>(missing[k]) / 7.0);
            },
            64);
        for (std::size_t k = 0; k < missing.size(); ++k) {
            const auto xk = static_cast<std::int32_t>(missing[k] >> 32);
            const auto tk = static_cast<std::int32_t>(missing[k] & 0xffffffffu);
            if (double* slot = denseSlot(xk, tk))
                *slot = computed[k];
            else
                m_sparse[missing[k]] = computed[k];
        }
    }

    // A pair prepare() has seen.
    double get(std::int32_t x, std::int32_t T) const
    {
        if (const double* slot = const_cast<FactorCache*>(this)->denseSlot(x, T))
            return *slot;
        return m_sparse.at(key(x, T));
    }

private:
    static std::uint64_t key(std::int32_t x, std::int32_t T) { return (std::uint64_t(x) << 32) | std::uint32_t(T); }
    double* denseSlot(std::int32_t x, std::int32_t T)
    {
        if (m_dense.empty() || x < 0 || x > m_maxX || T < 0 || T >= m_stride)
            return nullptr;
        return &m_dense[static_cast<std::size_t>(x) * static_cast<std::size_t>(m_stride) + static_cast<std::size_t>(T)];
    }

    const CustomerEquity& m_equity;
    int m_threads;
    std::int32_t m_stride = 0;
    std::int32_t m_maxX = -1;
    std::vector<double> m_dense;
    std::unordered_map<std::uint64_t, double> m_sparse;
};

// Sums value_i over the included customers, in deterministic chunks.
double sumValues(const EquityColumns& c, const GammaGammaModel& spend, const FactorCache& cache, int threads,
                 std::vector<double>* perCustomer)
{
    const std::size_t n = c.include.size();
    const ParallelRunner runner(threads);
    std::vector<double> partial(runner.chunkCount(n), 0.0);
    runner.run(n, [&](std::size_t chunk, std::size_t begin, std::size_t end) {
        double sum = 0.0;
        for (std::size_t i = begin; i < end; ++i) {
            if (!c.include[i])
                continue;
            const double v = spend.expectedAverageValue(c.x[i], c.m[i]) * c.pAlive[i] * cache.get(c.x[i], c.TDays[i]);
            if (perCustomer)
                (*perCustomer)[i] = v;
            sum += v;
        }
        partial[chunk] = sum;
    });
    double total = 0.0;
    for (double p : partial)
        total += p;
    return total;
}

} // namespace

CustomerEquity::CustomerEquity(const PurchaseModel& purchases, const GammaGammaModel& spend,
                               const EquityOptions& options)
    : m_purchases(purchases), m_spend(spend), m_options(options)
{
    m_discount.assign(static_cast<std::size_t>(std::max(0, options.months)) + 1, 1.0);
    for (std::size_t k = 1; k < m_discount.size(); ++k)
        m_discount[k] = m_discount[k - 1] / (1.0 + options.monthlyDiscount);
}

double CustomerEquity::discountedPurchasesIfAlive(int x, double T) const
{
    double sum = 0.0, previous = 0.0;
    for (std::size_t k = 1; k < m_discount.size(); ++k) {
        const double cumulative = m_purchases.expectedIfAlive(static_cast<double>(k) * m_options.periodsPerMonth, x, T);
        sum += (cumulative - previous) * m_discount[k];
        previous = cumulative;
    }
    return sum;
}

double CustomerEquity::value(int x, double tx, double T, double m) const
{
    return m_spend.expectedAverageValue(x, m) * m_purchases.probabilityAlive(x, tx, T) *
           discountedPurchasesIfAlive(x, T);
}

std::vector<double> CustomerEquity::values(const EquityColumns& customers) const
{
    const std::size_t n = customers.include.size();
    std::vector<double> result(n, 0.0);
    std::int32_t maxX = 0, maxT = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (customers.include[i]) {
            maxX = std::max(maxX, customers.x[i]);
            maxT = std::max(maxT, customers.TDays[i]);
        }
    FactorCache cache(*this, maxX, maxT, m_options.threads);
    cache.prepare(customers.include, customers.x, customers.TDays);
    EquityColumns c = customers;
    std::vector<double> alive;
    if (c.pAlive.empty()) {
        alive = m_purchases.probabilityAliveByDays(c.x, c.txDays, c.TDays, c.include, m_options.threads);
        c.pAlive = alive;
    }
    sumValues(c, m_spend, cache, m_options.threads, &result);
    return result;
}

std::vector<double> CustomerEquity::totalsOn(const OrderColumns& orders, std::size_t customerCount,
                                             std::span<const std::int32_t> days) const
{
    std::vector<double> totals(days.size(), 0.0);
    if (days.empty() || orders.size() == 0)
        return totals;
    // Bounds of x and T over every day: x is below a customer's order count, T below the last day minus the
    // first order's day.
    std::vector<std::int32_t> perCustomer(customerCount, 0);
    std::int32_t firstDay = std::numeric_limits<std::int32_t>::max();
    for (std::size_t k = 0; k < orders.size(); ++k) {
        ++perCustomer[static_cast<std::size_t>(orders.customer[k])];
        firstDay = std::min(firstDay, orders.day[k]);
    }
    const std::int32_t maxX = perCustomer.empty() ? 0 : *std::max_element(perCustomer.begin(), perCustomer.end());
    const std::int32_t lastDay = *std::max_element(days.begin(), days.end());
    FactorCache cache(*this, maxX, std::max(0, lastDay - firstDay), m_options.threads);
    for (std::size_t d = 0; d < days.size(); ++d) {
        SummaryOptions options;
        options.asOfDay = days[d];
        const CustomerSummary s = CustomerSummary::build(orders, customerCount, options);
        if (!s.ok)
            return {};
        const std::vector<double> alive =
            m_purchases.probabilityAliveByDays(s.x, s.txDays, s.TDays, s.hasOrders, m_options.threads);
        cache.prepare(s.hasOrders, s.x, s.TDays);
        const EquityColumns c{s.hasOrders, s.x, s.txDays, s.TDays, s.m, alive};
        totals[d] = sumValues(c, m_spend, cache, m_options.threads, nullptr);
    }
    return totals;
}

} // namespace carddesk::analytics
