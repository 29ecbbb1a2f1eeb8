// Scores 1,000,000 synthetic customers (~3.5 orders each over two years) and prints timings and peak RSS.
// Usage: bench_analytics [customers] [threads]
#include "analytics/BgNbdModel.h"
#include "analytics/CustomerScorer.h"
#include "analytics/CustomerSummary.h"
#include "analytics/GammaGammaModel.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using namespace carddesk::analytics;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

struct Orders
{
    std::vector<std::int32_t> customer, day;
    std::vector<double> amount;
};

// Deterministic: a fixed-seed mt19937_64 and hand-rolled draws (std distributions differ between libraries).
Orders generate(std::size_t customers, std::int32_t horizonDays)
{
    Orders o;
    o.customer.reserve(customers * 4);
    o.day.reserve(customers * 4);
    o.amount.reserve(customers * 4);
    std::mt19937_64 rng(20240601);
    auto uniform = [&] { return (static_cast<double>(rng() >> 11) + 0.5) * (1.0 / 9007199254740992.0); };
    for (std::size_t c = 0; c < customers; ++c) {
        const auto first = static_cast<std::int32_t>(uniform() * (horizonDays - 1));
        const double meanGap = 20.0 + 140.0 * uniform(); // days between orders while active
        const double dropout = 0.05 + 0.35 * uniform();  // chance to stop after each repeat order
        const double basket = 20.0 + 80.0 * uniform();
        double t = first;
        for (int k = 0;; ++k) {
            const auto d = static_cast<std::int32_t>(t);
            if (d >= horizonDays) {
                break;
            }
            o.customer.push_back(static_cast<std::int32_t>(c));
            o.day.push_back(d);
            o.amount.push_back(std::round(basket * (0.5 + uniform()) * 100.0) / 100.0);
            if (k > 0 && uniform() < dropout) {
                break;
            }
            t += -std::log(uniform()) * meanGap;
        }
    }
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    const std::size_t customers = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    const int threads = argc > 2 ? std::atoi(argv[2]) : 2;
    const std::int32_t horizon = 730;

    auto start = Clock::now();
    const Orders orders = generate(customers, horizon);
    std::printf("generated %zu customers, %zu orders (%.2f per customer) in %.3f s\n", customers,
                orders.customer.size(), static_cast<double>(orders.customer.size()) / customers, secondsSince(start));
    const OrderColumns columns{orders.customer, orders.day, orders.amount};

    // Pieces on their own.
    start = Clock::now();
    const CustomerSummary s = CustomerSummary::build(columns, customers, {horizon - 1, 182, {}});
    std::printf("summary                 %.3f s\n", secondsSince(start));
    start = Clock::now();
    const BgNbdPatterns patterns = BgNbdPatterns::fromDays(s.x, s.txDays, s.TDays, s.hasOrders);
    std::printf("group patterns          %.3f s (%zu patterns)\n", secondsSince(start), patterns.size());
    start = Clock::now();
    BgNbdFitOptions fitOptions;
    fitOptions.threads = threads;
    const BgNbdFit fit = BgNbdModel::fit(patterns, fitOptions);
    std::printf("BG/NBD fit              %.3f s (%s, %d iterations, r=%.4f alpha=%.4f a=%.4f b=%.4f LL=%.1f)\n",
                secondsSince(start), fit.ok ? "ok" : fit.error.c_str(), fit.iterations, fit.params.r, fit.params.alpha,
                fit.params.a, fit.params.b, fit.logLikelihood);
    start = Clock::now();
    GammaGammaFitOptions ggOptions;
    ggOptions.threads = threads;
    const GammaGammaFit gg = GammaGammaModel::fit(s.x, s.m, ggOptions);
    std::printf("Gamma-Gamma fit         %.3f s (%s, %zu customers, %d iterations, p=%.3f q=%.3f v=%.3f)\n",
                secondsSince(start), gg.ok ? "ok" : gg.error.c_str(), gg.customers, gg.iterations, gg.params.p,
                gg.params.q, gg.params.v);

    // The façade end to end, with per-step times from the progress callback.
    ScoringInput input;
    input.orders = columns;
    input.customerCount = customers;
    input.asOfDay = horizon - 1;
    ScoringSettings settings;
    settings.threads = threads;
    auto last = Clock::now();
    double lastCpu = cpuSeconds();
    std::string lastStep = "start";
    start = last;
    const double cpuStart = cpuSeconds();
    const ScoringResult r = CustomerScorer::score(input, settings, [&](double, std::string_view step) {
        const auto now = Clock::now();
        const double cpuNow = cpuSeconds();
        if (lastStep != "start") {
            std::printf("  %-30s %.3f s wall, %.3f s CPU\n", lastStep.c_str(),
                        std::chrono::duration<double>(now - last).count(), cpuNow - lastCpu);
        }
        lastStep = std::string(step);
        last = now;
        lastCpu = cpuNow;
    });
    const double total = secondsSince(start);
    const double cpu = cpuSeconds() - cpuStart;
    std::printf("CustomerScorer::score   %.3f s wall, %.3f s CPU (%s), %d thread(s)\n", total, cpu,
                r.ok ? "ok" : r.error.c_str(), threads);
    std::printf("  A/B/C %zu/%zu/%zu, churn low/medium/high %zu/%zu/%zu\n", r.abcSummary.countA, r.abcSummary.countB,
                r.abcSummary.countC, r.churnLevelCounts[1], r.churnLevelCounts[2], r.churnLevelCounts[3]);
    std::printf("peak RSS                %ld MB\n", peakRssMb());
    return r.ok ? 0 : 1;
}
