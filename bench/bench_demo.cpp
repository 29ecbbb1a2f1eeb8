// Times the demo office generator, our scale test bed: bench_demo N [db path] [--fts-trigger]
// Generates N customers into a new database file (a temporary one unless a path is given) and prints seconds,
// customers per second, row counts, the file size and the peak resident memory. --fts-trigger keeps the search
// index trigger during the load instead of indexing in one pass at the end, to compare the two.
#include "io/DemoOfficeGenerator.h"
#include "storage/db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace carddesk;

namespace {

double fileMiB(const QString& path)
{
    qint64 bytes = 0;
    for (const char* suffix : {"", "-wal", "-shm"})
        bytes += QFileInfo(path + QString::fromLatin1(suffix)).size();
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QStringList positional;
    bool ftsTrigger = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--fts-trigger"))
            ftsTrigger = true;
        else
            positional << args[i];
    }
    bool ok = false;
    const qint64 customers = positional.isEmpty() ? 0 : positional[0].toLongLong(&ok);
    if (!ok || customers <= 0) {
        std::fprintf(stderr, "usage: bench_demo N [db path] [--fts-trigger]\n");
        return 2;
    }
    QTemporaryDir tempDir;
    const QString path = positional.size() > 1 ? positional[1] : tempDir.filePath(QStringLiteral("demo.carddesk"));
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s exists; give a new file\n", qPrintable(path));
        return 2;
    }

    QElapsedTimer total;
    total.start();
    auto db = storage::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    io::DemoOptions options;
    options.customers = customers;
    options.today = QDate(2026, 11, 23);
    options.deferSearchIndex = !ftsTrigger;
    auto summary = io::DemoOfficeGenerator::generate(**db, options, nullptr);
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().toString()));
        return 1;
    }
    const double generateSeconds = summary->seconds;
    QElapsedTimer closing;
    closing.start();
    db->reset(); // closing checkpoints the write-ahead log into the database file
    const double closeSeconds = static_cast<double>(closing.elapsed()) / 1000.0;
    const double totalSeconds = static_cast<double>(total.elapsed()) / 1000.0;

    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    const io::DemoSummary& s = *summary;
    std::printf("customers          %lld\n", static_cast<long long>(s.customers));
    std::printf("search index       %s\n", ftsTrigger ? "trigger during load" : "one pass after load");
    std::printf("generate seconds   %.2f\n", generateSeconds);
    std::printf("close seconds      %.2f (checkpoint)\n", closeSeconds);
    std::printf("total seconds      %.2f\n", totalSeconds);
    std::printf("customers/s        %.0f\n", static_cast<double>(s.customers) / generateSeconds);
    std::printf("contacts           %lld\n", static_cast<long long>(s.contacts));
    std::printf("orders             %lld (%.2f per buying customer)\n", static_cast<long long>(s.orders),
                static_cast<double>(s.orders) / static_cast<double>(s.customers - s.potentialCustomers));
    std::printf("order lines        %lld\n", static_cast<long long>(s.orderLines));
    std::printf("receivables        %lld (%lld overdue)\n", static_cast<long long>(s.receivables),
                static_cast<long long>(s.overdueReceivables));
    std::printf("payments           %lld\n", static_cast<long long>(s.payments));
    std::printf("interactions       %lld\n", static_cast<long long>(s.interactions));
    std::printf("visits             %lld\n", static_cast<long long>(s.visits));
    std::printf("complaints         %lld (%lld steps)\n", static_cast<long long>(s.complaints),
                static_cast<long long>(s.complaintSteps));
    std::printf("file size MB       %.1f\n", fileMiB(path));
    std::printf("peak RSS MB        %.1f\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
