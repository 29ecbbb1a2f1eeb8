// Cross-sell association rules at scale.
//
//   bench_crosssell synthetic [BASKETS [PRODUCTS [OUT_DIR]]]
//     A synthetic office of BASKETS customers (default 1,000,000) over PRODUCTS products (default 10,000): product
//     popularity falls off as Zipf's law (s = 1), products come in families of five that are bought together, 1 to
//     12 products a customer (4.5 on average, the 1 M office's 4.9 M order lines over 1 M customers). Times
//     AssociationMiner::mine at several minimum supports, twice each, and prints the peak memory. With OUT_DIR
//     the baskets are written there (offsets.u64, items.u32) for bench/crosssell_peer.py.
//
//   bench_crosssell office OFFICE [USER PASSWORD]
//     The whole service on an office file: read every basket (customer_products and order lines), mine, and the
//     second call served from the cache; then one card's suggestions and one product's targets.
#include "BenchOffice.h"
#include "analytics/AssociationRules.h"
#include "services/CrossSellService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <random>
#include <vector>

using namespace carddesk;

namespace {

double peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

analytics::Baskets synthetic(std::size_t customers, std::uint32_t products)
{
    std::mt19937_64 rng(20261207);
    // Zipf over products (rank k has weight 1/k), shuffled so that families mix popular and rare products.
    std::vector<double> cdf(products);
    double sum = 0;
    for (std::uint32_t k = 0; k < products; ++k)
        cdf[k] = (sum += 1.0 / (k + 1.0));
    std::vector<std::uint32_t> byRank(products);
    for (std::uint32_t k = 0; k < products; ++k)
        byRank[k] = k;
    std::shuffle(byRank.begin(), byRank.end(), rng);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto popular = [&] {
        const double u = unit(rng) * sum;
        return byRank[static_cast<std::size_t>(std::lower_bound(cdf.begin(), cdf.end(), u) - cdf.begin())];
    };
    const std::uint32_t sizes[] = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 12};
    analytics::Baskets baskets(products);
    std::vector<std::uint32_t> basket;
    for (std::size_t c = 0; c < customers; ++c) {
        const std::uint32_t size = sizes[rng() % std::size(sizes)];
        const std::uint32_t anchor = popular();
        basket.assign(1, anchor);
        const std::uint32_t family = anchor / 5 * 5;
        while (basket.size() < size) {
            // Six in ten further products from the anchor's family of five, the rest by popularity.
            std::uint32_t item =
                unit(rng) < 0.6 ? std::min(products - 1, family + static_cast<std::uint32_t>(rng() % 5)) : popular();
            if (std::find(basket.begin(), basket.end(), item) == basket.end())
                basket.push_back(item);
            else if (basket.size() >= 5)
                break; // a small family exhausted: the basket stays a little smaller
        }
        std::sort(basket.begin(), basket.end());
        baskets.add(basket);
    }
    return baskets;
}

int runSynthetic(const QStringList& args)
{
    const std::size_t customers = args.size() > 2 ? args[2].toULongLong() : 1000000;
    const std::uint32_t products = args.size() > 3 ? args[3].toUInt() : 10000;
    QElapsedTimer timer;
    timer.start();
    const analytics::Baskets baskets = synthetic(customers, products);
    std::printf("generated %zu baskets, %zu items, %u products in %.2f s\n", baskets.size(), baskets.totalItems(),
                products, timer.nsecsElapsed() / 1e9);
    if (args.size() > 4) {
        const QString dir = args[4];
        QDir().mkpath(dir);
        std::ofstream offsets(QDir(dir).filePath(QStringLiteral("offsets.u64")).toStdString(), std::ios::binary);
        std::ofstream items(QDir(dir).filePath(QStringLiteral("items.u32")).toStdString(), std::ios::binary);
        std::uint64_t at = 0;
        offsets.write(reinterpret_cast<const char*>(&at), sizeof at);
        for (std::size_t i = 0; i < baskets.size(); ++i) {
            const auto b = baskets.basket(i);
            items.write(reinterpret_cast<const char*>(b.data()), static_cast<std::streamsize>(b.size_bytes()));
            at += b.size();
            offsets.write(reinterpret_cast<const char*>(&at), sizeof at);
        }
        std::printf("written to %s\n", qPrintable(dir));
    }
    for (const double support : {0.01, 0.001, 0.0001, 0.00001}) {
        for (int run = 1; run <= 2; ++run) {
            timer.restart();
            const std::clock_t cpu = std::clock();
            const analytics::AssociationResult r = analytics::AssociationMiner::mine(baskets, {support, 0.2});
            const double seconds = timer.nsecsElapsed() / 1e9;
            const double cpuSeconds = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
            std::printf("min support %g (%u customers), min confidence 0.2, run %d: %.3f s wall, %.3f s CPU; %zu "
                        "frequent products, %zu pairs, %zu rules; best lift %.2f\n",
                        support, r.minCount, run, seconds, cpuSeconds, r.frequentItems, r.countedPairs, r.rules.size(),
                        r.rules.empty() ? 0.0 : r.rules.front().lift);
        }
    }
    std::printf("peak memory %.0f MB\n", peakMb());
    return 0;
}

int runOffice(const QStringList& args)
{
    if (args.size() < 3 || !QFileInfo(args[2]).isFile()) {
        std::fprintf(stderr, "usage: bench_crosssell office OFFICE [USER PASSWORD]\n");
        return 2;
    }
    const QString user = args.size() > 4 ? args[3] : QStringLiteral("admin");
    const QString password = args.size() > 4 ? args[4] : QStringLiteral("admin1234");
    BenchOffice office(args[2], user, password);
    if (!office.ok())
        return 1;
    QElapsedTimer timer;
    for (int run = 1; run <= 2; ++run) {
        timer.start();
        auto rules = services::CrossSellService::rules(office.session(), {}, 10);
        if (!rules) {
            std::fprintf(stderr, "%s\n", qPrintable(rules.error().toString()));
            return 1;
        }
        std::printf("rules run %d: %.2f s (%s); %lld customers with products, %lld products (%lld frequent), %lld "
                    "rules\n",
                    run, timer.nsecsElapsed() / 1e9, rules->cached ? "cached" : "read and mined",
                    static_cast<long long>(rules->baskets), static_cast<long long>(rules->products),
                    static_cast<long long>(rules->frequentProducts), static_cast<long long>(rules->rulesTotal));
        if (run == 2 && !rules->rules.empty()) {
            timer.restart();
            auto targets = services::CrossSellService::targets(office.session(), rules->rules[0].consequent.id, 200);
            if (targets)
                std::printf("targets of the best rule's product: %.2f s, %lld customers\n", timer.nsecsElapsed() / 1e9,
                            static_cast<long long>(targets->total));
            if (targets && !targets->customers.empty()) {
                timer.restart();
                auto offered = services::CrossSellService::suggest(office.session(), targets->customers[0].customer.id);
                if (offered)
                    std::printf("one card's suggestions: %.3f s, %zu products\n", timer.nsecsElapsed() / 1e9,
                                offered->suggestions.size());
            }
        }
    }
    std::printf("peak memory %.0f MB\n", peakMb());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 2 && args[1] == QLatin1String("synthetic"))
        return runSynthetic(args);
    if (args.size() >= 2 && args[1] == QLatin1String("office"))
        return runOffice(args);
    std::fprintf(stderr, "usage: bench_crosssell synthetic [BASKETS [PRODUCTS [OUT_DIR]]] | office OFFICE [USER "
                         "PASSWORD]\n");
    return 2;
}
