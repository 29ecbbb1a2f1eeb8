#include "cli/CliApplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <spdlog/cfg/env.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
