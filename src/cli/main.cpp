#include "cli/CliApplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>
#include <spdlog/cfg/env.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace {

// A PDF needs QtGui's fonts, hence a QGuiApplication; every other command starts faster without one.
bool writesPdf(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0 ||
            std::strcmp(argv[i], "--format=pdf") == 0)
            return true;
        if (i + 1 < argc && ((std::strcmp(argv[i], "--format") == 0 && std::strcmp(argv[i + 1], "pdf") == 0) ||
                             (std::strcmp(argv[i], "mailing") == 0 && std::strcmp(argv[i + 1], "labels") == 0)))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (writesPdf(argc, argv)) {
        // The command line never shows a window: no display is needed (cron, ssh).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("CardDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CardDesk"));
    // The CLI's own messages go to stderr; library logging stays quiet unless something is wrong, and goes to
    // stderr too: spdlog's default logger writes to stdout, where it would break `--json` and `--format csv` output.
    spdlog::set_default_logger(spdlog::stderr_logger_mt("carddesk-cli"));
    spdlog::set_level(spdlog::level::warn);
    spdlog::cfg::load_env_levels(); // SPDLOG_LEVEL=debug shows timings
    QTextStream out(stdout);
    QTextStream err(stderr);
    carddesk::cli::CliApplication cli(out, err);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = cli.run(arguments);
    out.flush();
    err.flush();
    return code;
}
