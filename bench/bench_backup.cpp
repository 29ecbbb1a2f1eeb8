// A backup of a large office while a window works in it: bench_backup OFFICE [--saves-per-second N]
// OFFICE is an existing office file (make one with bench_demo 1000000 FILE). A "window" thread logs in as rep01
// and saves a new customer card N times a second (default 10) on its own connection, as the GUI would; the main
// thread meanwhile makes a checked backup with BackupService (SQLite's online backup API, then integrity_check on
// the copy). Prints the backup's time and size, the saves made during it and their longest and 99th-percentile
// wait, and the same figures for saves before the backup began, for comparison.
#include "services/BackupService.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"
#include "storage/repositories/CustomerRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace carddesk;

namespace {

struct Saves
{
    std::vector<std::pair<double, double>> slow; // (seconds since the backup began, ms) of saves over 200 ms
    std::mutex lock;
    std::vector<double> beforeMs;
    std::vector<double> duringMs;
    int failures = 0;
};

void summarise(const char* label, std::vector<double> ms)
{
    if (ms.empty()) {
        std::printf("%s: no saves\n", label);
        return;
    }
    std::sort(ms.begin(), ms.end());
    const double p99 = ms[static_cast<std::size_t>(0.99 * static_cast<double>(ms.size() - 1))];
    std::printf("%s: %zu saves, median %.1f ms, p99 %.1f ms, longest %.1f ms\n", label, ms.size(), ms[ms.size() / 2],
                p99, ms.back());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || !QFileInfo(args[1]).isFile()) {
        std::fprintf(stderr, "usage: bench_backup OFFICE [--saves-per-second N]\n");
        return 2;
    }
    const QString office = QFileInfo(args[1]).absoluteFilePath();
    int savesPerSecond = 10;
    if (const int at = static_cast<int>(args.indexOf(QStringLiteral("--saves-per-second")));
        at > 0 && at + 1 < args.size())
        savesPerSecond = std::max(1, args[at + 1].toInt());

    Saves saves;
    std::atomic<int> phase{0}; // 0: before the backup, 1: during it, 2: stop
    std::atomic<bool> windowReady{false};
    QElapsedTimer backupClock;
    std::thread window([&] {
        // As the window does: quick_check runs later, off the GUI thread (IntegrityCheckRunner), not at open.
        storage::Database::Options options;
        options.create = false;
        options.quickCheck = false;
        auto db = storage::Database::open(office, options);
        if (!db) {
            std::fprintf(stderr, "window: %s\n", qPrintable(db.error().toString()));
            phase = 2;
            windowReady = true;
            return;
        }
        auto user = storage::UserRepository::login(**db, QStringLiteral("rep01"), QStringLiteral("demo1234"));
        if (!user) {
            std::fprintf(stderr, "window: %s\n", qPrintable(user.error().toString()));
            phase = 2;
            return;
        }
        storage::Session session(**db, *user);
        storage::CustomerRepository customers(session);
        int serial = 0;
        {
            // The first save reads cold pages of a large file; it is timed on its own.
            core::Customer card;
            card.name = QStringLiteral("备份基准客户 %1").arg(++serial);
            QElapsedTimer clock;
            clock.start();
            customers.create(card);
            std::printf("first save (cold cache): %.1f ms\n", static_cast<double>(clock.nsecsElapsed()) / 1e6);
            windowReady = true;
        }
        while (phase != 2) {
            const int now = phase;
            core::Customer card;
            card.name = QStringLiteral("备份基准客户 %1").arg(++serial);
            QElapsedTimer clock;
            clock.start();
            const bool saved = static_cast<bool>(customers.create(card));
            const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            {
                std::lock_guard<std::mutex> guard(saves.lock);
                if (!saved)
                    ++saves.failures;
                (now == 0 ? saves.beforeMs : saves.duringMs).push_back(ms);
                if (now == 1 && ms > 200)
                    saves.slow.emplace_back(static_cast<double>(backupClock.nsecsElapsed()) / 1e9 - ms / 1000.0, ms);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1000 / savesPerSecond));
        }
    });

    while (!windowReady && phase != 2)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::this_thread::sleep_for(std::chrono::seconds(5)); // saves on a quiet office, for comparison
    QTemporaryDir folder;
    QElapsedTimer clock;
    clock.start();
    backupClock.start();
    phase = 1;
    auto made = services::BackupService::backup(office, folder.path());
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    phase = 2;
    window.join();
    if (!made) {
        std::fprintf(stderr, "backup failed: %s\n", qPrintable(made.error().toString()));
        return 1;
    }
    std::printf("office %.0f MB; backup (copy + integrity_check + fsync) %.1f s, %.0f MB\n",
                static_cast<double>(QFileInfo(office).size()) / 1e6, seconds,
                static_cast<double>(QFileInfo(*made).size()) / 1e6);
    summarise("saves before the backup", saves.beforeMs);
    summarise("saves during the backup", saves.duringMs);
    for (const auto& [at, ms] : saves.slow)
        std::printf("slow save: began %.1f s into the backup, took %.0f ms\n", at, ms);
    std::printf("failed saves: %d\n", saves.failures);
    return saves.failures == 0 ? 0 : 1;
}
