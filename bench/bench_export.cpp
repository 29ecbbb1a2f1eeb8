// The customer export of a large office: bench_export OFFICE [--format xlsx|csv] [--user NAME] [--password P]
// OFFICE is an existing office file (make one with bench_demo 1000000 FILE). Logs in (default admin / admin1234, the
// demo office's administrator: the whole office), exports every customer with services::CustomerExport to a
// temporary folder and prints the rows, customers, seconds, rows a second, the file's size and the process's peak
// resident memory (VmHWM), the figures docs/PERFORMANCE.md quotes.
#include "BenchOffice.h"
#include "services/CustomerExport.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace carddesk;

namespace {

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const int at = args.indexOf(name);
    return at > 0 && at + 1 < args.size() ? args[at + 1] : fallback;
}

long peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLong();
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || !QFileInfo(args[1]).isFile()) {
        std::fprintf(stderr, "usage: bench_export OFFICE [--format xlsx|csv] [--user NAME] [--password P]\n");
        return 2;
    }
    const auto format = io::TableFileWriter::formatFromName(option(args, QStringLiteral("--format"), "xlsx"));
    if (!format) {
        std::fprintf(stderr, "--format must be xlsx or csv\n");
        return 2;
    }
    BenchOffice office(args[1], option(args, QStringLiteral("--user"), QStringLiteral("admin")),
                       option(args, QStringLiteral("--password"), QStringLiteral("admin1234")));
    if (!office.ok())
        return 1;
    storage::Session& session = office.session();
    QTemporaryDir dir;
    services::ExportRequest request;
    request.format = *format;
    request.path = dir.filePath(QStringLiteral("customers.") + io::TableFileWriter::formatName(*format));
    QElapsedTimer timer;
    timer.start();
    // The last progress report before the end is the last row handed to the writer: what follows is the writer
    // catching up, libxlsxwriter's close (the zip's deflate) and the rename.
    qint64 lastReportMs = 0;
    request.progress = [&](qint64 rows) {
        if (rows % 500 == 0) // the reports during the rows; the last one, after the rename, has the odd total
            lastReportMs = timer.elapsed();
        return true;
    };
    qint64 rowsMs = 0;
    auto outcome = services::CustomerExport::customers(session, storage::CustomerQuery{}, request);
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    rowsMs = lastReportMs;
    if (!outcome) {
        std::fprintf(stderr, "%s\n", qPrintable(outcome.error().toString()));
        return 1;
    }
    std::printf("%s: %lld rows, %lld customers in %.1f s (%.0f rows/s; last row read at %.1f s), file %.1f MB, peak "
                "RSS %.0f MB\n",
                qPrintable(io::TableFileWriter::formatName(*format)), static_cast<long long>(outcome->rows),
                static_cast<long long>(outcome->records), seconds, static_cast<double>(outcome->rows) / seconds,
                static_cast<double>(rowsMs) / 1000.0, static_cast<double>(QFileInfo(request.path).size()) / 1e6,
                static_cast<double>(peakResidentKb()) / 1024.0);
    return 0;
}
