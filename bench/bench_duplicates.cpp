// The duplicate search over a large office: bench_duplicates OFFICE [USER PASSWORD]
// OFFICE is an existing office file (make one with bench_demo 1000000 FILE); the default user is the demo's
// administrator (admin / admin1234), whose scope is the whole office. Prints the search's time (reading, keying,
// grouping), the pairs found and the peak memory of the process.
#include "BenchOffice.h"
#include "services/DuplicateFinder.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sys/resource.h>

#include <cstdio>

using namespace carddesk;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || !QFileInfo(args[1]).isFile()) {
        std::fprintf(stderr, "usage: bench_duplicates OFFICE [USER PASSWORD]\n");
        return 2;
    }
    const QString user = args.size() > 3 ? args[2] : QStringLiteral("admin");
    const QString password = args.size() > 3 ? args[3] : QStringLiteral("admin1234");
    BenchOffice office(args[1], user, password);
    if (!office.ok())
        return 1;
    storage::Session& session = office.session();
    for (int run = 1; run <= 2; ++run) {
        auto found = services::DuplicateFinder::find(session, 100);
        if (!found) {
            std::fprintf(stderr, "%s\n", qPrintable(found.error().toString()));
            return 1;
        }
        std::printf("run %d: %.2f s for %lld customers: %lld pairs (%zu listed), %lld keys shared by more than %d "
                    "cards left out\n",
                    run, found->seconds, static_cast<long long>(found->cardsRead),
                    static_cast<long long>(found->totalPairs), found->pairs.size(),
                    static_cast<long long>(found->skippedGroups), services::DuplicateFinder::kMaxGroup);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory %.0f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
