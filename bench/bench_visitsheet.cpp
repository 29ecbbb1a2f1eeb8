// The visit sheet of a large office: bench_visitsheet OFFICE [--user NAME] [--password P] [--visits N] [--runs R]
// OFFICE is an existing office file (make one with bench_demo 1000000 FILE, or carddesk-cli demo; work on a copy:
// it plans visits). Logs in (default rep01 / demo1234), makes sure the user has N visits (default 20) planned on one
// day 30 days ahead (planning what is missing with services::VisitPlanning, on the user's customers with the most
// history first, so each card has contacts, interactions and receivables to read), then R times (default 5) reads
// the sheet (services::VisitSheet) and writes it as a PDF (report::VisitSheetExport: drawn, renamed into place and
// logged), and prints each run's read, PDF and total times and the pages, the figures docs/PERFORMANCE.md quotes.
#include "BenchOffice.h"
#include "report/VisitSheetExport.h"
#include "services/VisitPlanning.h"
#include "services/VisitSheet.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace carddesk;

namespace {

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const int at = args.indexOf(name);
    return at > 0 && at + 1 < args.size() ? args[at + 1] : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    // The PDF needs QtGui's fonts; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || !QFileInfo(args[1]).isFile()) {
        std::fprintf(stderr, "usage: bench_visitsheet OFFICE [--user NAME] [--password P] [--visits N] [--runs R]\n");
        return 2;
    }
    const int wanted = option(args, QStringLiteral("--visits"), QStringLiteral("20")).toInt();
    const int runs = std::max(1, option(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    BenchOffice office(args[1], option(args, QStringLiteral("--user"), QStringLiteral("rep01")),
                       option(args, QStringLiteral("--password"), QStringLiteral("demo1234")));
    if (!office.ok())
        return 1;
    storage::Session& session = office.session();
    const QDate day = QDate::currentDate().addDays(30);

    // The day's visits, planned up to N on the user's customers with the most interactions.
    auto planned = services::VisitPlanning(session).list(day, day, office.user().id);
    if (!planned) {
        std::fprintf(stderr, "%s\n", qPrintable(planned.error().toString()));
        return 1;
    }
    int missing = wanted - static_cast<int>(planned->size());
    if (missing > 0) {
        SQLite::Statement q(office.db().sql(),
                            "SELECT c.id FROM customers c WHERE c.owner_id = ? AND NOT EXISTS (SELECT 1 "
                            "FROM visits v WHERE v.customer_id = c.id AND v.planned_date = ?) "
                            "ORDER BY (SELECT count(*) FROM interactions i WHERE i.customer_id = c.id) "
                            "DESC LIMIT ?");
        q.bind(1, static_cast<int64_t>(office.user().id));
        q.bind(2, day.toString(Qt::ISODate).toStdString());
        q.bind(3, missing);
        std::vector<qint64> ids;
        while (q.executeStep())
            ids.push_back(q.getColumn(0).getInt64());
        q.reset();
        for (qint64 id : ids)
            if (auto visit = services::VisitPlanning(session).plan(id, day, QStringLiteral("bench")); !visit) {
                std::fprintf(stderr, "%s\n", qPrintable(visit.error().toString()));
                return 1;
            }
        std::printf("planned %zu visits on %s\n", ids.size(), qPrintable(day.toString(Qt::ISODate)));
    }

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    for (int run = 1; run <= runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto data = services::VisitSheet(session).visits(day, day);
        if (!data) {
            std::fprintf(stderr, "%s\n", qPrintable(data.error().toString()));
            return 1;
        }
        const qint64 readMs = timer.elapsed();
        if (auto written = report::VisitSheetExport::writePdf(session, *data, pdf); !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().toString()));
            return 1;
        }
        const qint64 totalMs = timer.elapsed();
        std::printf("run %d: %zu cards, read %lld ms, PDF %lld ms, total %lld ms, %.0f kB\n", run, data->cards.size(),
                    static_cast<long long>(readMs), static_cast<long long>(totalMs - readMs),
                    static_cast<long long>(totalMs), static_cast<double>(QFileInfo(pdf).size()) / 1024.0);
    }
    return 0;
}
