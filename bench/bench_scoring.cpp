// Scale benchmark of the analytics pipeline through the app's own database, as the CLI runs it:
//   1. writes a CSV of N customers with about 3.5 orders each (deterministic),
//   2. import-orders --create-customers into a new database (parse + one transaction),
//   3. score --as-of: read orders, fit BG/NBD and Gamma-Gamma, score, write the scores table back (first run, the
//      same day again, the next day),
//   4. import-orders of the same file again, now that every customer exists (the plain import case).
// Each timed step runs in a child process, so its peak RSS is its own (wait4's rusage).
// Usage: bench_scoring [customers=1000000] [work dir]
//        bench_scoring --score FILE YYYY-MM-DD   (one timed score of an existing office, for A/B on copies of it)

#include "io/OrderCsvReader.h"
#include "services/OrderImport.h"
#include "services/ScoringService.h"
#include "storage/access/PasswordHasher.h"
#include "storage/db/Database.h"
#include "storage/repositories/OrderImporter.h"
#include "storage/repositories/UserRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <array>
#include <cstdio>
#include <functional>
#include <random>
#include <spdlog/cfg/env.h>
#include <string_view>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace carddesk;

namespace {

void writeCsv(const QString& path, long customers)
{
    std::FILE* out = std::fopen(QFile::encodeName(path).constData(), "w");
    std::fputs("customer_code,order_date,amount\n", out);
    // BG/NBD-like buyers: purchase rate ~ Gamma, drop-out after each purchase ~ Beta, two years of history.
    std::mt19937_64 rng(42);
    std::gamma_distribution<double> rate(2.0, 1.0 / 150.0);
    std::gamma_distribution<double> betaA(2.0, 1.0);
    std::gamma_distribution<double> betaB(8.0, 1.0);
    std::uniform_int_distribution<int> firstDay(0, 600);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::lognormal_distribution<double> amount(4.0, 0.8);
    const QDate start(2024, 1, 1);
    long orders = 0;
    for (long c = 0; c < customers; ++c) {
        const double lambda = rate(rng);
        const double ga = betaA(rng);
        const double dropout = ga / (ga + betaB(rng));
        double day = firstDay(rng);
        while (day < 730.0) {
            const QDate date = start.addDays(static_cast<qint64>(day));
            std::fprintf(out, "K%07ld,%04d-%02d-%02d,%.2f\n", c, date.year(), date.month(), date.day(), amount(rng));
            ++orders;
            if (unit(rng) < dropout)
                break;
            day += 1.0 + std::exponential_distribution<double>(lambda)(rng);
        }
    }
    std::fclose(out);
    std::printf("csv: %ld customers, %ld orders\n", customers, orders);
}

// Runs step in a child; prints wall seconds, the child's CPU seconds (user + system: on a shared machine the wall
// time includes waiting for a core) and its peak RSS.
bool timed(const char* name, const std::function<bool()>& step)
{
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0)
        _exit(step() ? 0 : 1);
    int status = 0;
    struct rusage usage
    {
    };
    wait4(pid, &status, 0, &usage);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    const double cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    std::printf("%-28s %8.2f s   CPU %6.2f s   peak RSS %7.1f MB   %s\n", name, seconds, cpu, usage.ru_maxrss / 1024.0,
                ok ? "ok" : "FAILED");
    std::fflush(stdout);
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && std::string_view(argv[1]) == "--score") {
        // The score step alone on a kept office file: a 1 M office takes minutes to build.
        spdlog::cfg::load_env_levels(); // SPDLOG_LEVEL=debug shows the read / models / write split
        const QString path = QString::fromLocal8Bit(argv[2]);
        const QDate asOf = QDate::fromString(QString::fromLatin1(argv[3]), Qt::ISODate);
        storage::Database::Options noCheck;
        noCheck.quickCheck = false;
        return timed("score",
                     [&] {
                         auto db = storage::Database::open(path, noCheck);
                         if (!db)
                             return false;
                         auto user = storage::UserRepository::findById(**db, 1);
                         if (!user)
                             return false;
                         storage::Session session(**db, *user);
                         auto report = services::ScoringService::score(session, asOf);
                         if (!report)
                             std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
                         return report.ok();
                     })
                   ? 0
                   : 1;
    }
    const long customers = argc > 1 ? std::atol(argv[1]) : 1000000;
    QTemporaryDir temp;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temp.path();
    QDir().mkpath(dir);
    const QString csv = dir + QStringLiteral("/orders.csv");
    const QString dbPath = dir + QStringLiteral("/bench.db");
    QFile::remove(dbPath);
    QFile::remove(dbPath + QStringLiteral("-wal"));
    QFile::remove(dbPath + QStringLiteral("-shm"));
    writeCsv(csv, customers);
    {
        auto db = storage::Database::open(dbPath);
        if (!db ||
            !storage::UserRepository::createFirstAdmin(**db, QStringLiteral("bench"), QStringLiteral("benchmark1")))
            return 1;
    }
    // The timed steps are the pipeline itself: the quick_check every open does on an existing file (a full read
    // of the file, ~1 GB here) is measured once on its own below.
    storage::Database::Options noCheck;
    noCheck.quickCheck = false;
    auto withSession = [&](const std::function<bool(storage::Session&)>& body) {
        auto db = storage::Database::open(dbPath, noCheck);
        if (!db)
            return false;
        auto user = storage::UserRepository::findById(**db, 1);
        if (!user)
            return false;
        storage::Session session(**db, *user);
        return body(session);
    };
    auto importStep = [&](bool createCustomers) {
        return withSession([&](storage::Session& session) {
            auto rows = services::OrderImport::read(csv);
            if (!rows) {
                std::fprintf(stderr, "%s\n", qPrintable(rows.error().message));
                return false;
            }
            auto result = services::OrderImport::store(session, *rows, createCustomers, QStringLiteral("orders.csv"));
            if (!result)
                std::fprintf(stderr, "%s\n", qPrintable(result.error().message));
            return result.ok();
        });
    };
    if (!timed("import, creating customers", [&] { return importStep(true); }))
        return 1;
    // First run, the same day again, then the next day (every row changes, as in the daily start-up rescoring).
    const std::array<std::pair<const char*, QDate>, 3> runs{{{"score (first run)", QDate(2025, 12, 31)},
                                                             {"score (again)", QDate(2025, 12, 31)},
                                                             {"score (next day)", QDate(2026, 1, 1)}}};
    for (const auto& [name, asOf] : runs) {
        const bool scored = timed(name, [&] {
            return withSession([&](storage::Session& session) {
                auto report = services::ScoringService::score(session, asOf);
                if (!report) {
                    std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
                    return false;
                }
                std::printf("  %lld customers, BG/NBD r=%.4f alpha=%.4f a=%.4f b=%.4f, in-process %.2f s\n",
                            static_cast<long long>(report->customers), report->result.bgnbd.params.r,
                            report->result.bgnbd.params.alpha, report->result.bgnbd.params.a,
                            report->result.bgnbd.params.b, report->seconds);
                return true;
            });
        });
        if (!scored)
            return 1;
    }
    timed("open with quick_check", [&] { return storage::Database::open(dbPath).ok(); });
    // The same file again into the now existing customers: the plain import-orders case.
    if (!timed("import into existing customers", [&] { return importStep(false); }))
        return 1;
    std::printf("database: %.1f MB\n", QFileInfo(dbPath).size() / 1048576.0);
    return 0;
}
